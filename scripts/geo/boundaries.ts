/**
 * NRW polygons for build-time point-in-polygon tests, loaded on first use from data/geo/. The
 * Gemeinde polygons share borders exactly (topology-preserving simplification), so every point in
 * NRW lies in one Gemeinde; NRW itself is therefore tested as the union of the Gemeinden, which keeps
 * `isPointInNrw` and `findGemeindeAt` consistent with each other.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
// The single module, not @turf/turf: loading all of turf costs a quarter second per build.
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { GEO_DIR } from "../paths.ts";
import { loadGazetteer, type Gemeinde, type LonLat } from "./gazetteer.ts";

/** A polygon feature from data/geo/ with the properties written by `npm run geodata`. */
export type AreaFeature = Feature<Polygon | MultiPolygon, { ags: string; name: string; slug?: string }>;

type Bbox = readonly [minLon: number, minLat: number, maxLon: number, maxLat: number];

interface Layer {
  readonly byAgs: ReadonlyMap<string, AreaFeature>;
  readonly bboxes: ReadonlyMap<string, Bbox>;
}

type LayerFile = "gemeinden.geojson" | "kreise.geojson" | "regierungsbezirke.geojson";

const layers = new Map<LayerFile, Layer>();

function layer(file: LayerFile): Layer {
  let loaded = layers.get(file);
  if (!loaded) {
    const collection = JSON.parse(readFileSync(join(GEO_DIR, file), "utf8")) as FeatureCollection<
      Polygon | MultiPolygon,
      AreaFeature["properties"]
    >;
    const features = collection.features as AreaFeature[];
    loaded = {
      byAgs: new Map(features.map((feature) => [feature.properties.ags, feature])),
      bboxes: new Map(features.map((feature) => [feature.properties.ags, bboxOf(feature.geometry)])),
    };
    layers.set(file, loaded);
  }
  return loaded;
}

/**
 * The simplified polygon of a Gemeinde (≈ 20–30 m accuracy).
 *
 * @param ags 8-digit AGS
 * @returns the feature with properties `ags`, `name`
 * @throws {Error} for an AGS that is not an NRW Gemeinde (resolve names with the gazetteer first)
 */
export function gemeindePolygon(ags: string): AreaFeature {
  return polygonOf("gemeinden.geojson", ags);
}

/**
 * The browser-grade polygon of a Kreis or kreisfreie Stadt (≈ 100 m accuracy).
 *
 * @param ags 5-digit AGS
 * @returns the feature with properties `ags`, `name` (display name), `slug`, `regierungsbezirkAgs`,
 *   `label` (where the browser map writes its name)
 * @throws {Error} for an AGS that is not an NRW Kreis
 */
export function kreisPolygon(ags: string): AreaFeature {
  return polygonOf("kreise.geojson", ags);
}

/**
 * The browser-grade polygon of a Regierungsbezirk (≈ 100 m accuracy).
 *
 * @param ags 3-digit AGS
 * @returns the feature with properties `ags`, `name` (display name), `slug`
 * @throws {Error} for an AGS that is not an NRW Regierungsbezirk
 */
export function regierungsbezirkPolygon(ags: string): AreaFeature {
  return polygonOf("regierungsbezirke.geojson", ags);
}

// Callers hold AGS from the gazetteer, so an unknown one is a bug, not a contributor's mistake.
function polygonOf(file: LayerFile, ags: string): AreaFeature {
  const feature = layer(file).byAgs.get(ags);
  if (!feature) throw new Error(`${file}: keine Fläche mit AGS „${ags}“`);
  return feature;
}

/**
 * Whether a point lies in a Gemeinde (border included).
 *
 * @param lonLat `[longitude, latitude]` – GeoJSON order, not the lat/lon of most map apps
 * @param ags 8-digit AGS
 * @returns false also for an unknown AGS
 * @example
 * isPointInGemeinde([6.9583, 50.9413], "05315000"); // true (Kölner Dom)
 */
export function isPointInGemeinde(lonLat: LonLat, ags: string): boolean {
  const { byAgs, bboxes } = layer("gemeinden.geojson");
  const feature = byAgs.get(ags);
  return feature !== undefined && inBbox(lonLat, bboxes.get(ags)!) && booleanPointInPolygon([...lonLat], feature);
}

/**
 * Whether a point lies in Nordrhein-Westfalen.
 *
 * @param lonLat `[longitude, latitude]`
 * @returns true if some NRW Gemeinde contains the point
 * @example
 * isPointInNrw([13.405, 52.52]); // false (Berlin)
 */
export function isPointInNrw(lonLat: LonLat): boolean {
  return findGemeindeAt(lonLat) !== undefined;
}

/**
 * The Gemeinde a point lies in, e.g. to tell a contributor where their coordinates really are.
 *
 * @param lonLat `[longitude, latitude]`
 * @returns the Gemeinde, or undefined outside NRW; on a shared border the one with the lower AGS
 * @example
 * findGemeindeAt([6.9583, 50.9413])?.name; // "Köln"
 */
export function findGemeindeAt(lonLat: LonLat): Gemeinde | undefined {
  const [lon, lat] = lonLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return undefined;
  const { byAgs, bboxes } = layer("gemeinden.geojson");
  const grid = gemeindeGrid();
  for (const ags of grid.cell(lon, lat)) {
    if (inBbox(lonLat, bboxes.get(ags)!) && booleanPointInPolygon([lon, lat], byAgs.get(ags)!)) {
      return loadGazetteer().gemeindeByAgs(ags);
    }
  }
  return undefined;
}

/** Cell size of the Gemeinde grid in degrees; ~10 candidates per cell in the Ruhr area. */
const GRID_CELL = 0.1;

interface Grid {
  cell(lon: number, lat: number): readonly string[];
}

let grid: Grid | undefined;

/** A uniform grid over NRW listing, per cell, the Gemeinden whose bbox overlaps it (AGS order). */
function gemeindeGrid(): Grid {
  if (grid) return grid;
  const { bboxes } = layer("gemeinden.geojson");
  const all = [...bboxes.values()];
  const minLon = Math.min(...all.map((b) => b[0]));
  const minLat = Math.min(...all.map((b) => b[1]));
  const columns = Math.ceil((Math.max(...all.map((b) => b[2])) - minLon) / GRID_CELL) + 1;
  const rows = Math.ceil((Math.max(...all.map((b) => b[3])) - minLat) / GRID_CELL) + 1;
  const cells: string[][] = Array.from({ length: columns * rows }, () => []);
  const column = (lon: number) => Math.floor((lon - minLon) / GRID_CELL);
  const row = (lat: number) => Math.floor((lat - minLat) / GRID_CELL);
  for (const [ags, [west, south, east, north]] of [...bboxes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (let c = column(west); c <= column(east); c++) {
      for (let r = row(south); r <= row(north); r++) cells[r * columns + c]!.push(ags);
    }
  }
  const none: readonly string[] = [];
  grid = {
    cell(lon, lat) {
      const [c, r] = [column(lon), row(lat)];
      return c < 0 || r < 0 || c >= columns || r >= rows ? none : cells[r * columns + c]!;
    },
  };
  return grid;
}

function bboxOf(geometry: Polygon | MultiPolygon): Bbox {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0]!) {
      west = Math.min(west, lon!);
      south = Math.min(south, lat!);
      east = Math.max(east, lon!);
      north = Math.max(north, lat!);
    }
  }
  return [west, south, east, north];
}

function inBbox([lon, lat]: LonLat, [west, south, east, north]: Bbox): boolean {
  return lon >= west && lon <= east && lat >= south && lat <= north;
}
