/**
 * Small static maps of NRW as SVG, drawn at build time from data/geo (no tiles, no JavaScript):
 * the Kreis outlines as one shared file (/assets/nrw-karte.svg) and small inline maps that place
 * that file as background and draw only what is specific to the page on top – the network's
 * Kreis and dot, or all dots for the start page – so a page carries a few hundred bytes of map.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GEO_DIR } from "../paths.ts";
import type { LonLat, Network } from "../dataset/types.ts";
import type { StaticMapOutlines } from "../geodata/static-map-outlines.ts";
import { projectToStaticMap } from "../geo/static-map-projection.ts";
import { placeLabel } from "../../assets/site/place-label.ts";

/** Where the shared outline file is served. */
export const NRW_OUTLINE_URL = "/assets/nrw-karte.svg";

interface Geography {
  readonly width: number;
  readonly height: number;
  project(point: readonly number[]): [number, number];
  /** SVG path data per Kreis AGS. */
  readonly kreise: ReadonlyMap<string, string>;
  /** All Kreis outlines in AGS order, one path for the outline map. */
  readonly kreisPaths: string;
  /** All Regierungsbezirk outlines in AGS order, drawn bold over the Kreise. */
  readonly bezirkPaths: string;
}

let cache: Geography | undefined;

/**
 * The outlines come simplified, projected and rounded from data/geo/static-map.json (written by
 * `npm run geodata`), so that a build only reads one small file instead of simplifying polygons.
 */
function geography(): Geography {
  if (cache) return cache;
  const file = JSON.parse(readFileSync(join(GEO_DIR, "static-map.json"), "utf8")) as StaticMapOutlines;
  cache = {
    width: file.width,
    height: file.height,
    project: (point) => projectToStaticMap(file.projection, point),
    kreise: new Map(file.kreise.map((kreis) => [kreis.ags, kreis.d])),
    kreisPaths: file.kreise.map((kreis) => kreis.d).join(""),
    bezirkPaths: file.regierungsbezirke.map((bezirk) => bezirk.d).join(""),
  };
  return cache;
}

/**
 * The outline map of NRW (Kreise thin, Regierungsbezirke bold) as a standalone SVG file.
 *
 * @returns the text of /assets/nrw-karte.svg
 */
export function nrwOutlineSvg(): string {
  const { width, height, kreisPaths, bezirkPaths } = geography();
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`,
    `<!-- generiert von scripts/site/static-map-svg.ts aus data/geo; Geometrie: © GeoBasis-DE / BKG (2017), dl-de/by-2-0 -->`,
    `<path d="${kreisPaths}" fill="#f4f1ea" stroke="#9a948a" stroke-width="0.6" stroke-linejoin="round"/>`,
    `<path d="${bezirkPaths}" fill="none" stroke="#5c574f" stroke-width="1.4" stroke-linejoin="round"/>`,
    `</svg>`,
    "",
  ].join("\n");
}

function mapFrame(label: string, inner: string): string {
  const { width, height } = geography();
  // role="img" with a label: screen readers announce one image instead of hundreds of shapes.
  return (
    `<svg class="static-map" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeAttribute(label)}" xmlns="http://www.w3.org/2000/svg">` +
    `<image href="${NRW_OUTLINE_URL}" x="0" y="0" width="${width}" height="${height}"/>` +
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
  const [x, y] = geography().project(network.point);
  const highlight = kreisHighlight(network.kreis.ags);
  // A kreisfreie Stadt is its own Kreis: "Köln, Regierungsbezirk Köln", not "Köln, Köln, …".
  const label = `Lage in Nordrhein-Westfalen: ${placeLabel(network.gemeinde.name, network.kreis.name)}, ${network.regierungsbezirk.name}`;
  return mapFrame(label, `${highlight}<circle class="static-map__dot challenge-fill--${network.challenges[0]}" cx="${x}" cy="${y}" r="6"/>`);
}

/** The highlighted Kreis outline; nothing for an AGS the maps do not know. */
function kreisHighlight(ags: string): string {
  const path = geography().kreise.get(ags);
  return path === undefined ? "" : `<path class="static-map__area" d="${path}"/>`;
}

/** Distance of dots that share one point from that point, in map units (a dot's radius is 4.5). */
const SHARED_POINT_RING = 5;

/**
 * The start page teaser: every network as a dot in the colour of its first challenge. Networks
 * without coordinates stand at their Gemeinde's point, so several can share it; they are set in a
 * small ring around it, or the teaser would show fewer networks than it says.
 *
 * @param networks the networks to draw
 * @returns inline SVG markup
 */
export function teaserMapSvg(networks: readonly Network[]): string {
  const { project } = geography();
  const atPoint = new Map<string, { x: number; y: number; networks: Network[] }>();
  for (const n of networks) {
    const [x, y] = project(n.point);
    const key = `${x} ${y}`;
    const group = atPoint.get(key) ?? { x, y, networks: [] };
    group.networks.push(n);
    atPoint.set(key, group);
  }
  const dots = [...atPoint.values()]
    .flatMap(({ x, y, networks: here }) =>
      here.map((n, i) => {
        const angle = (2 * Math.PI * i) / here.length;
        const [cx, cy] = here.length === 1 ? [x, y] : [round1(x + SHARED_POINT_RING * Math.sin(angle)), round1(y - SHARED_POINT_RING * Math.cos(angle))];
        return `<circle class="static-map__dot challenge-fill--${n.challenges[0]}" cx="${cx}" cy="${cy}" r="4.5"/>`;
      }),
    )
    .join("");
  const count = networks.length;
  return mapFrame(`Karte von Nordrhein-Westfalen mit ${count} ${count === 1 ? "Netzwerk" : "Netzwerken"}`, dots);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Projects a point into the maps' coordinate system (exported for tests). */
export function projectPoint(point: LonLat): [number, number] {
  return geography().project(point);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
