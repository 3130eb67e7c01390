/**
 * Merges the polygons of a network's places into one footprint geometry, so the map draws the
 * outline of the whole area instead of every inner border.
 */
import { union } from "@turf/union";
import { featureCollection } from "@turf/helpers";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { FootprintGeometry } from "../dataset/types.ts";

/** Coordinates of footprints keep 4 decimals (~10 m): enough for an outline on a map of NRW. */
const DECIMALS = 4;

/**
 * Unions polygons into one Polygon or MultiPolygon.
 *
 * @param features Gemeinde, Kreis or Regierungsbezirk polygons
 * @returns the merged geometry, rounded to 4 decimals
 * @example
 * unionFootprint([gemeindePolygon("05711000"), kreisPolygon("05754")]);
 */
export function unionFootprint(features: readonly Feature<Polygon | MultiPolygon>[]): FootprintGeometry {
  if (features.length === 0) throw new Error("unionFootprint: no polygons given");
  let geometry: Polygon | MultiPolygon;
  if (features.length === 1) {
    geometry = features[0]!.geometry;
  } else {
    try {
      geometry = union(featureCollection([...features]))?.geometry ?? concat(features);
    } catch {
      // Simplified neighbours can produce degenerate slivers that the clipper rejects; a
      // MultiPolygon of the parts still covers exactly the same area.
      geometry = concat(features);
    }
  }
  return roundGeometry(geometry);
}

function concat(features: readonly Feature<Polygon | MultiPolygon>[]): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: features.flatMap((f) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)),
  };
}

function roundGeometry(geometry: Polygon | MultiPolygon): FootprintGeometry {
  const factor = 10 ** DECIMALS;
  const ring = (r: number[][]) => r.map(([lon, lat]) => [Math.round(lon! * factor) / factor, Math.round(lat! * factor) / factor] as const);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}
