/**
 * The URLs of sitemap.xml: every HTML page Eleventy renders (unless it says `sitemap: false`) and
 * every network page, which the dataset renders itself (network-pages.ts). Sorted, so the file is
 * the same for the same input.
 */
import type { Dataset } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";

/** What the sitemap needs of an item of Eleventy's `collections.all`. */
export interface SitemapPage {
  readonly url: string | false;
  readonly data: { readonly sitemap?: boolean };
}

/**
 * Site-relative URLs for the sitemap, in code-point order.
 *
 * @param pages Eleventy's `collections.all`
 * @param dataset the dataset whose network pages are part of the site
 */
export function sitemapUrls(pages: readonly SitemapPage[], dataset: Dataset): string[] {
  const urls = new Set<string>();
  for (const page of pages) {
    if (typeof page.url === "string" && page.url.endsWith("/") && page.data.sitemap !== false) urls.add(page.url);
  }
  for (const network of dataset.networks) urls.add(networkUrl(network.slug));
  return [...urls].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
