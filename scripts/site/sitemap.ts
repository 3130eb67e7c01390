/**
 * The URLs of sitemap.xml: every HTML page Eleventy renders (unless it says `sitemap: false`) and
 * every page the dataset renders itself (dataset-pages.ts). Sorted, so the file is the same for
 * the same input.
 */

/** What the sitemap needs of an item of Eleventy's `collections.all`. */
export interface SitemapPage {
  readonly url: string | false;
  readonly data: { readonly sitemap?: boolean };
}

/**
 * Site-relative URLs for the sitemap, in code-point order.
 *
 * @param pages Eleventy's `collections.all`
 * @param datasetUrls the paths of the pages rendered from the dataset (`datasetPageUrls`)
 */
export function sitemapUrls(pages: readonly SitemapPage[], datasetUrls: readonly string[]): string[] {
  const urls = new Set<string>(datasetUrls);
  for (const page of pages) {
    if (typeof page.url === "string" && page.url.endsWith("/") && page.data.sitemap !== false) urls.add(page.url);
  }
  return [...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
