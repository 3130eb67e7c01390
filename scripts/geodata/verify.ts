/**
 * Checks on the simplified layers before anything is written: the build relies on every Gemeinde's
 * point lying inside its own polygon, and simplification must not tie borders into knots.
 */
import { booleanPointInPolygon, kinks, point } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import type { GeoLayers } from "./write-geo-files.ts";

/** Result of {@link verifyLayers}: errors stop the run, warnings are printed. */
export interface Verification {
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Verifies representative points and polygon validity.
 *
 * @param layers the simplified layers with points
 * @returns German messages, one per problem
 * @example
 * const { errors } = verifyLayers(layers); // [] when everything is fine
 */
export function verifyLayers(layers: GeoLayers): Verification {
  const errors: string[] = [];
  const warnings: string[] = [];
  const kreise = new Map(layers.kreise.map((kreis) => [kreis.ags, kreis]));
  for (const gemeinde of layers.gemeinden) {
    const lonLat = layers.points.get(gemeinde.ags);
    if (!lonLat) {
      errors.push(`${gemeinde.ags} ${gemeinde.name}: kein repräsentativer Punkt.`);
      continue;
    }
    if (!booleanPointInPolygon(point([...lonLat]), gemeinde.geometry, { ignoreBoundary: true })) {
      errors.push(`${gemeinde.ags} ${gemeinde.name}: Punkt ${lonLat.join(", ")} liegt nicht in der eigenen Fläche.`);
    }
    const kreis = kreise.get(gemeinde.ags.slice(0, 5));
    if (kreis && !booleanPointInPolygon(point([...lonLat]), kreis.geometry)) {
      warnings.push(`${gemeinde.ags} ${gemeinde.name}: Punkt liegt nicht in der vereinfachten Fläche von ${kreis.name}.`);
    }
  }
  for (const [label, areas] of [["Gemeinde", layers.gemeinden], ["Kreis", layers.kreise], ["Regierungsbezirk", layers.regierungsbezirke]] as const) {
    for (const area of areas) {
      const crossings = selfIntersections(area.geometry);
      if (crossings > 0) warnings.push(`${label} ${area.ags} ${area.name}: ${crossings} Selbstüberschneidung(en) nach dem Vereinfachen.`);
    }
  }
  return { errors, warnings };
}

function selfIntersections(geometry: Polygon | MultiPolygon): number {
  return kinks(geometry).features.length;
}
