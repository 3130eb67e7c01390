/**
 * Small static maps of NRW as SVG, drawn at build time from data/geo (no tiles, no JavaScript):
 * the Kreis outlines as one shared file (/assets/nrw-karte.svg) and small inline maps that place
 * that file as background and draw only what is specific to the page on top – the network's
 * Kreis and dot, or all dots for the start page – so a page carries a few hundred bytes of map.
 */
import { readFileSync } from "node:fs";
import { simplify } from "@turf/simplify";
import { join } from "node:path";
import { GEO_DIR } from "../paths.ts";
import type { LonLat, Network } from "../dataset/types.ts";

type Ring = readonly (readonly number[])[];
type AreaGeometry = { type: "Polygon"; coordinates: readonly Ring[] } | { type: "MultiPolygon"; coordinates: readonly (readonly Ring[])[] };

interface AreaFeature {
  readonly properties: { readonly ags: string; readonly name: string };
  readonly geometry: AreaGeometry;
}

/** Width of every map's coordinate system; the height follows from NRW's shape. */
const WIDTH = 400;
const PADDING = 6;
/** The equirectangular projection is scaled by cos(51.5°), the latitude of NRW's middle. */
const COS_LAT = Math.cos((51.5 * Math.PI) / 180);

/** Where the shared outline file is served. */
export const NRW_OUTLINE_URL = "/assets/nrw-karte.svg";

interface Projection {
  readonly width: number;
  readonly height: number;
  project(point: readonly number[]): [number, number];
}

let cache: { projection: Projection; kreise: AreaFeature[]; bezirke: AreaFeature[] } | undefined;

/**
 * Tolerance for these small maps: about half a pixel at their 400-pixel width. The browser map's
 * boundaries are ten times finer, which a static overview cannot show but every visitor would load.
 */
const OUTLINE_TOLERANCE_DEGREES = 0.003;

function readAreas(file: string): AreaFeature[] {
  const features = (JSON.parse(readFileSync(join(GEO_DIR, file), "utf8")) as { features: AreaFeature[] }).features;
  return features.map((feature) => simplify(feature as unknown as Parameters<typeof simplify>[0], { tolerance: OUTLINE_TOLERANCE_DEGREES, highQuality: true }) as unknown as AreaFeature);
}

function rings(geometry: AreaGeometry): readonly Ring[] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

function geography() {
  if (cache) return cache;
  const kreise = readAreas("kreise.geojson");
  const bezirke = readAreas("regierungsbezirke.geojson");
  let minLon = Infinity, maxLon = -Infinity, minLat = Infinity, maxLat = -Infinity;
  for (const feature of kreise) {
    for (const ring of rings(feature.geometry)) {
      for (const [lon, lat] of ring as [number, number][]) {
        minLon = Math.min(minLon, lon); maxLon = Math.max(maxLon, lon);
        minLat = Math.min(minLat, lat); maxLat = Math.max(maxLat, lat);
      }
    }
  }
  const scale = (WIDTH - 2 * PADDING) / ((maxLon - minLon) * COS_LAT);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * PADDING);
  const projection: Projection = {
    width: WIDTH,
    height,
    project: (point) => [round((point[0]! - minLon) * COS_LAT * scale + PADDING), round((maxLat - point[1]!) * scale + PADDING)],
  };
  cache = { projection, kreise, bezirke };
  return cache;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** SVG path data for an area, with points that fall together after rounding dropped. */
function pathData(geometry: AreaGeometry, projection: Projection): string {
  const parts: string[] = [];
  for (const ring of rings(geometry)) {
    let previous = "";
    const points: string[] = [];
    for (const position of ring) {
      const [x, y] = projection.project(position);
      const text = `${x} ${y}`;
      if (text !== previous) points.push(text);
      previous = text;
    }
    if (points.length >= 3) parts.push(`M${points.join("L")}Z`);
  }
  return parts.join("");
}

/**
 * The outline map of NRW (Kreise thin, Regierungsbezirke bold) as a standalone SVG file.
 *
 * @returns the text of /assets/nrw-karte.svg
 */
export function nrwOutlineSvg(): string {
  const { projection, kreise, bezirke } = geography();
  const kreisPaths = kreise.map((k) => pathData(k.geometry, projection)).join("");
  const bezirkPaths = bezirke.map((b) => pathData(b.geometry, projection)).join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${projection.width} ${projection.height}" width="${projection.width}" height="${projection.height}">`,
    `<!-- generiert von scripts/site/static-map-svg.ts aus data/geo; Geometrie: © GeoBasis-DE / BKG (2017), dl-de/by-2-0 -->`,
    `<path d="${kreisPaths}" fill="#f4f1ea" stroke="#9a948a" stroke-width="0.6" stroke-linejoin="round"/>`,
    `<path d="${bezirkPaths}" fill="none" stroke="#5c574f" stroke-width="1.4" stroke-linejoin="round"/>`,
    `</svg>`,
    "",
  ].join("\n");
}

function mapFrame(label: string, inner: string): string {
  const { projection } = geography();
  // role="img" with a label: screen readers announce one image instead of hundreds of shapes.
  return (
    `<svg class="static-map" viewBox="0 0 ${projection.width} ${projection.height}" role="img" aria-label="${escapeAttribute(label)}" xmlns="http://www.w3.org/2000/svg">` +
    `<image href="${NRW_OUTLINE_URL}" x="0" y="0" width="${projection.width}" height="${projection.height}"/>` +
    inner +
    `</svg>`
  );
}

/**
 * The small location map of a network page: NRW with the network's Kreis highlighted and its dot.
 *
 * @param network the network to show
 * @returns inline SVG markup
 */
export function locationMapSvg(network: Network): string {
  const { projection } = geography();
  const [x, y] = projection.project(network.point);
  const highlight = kreisHighlight(network.kreis.ags);
  const label = `Lage in Nordrhein-Westfalen: ${network.gemeinde.name}, ${network.kreis.name}, ${network.regierungsbezirk.name}`;
  return mapFrame(label, `${highlight}<circle class="static-map__dot challenge-fill--${network.challenges[0]}" cx="${x}" cy="${y}" r="6"/>`);
}

const highlights = new Map<string, string>();

/** The highlighted Kreis outline, drawn once per Kreis and reused by every page in it. */
function kreisHighlight(ags: string): string {
  let markup = highlights.get(ags);
  if (markup === undefined) {
    const { projection, kreise } = geography();
    const kreis = kreise.find((k) => k.properties.ags === ags);
    markup = kreis ? `<path class="static-map__area" d="${pathData(kreis.geometry, projection)}"/>` : "";
    highlights.set(ags, markup);
  }
  return markup;
}

/**
 * The start page teaser: every network as a dot in the colour of its first challenge.
 *
 * @param networks the networks to draw
 * @returns inline SVG markup
 */
export function teaserMapSvg(networks: readonly Network[]): string {
  const { projection } = geography();
  const dots = networks
    .map((n) => {
      const [x, y] = projection.project(n.point);
      return `<circle class="static-map__dot challenge-fill--${n.challenges[0]}" cx="${x}" cy="${y}" r="4.5"/>`;
    })
    .join("");
  const count = networks.length;
  return mapFrame(`Karte von Nordrhein-Westfalen mit ${count} ${count === 1 ? "Netzwerk" : "Netzwerken"}`, dots);
}

/** Projects a point into the maps' coordinate system (exported for tests). */
export function projectPoint(point: LonLat): [number, number] {
  return geography().projection.project(point);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
