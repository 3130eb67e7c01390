/**
 * Derives the outlines of the small static NRW maps (scripts/site/static-map-svg.ts) from the Kreis
 * and Regierungsbezirk layers: simplified for a 400-unit-wide map, projected, rounded and written
 * as SVG path data. This runs once in `npm run geodata` and the result is committed as
 * data/geo/static-map.json, so a site build only concatenates strings instead of simplifying
 * every polygon again in every process.
 */
import { simplify } from "@turf/simplify";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { projectToStaticMap, type StaticMapProjection } from "../geo/static-map-projection.ts";

/** One area of data/geo/kreise.geojson or regierungsbezirke.geojson, as far as the maps need it. */
export interface StaticMapSourceFeature {
  readonly properties: { readonly ags: string };
  readonly geometry: Polygon | MultiPolygon;
}

/** A FeatureCollection as read from data/geo/. */
export interface StaticMapSourceCollection {
  readonly features: readonly StaticMapSourceFeature[];
}

/** One area of the static maps: its AGS and its outline as SVG path data. */
export interface StaticMapArea {
  readonly ags: string;
  /** SVG path data in map units ("M x yL x y…Z" per ring); empty if every ring collapsed. */
  readonly d: string;
}

/** What the static maps need, as stored in data/geo/static-map.json (after the provenance members). */
export interface StaticMapOutlines {
  /** Width of every map's coordinate system in map units. */
  readonly width: number;
  /** Height of every map's coordinate system, following from NRW's shape. */
  readonly height: number;
  /** For placing points (network dots) at build time, see `projectToStaticMap`. */
  readonly projection: StaticMapProjection;
  /** Sorted by AGS. */
  readonly kreise: readonly StaticMapArea[];
  /** Sorted by AGS. */
  readonly regierungsbezirke: readonly StaticMapArea[];
}

/** Width of every map's coordinate system; the height follows from NRW's shape. */
const WIDTH = 400;
/** Margin so that border strokes and dots near the border (radius up to 6) stay inside the image. */
const PADDING = 6;
/** NRW's middle: scaling longitudes by its cosine keeps shapes true where most of the state is. */
const REFERENCE_LATITUDE = 51.5;

/**
 * Tolerance for these small maps: about half a pixel at their 400-unit width. The browser map's
 * boundaries are ten times finer, which a static overview cannot show but every page would load.
 */
const OUTLINE_TOLERANCE_DEGREES = 0.003;

/**
 * Derives the static maps' outlines and projection from the Kreise and Regierungsbezirke.
 * The map's extent is that of the simplified Kreise (the Regierungsbezirke cover the same land).
 *
 * @param kreise the content of data/geo/kreise.geojson
 * @param regierungsbezirke the content of data/geo/regierungsbezirke.geojson
 * @returns size, projection and per-area SVG path data, areas sorted by AGS
 * @example
 * const outlines = staticMapOutlines(kreise, regierungsbezirke);
 * outlines.kreise.find((k) => k.ags === "05111")?.d; // "M101.5 210.6L97.6 213.7L…Z" (Düsseldorf)
 */
export function staticMapOutlines(kreise: StaticMapSourceCollection, regierungsbezirke: StaticMapSourceCollection): StaticMapOutlines {
  const simpleKreise = byAgs(kreise.features).map(simplifyFeature);
  const simpleBezirke = byAgs(regierungsbezirke.features).map(simplifyFeature);

  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const feature of simpleKreise) {
    for (const ring of rings(feature.geometry)) {
      for (const [lon, lat] of ring as [number, number][]) {
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
      }
    }
  }
  const cosLat = Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);
  const scale = (WIDTH - 2 * PADDING) / ((maxLon - minLon) * cosLat);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * PADDING);
  const projection: StaticMapProjection = { minLon, maxLat, scale, cosLat, padding: PADDING };

  const area = (feature: StaticMapSourceFeature): StaticMapArea => ({ ags: feature.properties.ags, d: pathData(feature.geometry, projection) });
  return { width: WIDTH, height, projection, kreise: simpleKreise.map(area), regierungsbezirke: simpleBezirke.map(area) };
}

/** The file order is the drawing order of the outline map, so it must not depend on the input's. */
function byAgs(features: readonly StaticMapSourceFeature[]): StaticMapSourceFeature[] {
  return [...features].sort((a, b) => (a.properties.ags < b.properties.ags ? -1 : a.properties.ags > b.properties.ags ? 1 : 0));
}

function simplifyFeature(feature: StaticMapSourceFeature): StaticMapSourceFeature {
  // Each area on its own, not topology-preserving like scripts/geodata/simplify.ts: at half a
  // pixel, slivers between neighbours are invisible. turf copies the geometry (mutate: false), so
  // the caller's collections stay as they were.
  const geometry = simplify(feature.geometry, { tolerance: OUTLINE_TOLERANCE_DEGREES, highQuality: true });
  return { properties: feature.properties, geometry };
}

function rings(geometry: Polygon | MultiPolygon): readonly Position[][] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

/** SVG path data for an area, with points that fall together after rounding dropped. */
function pathData(geometry: Polygon | MultiPolygon, projection: StaticMapProjection): string {
  const parts: string[] = [];
  for (const ring of rings(geometry)) {
    let previous = "";
    const points: string[] = [];
    for (const position of ring) {
      const [x, y] = projectToStaticMap(projection, position);
      const text = `${x} ${y}`;
      if (text !== previous) points.push(text);
      previous = text;
    }
    // A ring of fewer than three distinct points has no area at this scale.
    if (points.length >= 3) parts.push(`M${points.join("L")}Z`);
  }
  return parts.join("");
}
