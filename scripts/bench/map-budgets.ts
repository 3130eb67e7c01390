/**
 * Size budgets of the map page, measured on a built site (gzip level 9, as a server would send
 * it): all JavaScript and all CSS the map page loads (site-wide files included – the visitor pays
 * for them too; the search script loads only on demand and is not part of the page), the Kreis
 * boundaries – and a check that no browser bundle contains turf. Used by `npm run bench` and by
 * tests/browser/map-budgets.test.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** The budgets of issue #4, in bytes (gzipped). */
export const MAP_BUDGETS = Object.freeze({
  /** All JavaScript of the map page (Leaflet alone is about 42 KB). */
  mapScripts: 70 * 1024,
  /** All CSS of the map page: the site's, the challenge colours, Leaflet's and the map's own. */
  mapStyles: 10 * 1024,
  /** `/daten/kreise.geojson`, the base layer. */
  boundaries: 120 * 1024,
});

/** Texts that only turf's code contains (its error messages), so minified bundles still show them. */
export const TURF_MARKERS: readonly string[] = ["@turf/", "coordinates must contain numbers", " units is invalid", "geojson is required"];

export interface FileSize {
  /** Site path, e.g. "/assets/map.js". */
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface MapBudgetReport {
  /** Every script of /karte/ (external `<script src>`), with sizes. */
  readonly scripts: readonly FileSize[];
  /** The scripts only the map page loads (not on the start page), e.g. /assets/map.js. */
  readonly mapScripts: readonly FileSize[];
  readonly mapScriptsGzip: number;
  /** Everything /karte/ loads, site-wide scripts included: what the budget limits. */
  readonly pageScriptsGzip: number;
  /** Every stylesheet of /karte/. */
  readonly styles: readonly FileSize[];
  readonly pageStylesGzip: number;
  /** /assets/map.css. */
  readonly mapStyles: FileSize;
  /** /daten/kreise.geojson. */
  readonly boundaries: FileSize;
  /** Bundles in /assets/ that contain a turf marker (should be none). */
  readonly bundlesWithTurf: readonly string[];
  /** Budget name → within budget. */
  readonly withinBudget: { readonly mapScripts: boolean; readonly mapStyles: boolean; readonly boundaries: boolean; readonly noTurf: boolean };
}

/** The same-site `<script src>` paths of a page. */
async function scriptSources(siteDir: string, page: string): Promise<string[]> {
  const html = await readFile(join(siteDir, page), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith("/"));
}

/** The same-site stylesheets of a page. */
async function styleSources(siteDir: string, page: string): Promise<string[]> {
  const html = await readFile(join(siteDir, page), "utf8");
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]!).filter((href) => href.startsWith("/"));
}

async function sizeOf(siteDir: string, path: string): Promise<FileSize> {
  const bytes = await readFile(join(siteDir, path.replace(/^\//, "")));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Measures the map page of a built site.
 *
 * @param siteDir the output folder of a build (e.g. `_site`)
 * @returns sizes per file, totals, turf findings and whether each budget holds
 * @example
 * const report = await measureMapBudgets("_site");
 * console.log(`${(report.pageScriptsGzip / 1024).toFixed(1)} KB JS`);
 */
export async function measureMapBudgets(siteDir: string): Promise<MapBudgetReport> {
  const sources = await scriptSources(siteDir, "karte/index.html");
  const siteWide = new Set(await scriptSources(siteDir, "index.html"));
  const scripts = await Promise.all(sources.map((src) => sizeOf(siteDir, src)));
  const mapScripts = scripts.filter((s) => !siteWide.has(s.path));
  const total = (files: readonly FileSize[]) => files.reduce((sum, f) => sum + f.gzip, 0);
  const mapScriptsGzip = total(mapScripts);
  const mapStyles = await sizeOf(siteDir, "/assets/map.css");
  const styles = await Promise.all((await styleSources(siteDir, "karte/index.html")).map((href) => sizeOf(siteDir, href)));
  const pageStylesGzip = total(styles);
  const boundaries = await sizeOf(siteDir, "/daten/kreise.geojson");
  const bundlesWithTurf: string[] = [];
  for (const name of (await readdir(join(siteDir, "assets"))).filter((n) => n.endsWith(".js")).sort()) {
    const text = await readFile(join(siteDir, "assets", name), "utf8");
    if (TURF_MARKERS.some((marker) => text.includes(marker))) bundlesWithTurf.push(`/assets/${name}`);
  }
  return {
    scripts,
    mapScripts,
    mapScriptsGzip,
    pageScriptsGzip: total(scripts),
    styles,
    pageStylesGzip,
    mapStyles,
    boundaries,
    bundlesWithTurf,
    withinBudget: {
      mapScripts: total(scripts) <= MAP_BUDGETS.mapScripts,
      mapStyles: pageStylesGzip <= MAP_BUDGETS.mapStyles,
      boundaries: boundaries.gzip <= MAP_BUDGETS.boundaries,
      noTurf: bundlesWithTurf.length === 0,
    },
  };
}

/** The report as lines for the bench output. */
export function formatMapBudgets(report: MapBudgetReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? "ok" : "ÜBER BUDGET");
  return [
    `Karte – JavaScript der Seite: ${kb(report.pageScriptsGzip)} gzip von ${kb(MAP_BUDGETS.mapScripts)} (${mark(report.withinBudget.mapScripts)})`,
    ...report.scripts.map((s) => `  ${s.path}: ${kb(s.gzip)} gzip (${kb(s.bytes)})${report.mapScripts.includes(s) ? "" : " – auf jeder Seite"}`),
    `Karte – CSS der Seite: ${kb(report.pageStylesGzip)} gzip von ${kb(MAP_BUDGETS.mapStyles)} (${mark(report.withinBudget.mapStyles)})`,
    ...report.styles.map((s) => `  ${s.path}: ${kb(s.gzip)} gzip (${kb(s.bytes)})`),
    `Karte – Kreisgrenzen (/daten/kreise.geojson): ${kb(report.boundaries.gzip)} gzip von ${kb(MAP_BUDGETS.boundaries)} (${mark(report.withinBudget.boundaries)})`,
    `Karte – turf in Browser-Bundles: ${report.bundlesWithTurf.length ? report.bundlesWithTurf.join(", ") : "keins"}`,
  ].join("\n");
}
