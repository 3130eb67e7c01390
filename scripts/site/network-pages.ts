/**
 * The network pages /netzwerke/<slug>/ as an output of the dataset, like the GeoJSON and the CSV:
 * one typed render function per page (pages/network-page.ts in the frame of pages/base-layout.ts),
 * written straight to the output folder while Eleventy renders the rest of the site.
 *
 * Why not an Eleventy pagination template: at a thousand entries Eleventy's per-page machinery
 * (template clone, data cascade, permalink, layout chain) cost more than a bare Eleventy build of
 * the same entries (measured with `npm run bench`, see README › Messungen), and these pages need
 * none of it – their data is the validated dataset, nothing else.
 */
import { join, resolve } from "node:path";
import type { Dataset, Network } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";
import type { SiteSettings } from "./filters.ts";
import { renderBaseLayout, type LayoutSite } from "./pages/base-layout.ts";
import { renderNetworkPage } from "./pages/network-page.ts";
import type { SiteModel } from "./site-model.ts";
import { PageWriter } from "./page-writer.ts";

/**
 * The complete HTML document of a network's page.
 *
 * @param network the network
 * @param model the site model of the network's dataset (neighbours, related networks, partner groups)
 * @param site the site settings (content/_data/site.js)
 */
export function networkPageHtml(network: Network, model: SiteModel, site: SiteSettings & LayoutSite): string {
  const slug = network.slug;
  const content = renderNetworkPage(network, {
    site,
    partnerGroups: model.partnerGroups[slug] ?? [],
    related: model.related[slug] ?? [],
    nearby: model.nearby[slug] ?? [],
  });
  return renderBaseLayout(
    { site, url: networkUrl(slug), title: network.title, description: network.summary, search: true, ogType: "article", bodyClass: "network-page" },
    content,
  );
}

/**
 * Writes every network's page to `<outDir>/netzwerke/<slug>/index.html`. Pages are rendered here
 * and written by a worker thread (page-writer.ts), so the disk is busy while Eleventy renders.
 *
 * @param dataset the validated dataset
 * @param model its site model
 * @param site the site settings
 * @param outDir the site's output folder
 */
export async function writeNetworkPages(dataset: Dataset, model: SiteModel, site: SiteSettings & LayoutSite, outDir: string): Promise<void> {
  const writer = new PageWriter();
  try {
    for (const network of dataset.networks) writer.write(join(resolve(outDir), "netzwerke", network.slug, "index.html"), networkPageHtml(network, model, site));
  } finally {
    await writer.close();
  }
}
