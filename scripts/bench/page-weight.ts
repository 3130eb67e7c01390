/**
 * What each page of a built site makes the browser load, gzipped: the HTML and every same-origin
 * stylesheet, script and image it references (cached files count on every page, as for a first
 * visit). Files that scripts fetch later are budgeted separately (map and embed budgets). Used by
 * a test with per-page budgets and by `npm run bench`.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Budgets per page, gzipped. */
export const PAGE_BUDGETS = Object.freeze({
  /** The HTML document itself. */
  html: 40 * 1024,
  /** HTML plus everything it references (first visit, empty cache). */
  total: 100 * 1024,
});

export interface PageWeight {
  /** e.g. "karte/index.html" */
  readonly page: string;
  readonly htmlGzip: number;
  readonly totalGzip: number;
  /** Referenced files with their gzipped sizes. */
  readonly resources: readonly { readonly path: string; readonly gzip: number }[];
}

const gzipCache = new Map<string, number>();

async function gzipSize(siteDir: string, path: string): Promise<number> {
  const key = join(siteDir, path);
  let size = gzipCache.get(key);
  if (size === undefined) {
    size = gzipSync(await readFile(key), { level: 9 }).length;
    gzipCache.set(key, size);
  }
  return size;
}

/** Same-origin files a page makes the browser fetch by itself. */
export function referencedResources(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<link\b[^>]*\brel="(?:stylesheet|icon)"[^>]*\bhref="(\/[^"/][^"]*)"/g,
    /<script\b[^>]*\bsrc="(\/[^"/][^"]*)"/g,
    /<img\b[^>]*\bsrc="(\/[^"/][^"]*)"/g,
    /<image\b[^>]*\bhref="(\/[^"/][^"]*)"/g,
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.add(match[1]!.split(/[?#]/)[0]!);
  return [...found].sort();
}

/**
 * Weighs every page.
 *
 * @param siteDir the output folder of a build
 * @param pages HTML files relative to `siteDir`
 * @returns one entry per page, heaviest first
 */
export async function weighPages(siteDir: string, pages: readonly string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const html = await readFile(join(siteDir, page), "utf8");
    const htmlGzip = gzipSync(html, { level: 9 }).length;
    const resources = await Promise.all(referencedResources(html).map(async (path) => ({ path, gzip: await gzipSize(siteDir, path) })));
    weights.push({ page, htmlGzip, resources, totalGzip: htmlGzip + resources.reduce((sum, r) => sum + r.gzip, 0) });
  }
  return weights.sort((a, b) => b.totalGzip - a.totalGzip || (a.page < b.page ? -1 : 1));
}
