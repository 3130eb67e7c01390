/**
 * Atom feeds (RFC 4287) of networks, newest on the map first: the site's feed /feed/netzwerke.xml
 * with every network's description, and one per theme and region page with summaries, for people
 * and partner sites that follow one theme or one Kreis. An output of the dataset like the pages it
 * accompanies (dataset-pages.ts); the text is XML-escaped here, entries are never trusted.
 */
import type { Network } from "../dataset/types.ts";
import { absoluteUrl } from "./filters.ts";
import { renderEntryMarkdown } from "./safe-markdown.ts";
import { escapeHtml } from "./html.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";

/** The site settings a feed reads (content/_data/site.js). */
export interface FeedSite {
  readonly url: string;
  readonly name: string;
  readonly publisher: { readonly name: string };
  readonly contentLicense: { readonly name: string };
}

/** One feed: where it is, what it is called, and how much of each network it carries. */
export interface NetworkFeed {
  /** Site path of the feed, e.g. "/themen/bildung/feed.xml". */
  readonly path: string;
  /** Site path of the page the feed follows, e.g. "/themen/bildung/". */
  readonly pagePath: string;
  readonly title: string;
  readonly subtitle: string;
  /** The networks, newest on the map first (`SiteModel.networksNewestFirst` order). */
  readonly networks: readonly Network[];
  /** "full": the description as HTML; "summary": the one-paragraph summary only. */
  readonly content: "full" | "summary";
}

/** A link to a feed from the page it follows, for `<link rel="alternate">` and a visible link. */
export interface FeedLink {
  readonly title: string;
  readonly href: string;
}

/** When no network gives a date: the day the initiative's first newsletter appeared. */
const FALLBACK_UPDATED = "2012-03-01T00:00:00Z";

// XML 1.0 forbids these characters even escaped; a feed reader rejects the whole feed for one.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** When a network appeared on the map: its `added` date, else 1 January of `founded`. */
export function networkPublished(network: Network): string {
  return `${network.added ?? `${network.founded}-01-01`}T00:00:00Z`;
}

/** When a network's entry last changed: the later of `added` and `reviewed`, else {@link networkPublished}. */
export function networkUpdated(network: Network): string {
  const dates = [network.added, network.reviewed].filter((d): d is string => d !== undefined).sort();
  return dates.length > 0 ? `${dates.at(-1)}T00:00:00Z` : networkPublished(network);
}

/** Text for XML element content and double-quoted attributes. */
export function escapeXml(text: string): string {
  // The site's HTML escaping is valid XML too (&#39; included); XML only adds the characters to drop.
  return escapeHtml(text.replace(NOT_XML, ""));
}

/**
 * The Atom document of a feed. Its `updated` is the newest date in its entries, never the build
 * time, so the same dataset gives the same bytes.
 *
 * @param feed the feed's place, names and networks
 * @param site the site settings
 * @param challengeLabel the German label of a challenge slug (categories)
 */
export function renderNetworkFeed(feed: NetworkFeed, site: FeedSite, challengeLabel: (slug: string) => string): string {
  const self = absoluteUrl(feed.path, site.url);
  const updated = feed.networks.map(networkUpdated).sort().at(-1) ?? FALLBACK_UPDATED;
  const entries = feed.networks.map((network) => {
    const url = absoluteUrl(networkUrl(network.slug), site.url);
    // Feed readers show entries without the page around them, so an invented network says so itself.
    const categories = [
      ...(network.example ? ['    <category term="beispieleintrag" label="Beispieleintrag (erfundenes Netzwerk)"/>'] : []),
      ...network.challenges.map((slug) => `    <category term="${escapeXml(slug)}" label="${escapeXml(challengeLabel(slug))}"/>`),
    ];
    return [
      "  <entry>",
      `    <title>${network.example ? "Beispieleintrag: " : ""}${escapeXml(network.title)}</title>`,
      `    <link href="${escapeXml(url)}" rel="alternate" type="text/html"/>`,
      `    <id>${escapeXml(url)}</id>`,
      `    <published>${networkPublished(network)}</published>`,
      `    <updated>${networkUpdated(network)}</updated>`,
      `    <summary>${escapeXml(network.summary)}</summary>`,
      ...categories,
      ...(feed.content === "full" ? [`    <content type="html">${escapeXml(renderEntryMarkdown(network.body))}</content>`] : []),
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link href="${escapeXml(self)}" rel="self" type="application/atom+xml"/>`,
    `  <link href="${escapeXml(absoluteUrl(feed.pagePath, site.url))}" rel="alternate" type="text/html"/>`,
    `  <id>${escapeXml(self)}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(site.publisher.name)}</name></author>`,
    `  <rights>${escapeXml(site.contentLicense.name)}</rights>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/**
 * The members of `group` in the order of `newestFirst`.
 *
 * @param newestFirst every network, newest on the map first
 * @param group some of them, in any order
 */
export function inNewestOrder(newestFirst: readonly Network[], group: Iterable<Network>): Network[] {
  const members = new Set(group);
  return newestFirst.filter((network) => members.has(network));
}
