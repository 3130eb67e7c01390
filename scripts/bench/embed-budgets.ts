/**
 * Size budgets of embedding (issue #5), measured on a built site (gzip level 9): the partners'
 * loader `/embed.js` ≤ 5 KB, and all JavaScript the embed page `/embed/` loads within the same
 * 70 KB as the map page. Used by tests/browser/embed-budgets.test.ts and `npm run bench`
 * (run-embed-budgets.ts).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { MAP_BUDGETS, type FileSize } from "./map-budgets.ts";

/** The budgets, in bytes (gzipped). */
export const EMBED_BUDGETS = Object.freeze({
  /** `/embed.js`, loaded on partners' pages. */
  loader: 5 * 1024,
  /** All JavaScript of `/embed/`: the same budget as `/karte/`. */
  embedScripts: MAP_BUDGETS.mapScripts,
});

export interface EmbedBudgetReport {
  readonly loader: FileSize;
  /** Every same-site `<script src>` of /embed/. */
  readonly scripts: readonly FileSize[];
  readonly embedScriptsGzip: number;
  readonly withinBudget: { readonly loader: boolean; readonly embedScripts: boolean };
}

async function sizeOf(siteDir: string, path: string): Promise<FileSize> {
  const bytes = await readFile(join(siteDir, path.replace(/^\//, "")));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Measures the loader and the embed page of a built site.
 *
 * @param siteDir the output folder of a build (e.g. `_site`)
 * @returns sizes and whether each budget holds
 * @example (await measureEmbedBudgets("_site")).loader.gzip // about 2100
 */
export async function measureEmbedBudgets(siteDir: string): Promise<EmbedBudgetReport> {
  const html = await readFile(join(siteDir, "embed", "index.html"), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!).filter((src) => src.startsWith("/"));
  const scripts = await Promise.all(sources.map((src) => sizeOf(siteDir, src)));
  const loader = await sizeOf(siteDir, "/embed.js");
  const embedScriptsGzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  return {
    loader,
    scripts,
    embedScriptsGzip,
    withinBudget: { loader: loader.gzip <= EMBED_BUDGETS.loader, embedScripts: embedScriptsGzip <= EMBED_BUDGETS.embedScripts },
  };
}

/** The report as lines for test messages and the bench output. */
export function formatEmbedBudgets(report: EmbedBudgetReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? "ok" : "ÜBER BUDGET");
  return [
    `Einbetten – /embed.js: ${kb(report.loader.gzip)} gzip von ${kb(EMBED_BUDGETS.loader)} (${mark(report.withinBudget.loader)})`,
    `Einbetten – JavaScript von /embed/: ${kb(report.embedScriptsGzip)} gzip von ${kb(EMBED_BUDGETS.embedScripts)} (${mark(report.withinBudget.embedScripts)})`,
    ...report.scripts.map((s) => `  ${s.path}: ${kb(s.gzip)} gzip (${kb(s.bytes)})`),
  ].join("\n");
}
