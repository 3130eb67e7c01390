/**
 * The Eleventy plugin for everything the interactive map (/karte/, later /embed/) needs at build
 * time: the Kreis boundaries as `/daten/kreise.geojson` (the base layer that needs no tile
 * server), the compact gazetteer `/daten/gemeinden-suche.json` for the offline "In meiner Nähe"
 * search, and the filters `mapConfigJson` (the map's configuration for the page) and
 * `mapListOrder` (the list in the order the map script keeps).
 * The browser bundle itself is listed in bundle-assets.ts (`map.ts`, top-level `map.css`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GEO_DIR } from "../paths.ts";
import { gazetteerFile, type GazetteerFile } from "../geo/gazetteer.ts";
import { challenges, sectors, statusTerms } from "../dataset/vocabularies.ts";
import type { Network } from "../dataset/types.ts";
import { byTitle } from "./site-model.ts";
import type { GemeindeSearchFile, GemeindeSearchRow, MapConfig } from "../../assets/map/map-config.ts";

/** Where the map's files are published. */
export const MAP_DATA_URLS = Object.freeze({
  networks: "/daten/netzwerke.geojson",
  footprints: "/daten/wirkungsgebiete.geojson",
  boundaries: "/daten/kreise.geojson",
  gemeinden: "/daten/gemeinden-suche.json",
});

/** The Kreis boundaries file published as the base layer. */
export const KREISE_FILE = join(GEO_DIR, "kreise.geojson");

/** The part of the site settings (content/_data/site.js) the map reads. */
export interface MapSiteSettings {
  readonly geoAttribution: { readonly text: string; readonly licenseUrl: string };
  readonly tiles: { readonly url: string; readonly attribution: string; readonly attributionUrl?: string; readonly maxZoom: number };
}

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The map's configuration from the site settings, the vocabularies and the gazetteer.
 *
 * @param site the `site` global data
 * @returns the object the browser reads as `MapConfig`
 */
export function mapConfig(site: MapSiteSettings, gazetteer: GazetteerFile = gazetteerFile()): MapConfig {
  const bezirkSlug = new Map(gazetteer.regierungsbezirke.map((b) => [b.ags, b.slug]));
  const { tiles, geoAttribution } = site;
  const tileAttribution = tiles.attributionUrl ? `<a href="${escapeHtml(tiles.attributionUrl)}">${escapeHtml(tiles.attribution)}</a>` : escapeHtml(tiles.attribution);
  return {
    networksUrl: MAP_DATA_URLS.networks,
    footprintsUrl: MAP_DATA_URLS.footprints,
    boundariesUrl: MAP_DATA_URLS.boundaries,
    gemeindenUrl: MAP_DATA_URLS.gemeinden,
    boundaryAttribution: `${escapeHtml(geoAttribution.text)}, <a href="${escapeHtml(geoAttribution.licenseUrl)}">dl-de/by-2-0</a>`,
    tiles: { url: tiles.url, attribution: tileAttribution, maxZoom: tiles.maxZoom },
    challenges: challenges().map((c) => ({ slug: c.slug, label: c.label, color: c.color })),
    sectors: sectors().map((s) => ({ slug: s.slug, label: s.label })),
    statuses: statusTerms().map((s) => ({ slug: s.slug, label: s.label })),
    regierungsbezirke: gazetteer.regierungsbezirke.map((b) => ({ slug: b.slug, label: b.name })),
    kreise: [...gazetteer.kreise]
      .sort((a, b) => collator.compare(a.displayName, b.displayName) || a.ags.localeCompare(b.ags))
      .map((k) => ({ slug: k.slug, label: k.displayName, regierungsbezirkSlug: bezirkSlug.get(k.regierungsbezirkAgs) ?? "" })),
  };
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so no text in it can end
 * the element.
 */
export function serializeMapConfig(config: MapConfig): string {
  return JSON.stringify(config).replace(/</g, "\\u003c");
}

/**
 * `/daten/gemeinden-suche.json`: every Gemeinde as `[name, ags, lon, lat, kreis]`, sorted by name,
 * one per line – about 20 KB, fetched only when the visitor uses "In meiner Nähe".
 */
export function serializeGemeindeSearch(gazetteer: GazetteerFile = gazetteerFile()): string {
  const kreisName = new Map(gazetteer.kreise.map((k) => [k.ags, k.displayName]));
  const rows: GemeindeSearchRow[] = [...gazetteer.gemeinden]
    .sort((a, b) => collator.compare(a.name, b.name) || a.ags.localeCompare(b.ags))
    .map((g) => [g.name, g.ags, g.point[0], g.point[1], kreisName.get(g.kreisAgs) ?? ""]);
  const file: GemeindeSearchFile = { attribution: gazetteer.attribution, gemeinden: rows };
  const lines = file.gemeinden.map((row) => JSON.stringify(row)).join(",\n");
  return `{"attribution":${JSON.stringify(file.attribution)},"gemeinden":[\n${lines}\n]}\n`;
}

/** Minimal type of the Eleventy config API as used here. */
interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  isVirtualTemplate(virtualPath: string): boolean;
}

/** A virtual JavaScript template that writes `text()` to `permalink`. */
function fileTemplate(permalink: string, text: () => string) {
  return {
    data: { permalink, eleventyExcludeFromCollections: true },
    render: text,
  };
}

/**
 * The map plugin.
 *
 * @param eleventyConfig Eleventy's configuration API
 */
export default function mapPlugin(eleventyConfig: EleventyConfig): void {
  // The same order as the map's list (assets/map/network-order.ts), so the script need not re-sort.
  eleventyConfig.addFilter("mapListOrder", (networks: readonly Network[]) => [...networks].sort(byTitle));
  eleventyConfig.addFilter("mapConfigJson", (site: MapSiteSettings) => serializeMapConfig(mapConfig(site)));
  const files: [string, string, () => string][] = [
    ["_karte/kreise.11ty.js", MAP_DATA_URLS.boundaries, () => readFileSync(KREISE_FILE, "utf8")],
    ["_karte/gemeinden-suche.11ty.js", MAP_DATA_URLS.gemeinden, () => serializeGemeindeSearch()],
  ];
  for (const [virtualPath, permalink, text] of files) {
    // Eleventy may run plugins again on the same config (e.g. on config reload); add each file once.
    if (!eleventyConfig.isVirtualTemplate(virtualPath)) eleventyConfig.addTemplate(virtualPath, fileTemplate(permalink, text));
  }
}
