/**
 * The pages that exist once per item of the dataset – a network (/netzwerke/<slug>/), a theme
 * (/themen/<thema>/), a region with networks (/regionen/<region>/) – and the feeds of networks
 * (the site's, one per theme and region) as an output of the dataset, like the GeoJSON and the
 * CSV: one typed render function per page kind (pages/*.ts, in the frame of pages/base-layout.ts),
 * written straight to the output folder while Eleventy renders the rest of the site.
 *
 * Why not Eleventy pagination templates: at a thousand entries Eleventy's per-page machinery
 * (template clone, data cascade, permalink, layout chain) cost more than a bare Eleventy build of
 * the same entries, and at the 21 examples the templates and their data files were a tenth of the
 * build (measured with `npm run bench`, see README › Messungen). These pages need none of it: their
 * data is the validated dataset, nothing else.
 */
import { join, resolve } from "node:path";
import type { Dataset, Network } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";
import type { SiteSettings } from "./filters.ts";
import { renderBaseLayout, type LayoutSite } from "./pages/base-layout.ts";
import { renderNetworkPage } from "./pages/network-page.ts";
import { regionPreposition, regionUrl, renderRegionPage } from "./pages/region-page.ts";
import { renderThemePage, themeUrl } from "./pages/theme-page.ts";
import { PRACTICE_URL, renderPracticePage } from "./pages/practice-page.ts";
import type { ChallengeView, RegionView, SiteModel } from "./site-model.ts";
import { inNewestOrder, renderNetworkFeed, type FeedLink, type NetworkFeed } from "./network-feed.ts";
import { PageWriter } from "./page-writer.ts";

/** A page rendered from the dataset: its site path (ending in "/") and the complete HTML document. */
export interface DatasetPage {
  readonly url: string;
  readonly html: string;
}

type Site = SiteSettings & LayoutSite;

/**
 * The complete HTML document of a network's page.
 *
 * @param network the network
 * @param model the site model of the network's dataset (neighbours, related networks, partner groups)
 * @param site the site settings (content/_data/site.js)
 */
export function networkPageHtml(network: Network, model: SiteModel, site: Site): string {
  const slug = network.slug;
  const content = renderNetworkPage(network, {
    site,
    partnerGroups: model.partnerGroups[slug] ?? [],
    related: model.related[slug] ?? [],
    nearby: model.nearby[slug] ?? [],
  });
  return renderBaseLayout(
    {
      site,
      url: networkUrl(slug),
      title: network.title,
      description: network.summary,
      search: true,
      ogType: "article",
      bodyClass: "network-page",
      // An invented network is shown on the site but not offered to search engines as a real one.
      robots: network.example ? "noindex" : undefined,
    },
    content,
  );
}

/** Site path of the feed of all networks. */
export const NETWORKS_FEED_PATH = "/feed/netzwerke.xml";

const NEWEST_FIRST = "die zuletzt in die Karte aufgenommenen zuerst";

/** The feed of a theme page: its path and what it holds. */
export function themeFeedLink(view: ChallengeView): FeedLink {
  return { title: `Neue Netzwerke zum Thema „${view.challenge.label}“`, href: `${themeUrl(view.challenge.slug)}feed.xml` };
}

/** The feed of a region page: its path and what it holds. */
export function regionFeedLink(region: RegionView): FeedLink {
  return { title: `Neue Netzwerke ${regionPreposition(region)} ${region.name}`, href: `${regionUrl(region.slug)}feed.xml` };
}

/**
 * Every feed of the dataset: all networks with their descriptions, then one per theme and per
 * region page with summaries (a region's includes the networks based elsewhere that work there).
 *
 * @param model the site model of the dataset
 * @param site the site settings
 */
export function* datasetFeeds(model: SiteModel, site: Site): Generator<NetworkFeed> {
  const newest = model.networksNewestFirst;
  yield {
    path: NETWORKS_FEED_PATH,
    pagePath: "/netzwerke/",
    title: `${site.name} – neue Netzwerke`,
    subtitle: `Wirkungsnetzwerke in Nordrhein-Westfalen, ${NEWEST_FIRST}.`,
    networks: newest,
    content: "full",
  };
  for (const view of model.challenges) {
    const link = themeFeedLink(view);
    yield {
      path: link.href,
      pagePath: themeUrl(view.challenge.slug),
      title: `${site.name} – ${link.title}`,
      subtitle: `Wirkungsnetzwerke in Nordrhein-Westfalen zum Thema „${view.challenge.label}“, ${NEWEST_FIRST}.`,
      networks: inNewestOrder(newest, view.networks),
      content: "summary",
    };
  }
  for (const region of model.regions) {
    const link = regionFeedLink(region);
    yield {
      path: link.href,
      pagePath: regionUrl(region.slug),
      title: `${site.name} – ${link.title}`,
      subtitle: `Wirkungsnetzwerke ${regionPreposition(region)} ${region.name} – mit Sitz dort oder dort tätig –, ${NEWEST_FIRST}.`,
      networks: inNewestOrder(newest, [...region.networks, ...region.alsoActive]),
      content: "summary",
    };
  }
}

/**
 * Every page of the dataset, rendered one at a time as they are asked for: networks in dataset
 * order, then themes in vocabulary order, then regions (Regierungsbezirke first), then /lernen/,
 * which sets the networks' self-assessments side by side.
 *
 * @param dataset the validated dataset
 * @param model its site model
 * @param site the site settings
 */
export function* datasetPages(dataset: Dataset, model: SiteModel, site: Site): Generator<DatasetPage> {
  for (const network of dataset.networks) yield { url: networkUrl(network.slug), html: networkPageHtml(network, model, site) };
  for (const view of model.challenges) {
    const url = themeUrl(view.challenge.slug);
    const { label, description } = view.challenge;
    const feed = themeFeedLink(view);
    yield { url, html: renderBaseLayout({ site, url, title: label, description, feeds: [feed] }, renderThemePage(view, feed)) };
  }
  for (const region of model.regions) {
    const url = regionUrl(region.slug);
    const description = `Wirkungsnetzwerke ${regionPreposition(region)} ${region.name}, Nordrhein-Westfalen.`;
    const feed = regionFeedLink(region);
    yield { url, html: renderBaseLayout({ site, url, title: region.name, description, feeds: [feed] }, renderRegionPage(region, feed)) };
  }
  yield {
    url: PRACTICE_URL,
    html: renderBaseLayout(
      {
        site,
        url: PRACTICE_URL,
        title: "Aus der Praxis lernen",
        description: "Wie Netzwerke in NRW die Bedingungen von Collective Impact erfüllen und wie weit sie auf der Wirkungstreppe gekommen sind – in ihren eigenen Worten.",
      },
      renderPracticePage(model.practice, dataset.networks.length),
    ),
  };
}

/**
 * The site paths of {@link datasetPages} that search engines may index, without rendering the
 * pages (for the sitemap): all but the pages of example entries, which are `noindex`.
 *
 * @param dataset the validated dataset
 * @param model its site model
 */
export function datasetPageUrls(dataset: Dataset, model: SiteModel): string[] {
  return [
    ...dataset.networks.filter((network) => !network.example).map((network) => networkUrl(network.slug)),
    ...model.challenges.map((view) => themeUrl(view.challenge.slug)),
    ...model.regions.map((region) => regionUrl(region.slug)),
    PRACTICE_URL,
  ];
}

/**
 * Writes every page of the dataset to `<outDir><url>index.html` and every feed to its path. They
 * are rendered here and written by a worker thread (page-writer.ts), so the disk is busy while
 * Eleventy renders.
 *
 * @param dataset the validated dataset
 * @param model its site model
 * @param site the site settings
 * @param outDir the site's output folder
 */
export async function writeDatasetPages(dataset: Dataset, model: SiteModel, site: Site, outDir: string): Promise<void> {
  const root = resolve(outDir);
  const writer = new PageWriter();
  try {
    for (const page of datasetPages(dataset, model, site)) writer.write(join(root, page.url, "index.html"), page.html);
    const labels = new Map<string, string>(dataset.challenges.map((c) => [c.slug, c.label]));
    const label = (slug: string) => labels.get(slug) ?? slug;
    for (const feed of datasetFeeds(model, site)) writer.write(join(root, feed.path), renderNetworkFeed(feed, site, label));
  } finally {
    await writer.close();
  }
}
