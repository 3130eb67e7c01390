/**
 * Merges the polygons of a network's places into one footprint geometry, so the map draws the
 * outline of the whole area instead of every inner border.
 */
import { union } from "@turf/union";
import { featureCollection } from "@turf/helpers";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { FootprintGeometry } from "../dataset/types.ts";
import { dissolvePolygons } from "./dissolve-gemeinden.ts";

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

/**
 * The footprint of a set of Gemeinden: their shared borders dropped (fast, exact for the tiling
 * Gemeinde layer), or a general union if the polygons do not tile.
 *
 * @param gemeinden Gemeinde polygons from data/geo/gemeinden.geojson
 * @returns the merged geometry, rounded to 4 decimals
 */
export function dissolveFootprint(gemeinden: readonly Feature<Polygon | MultiPolygon>[]): FootprintGeometry {
  const dissolved = gemeinden.length > 1 ? dissolvePolygons(gemeinden.map((g) => g.geometry)) : undefined;
  return dissolved ? roundGeometry(dissolved) : unionFootprint(gemeinden);
}

function concat(features: readonly Feature<Polygon | MultiPolygon>[]): MultiPolygon {
  return {
    type: "MultiPolygon",
    coordinates: features.flatMap((f) => (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates)),
  };
}

function roundGeometry(geometry: Polygon | MultiPolygon): FootprintGeometry {
  const factor = 10 ** DECIMALS;
  // Rounding can make neighbouring points equal; a ring keeps each point once.
  const ring = (r: number[][]) =>
    r
      .map(([lon, lat]) => [Math.round(lon! * factor) / factor, Math.round(lat! * factor) / factor] as const)
      .filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: geometry.coordinates.map(ring) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map((p) => p.map(ring)) };
}
