/**
 * Size budgets of the site search, measured on a built site (gzip level 9, as a server would send
 * it): the search script every page loads, and the place file it fetches with the first keystroke.
 * Pagefind's own files are its business and not counted. Used by tests/browser/search-budgets.test.ts.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { SEARCH_PLACES_URL } from "../../assets/search/places.ts";

/** The budgets, in bytes (gzipped). */
export const SEARCH_BUDGETS = Object.freeze({
  /** `/assets/search.js`: on every page, so it counts against every page's budget too. */
  script: 4 * 1024,
  /** {@link SEARCH_PLACES_URL}: 5 Regierungsbezirke, 53 Kreise, 396 Gemeinden. */
  places: 8 * 1024,
});

export interface SearchBudgetReport {
  readonly script: { readonly path: string; readonly bytes: number; readonly gzip: number };
  readonly places: { readonly path: string; readonly bytes: number; readonly gzip: number };
  readonly withinBudget: { readonly script: boolean; readonly places: boolean };
}

async function sizeOf(siteDir: string, path: string) {
  const bytes = await readFile(join(siteDir, path.replace(/^\//, "")));
  return { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Measures the search's files in a built site.
 *
 * @param siteDir the output folder of a build (e.g. `_site`)
 * @returns sizes and whether each budget holds
 * @example (await measureSearchBudgets("_site")).places.gzip // about 4600
 */
export async function measureSearchBudgets(siteDir: string): Promise<SearchBudgetReport> {
  const script = await sizeOf(siteDir, "/assets/search.js");
  const places = await sizeOf(siteDir, SEARCH_PLACES_URL);
  return { script, places, withinBudget: { script: script.gzip <= SEARCH_BUDGETS.script, places: places.gzip <= SEARCH_BUDGETS.places } };
}

/** The report as lines for test messages and the bench output. */
export function formatSearchBudgets(report: SearchBudgetReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mark = (ok: boolean) => (ok ? "ok" : "ÜBER BUDGET");
  return [
    `Suche – ${report.script.path}: ${kb(report.script.gzip)} gzip (${kb(report.script.bytes)}) von ${kb(SEARCH_BUDGETS.script)} (${mark(report.withinBudget.script)})`,
    `Suche – ${report.places.path}: ${kb(report.places.gzip)} gzip (${kb(report.places.bytes)}) von ${kb(SEARCH_BUDGETS.places)} (${mark(report.withinBudget.places)})`,
  ].join("\n");
}
