/**
 * The pages rendered from the dataset (network, theme and region pages) as functions, on the
 * example entries: which pages exist, and what theme and region pages say in the cases the
 * examples do not all reach through a built site (a theme without networks, untrusted names).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { datasetFeeds, datasetPages, datasetPageUrls, NETWORKS_FEED_PATH } from "../../scripts/site/dataset-pages.ts";
import { escapeXml, renderNetworkFeed } from "../../scripts/site/network-feed.ts";
import { renderRegionPage } from "../../scripts/site/pages/region-page.ts";
import { renderThemePage } from "../../scripts/site/pages/theme-page.ts";
import { buildSiteModel, type RegionView } from "../../scripts/site/site-model.ts";
import site from "../../content/_data/site.js";
import { parsePage, textOf } from "./html.ts";

const { dataset, problems } = await buildDataset(NETWORKS_DIR);
const model = buildSiteModel(dataset);

const pages = suite("dataset pages");

pages("one page per network, challenge and region with networks; the sitemap's list names them but the examples", () => {
  assert.is(problems.length, 0);
  const urls = [...datasetPages(dataset, model, site)].map((page) => page.url);
  const examples = new Set(dataset.networks.filter((n) => n.example).map((n) => `/netzwerke/${n.slug}/`));
  assert.ok(examples.size > 0);
  assert.equal(datasetPageUrls(dataset, model), urls.filter((url) => !examples.has(url)));
  assert.is(new Set(urls).size, urls.length, "no page written twice");
  assert.is(urls.length, dataset.networks.length + dataset.challenges.length + model.regions.length + 1, "and /lernen/");
  assert.is(urls.at(-1), "/lernen/");
  assert.ok(urls.includes("/themen/bildung/"));
  assert.ok(urls.includes("/regionen/kreis-lippe/"));
  assert.ok(urls.slice(0, -1).every((url) => /^\/(netzwerke|themen|regionen)\/[a-z0-9-]+\/$/.test(url)), "paths under the contract's URLs");
});

const FEED = { title: "Neue Netzwerke hier", href: "/x/feed.xml" };

pages("every page is a whole document with one h1 and the page's own canonical URL", () => {
  for (const { url, html } of datasetPages(dataset, model, site)) {
    const page = parsePage(html);
    assert.is(page.all("h1").length, 1, url);
    assert.ok(page.first("link", (e) => e.attribs.rel === "canonical" && e.attribs.href === `${site.url}${url}`), url);
  }
});

pages("a theme without networks invites to add one instead of showing an empty list", () => {
  const challenge = dataset.challenges[0]!;
  const page = parsePage(renderThemePage({ challenge, networks: [] }, FEED).toString());
  assert.is(textOf(page.first("h1")!), challenge.label);
  assert.ok(textOf(page.document).includes("0 Netzwerke arbeiten an diesem Thema."));
  assert.ok(page.first("a", (e) => e.attribs.href === "/mitmachen/"));
  assert.not.ok(page.first("li", (e) => e.attribs["data-slug"] !== undefined), "no network list");
});

pages("region pages: 'im Kreis', 'in' a kreisfreie Stadt, networks active from elsewhere listed apart", () => {
  const kreis = model.regions.find((r) => r.kind === "kreis" && r.typeLabel === "Kreis" && r.networks.length > 0)!;
  assert.ok(textOf(parsePage(renderRegionPage(kreis, FEED).toString()).document).includes(`Netzwerke mit Sitz im ${kreis.name}`));
  const stadt = model.regions.find((r) => r.typeLabel === "Kreisfreie Stadt" && r.networks.length > 0)!;
  assert.ok(textOf(parsePage(renderRegionPage(stadt, FEED).toString()).document).includes(`Netzwerke mit Sitz in ${stadt.name}`));
  const visited = model.regions.find((r) => r.alsoActive.length > 0);
  assert.ok(visited, "the examples have a network working beyond its own Kreis");
  const page = parsePage(renderRegionPage(visited, FEED).toString());
  assert.ok(page.first("h2", (e) => e.attribs.id === "auch-aktiv"));
  for (const network of visited.alsoActive) assert.ok(page.first("li", (e) => e.attribs["data-slug"] === network.slug), network.slug);
});

pages("a Regierungsbezirk lists its Kreise, linking only those with networks; names are escaped", () => {
  const region: RegionView = {
    kind: "regierungsbezirk",
    slug: "x",
    name: `<script>alert("x")</script>`,
    typeLabel: "Regierungsbezirk",
    networks: [],
    alsoActive: [],
    parent: undefined,
    kreise: [
      { slug: "mit", name: "Mit & Netzwerk", typeLabel: "Kreis", count: 2 },
      { slug: "ohne", name: "Ohne", typeLabel: "Kreis", count: 0 },
    ],
  };
  const markup = renderRegionPage(region, FEED).toString();
  assert.not.ok(markup.includes("<script>"));
  const page = parsePage(markup);
  assert.is(textOf(page.first("h1")!), region.name);
  assert.ok(page.first("a", (e) => e.attribs.href === "/regionen/mit/"));
  assert.not.ok(page.first("a", (e) => e.attribs.href === "/regionen/ohne/"));
  assert.ok(page.first("li", (e) => e.attribs.class === "region-list__empty"));
});

pages("one feed for all networks and one per theme and region page, each linked from its page", () => {
  const feeds = [...datasetFeeds(model, site)];
  assert.is(feeds[0]!.path, NETWORKS_FEED_PATH);
  assert.is(feeds[0]!.networks, model.networksNewestFirst);
  assert.is(feeds.length, 1 + model.challenges.length + model.regions.length);
  const byPage = new Map(feeds.map((feed) => [feed.pagePath, feed]));
  for (const { url, html } of datasetPages(dataset, model, site)) {
    // A network's news are in the feeds of its themes and regions; /lernen/ compares networks.
    if (url.startsWith("/netzwerke/") || url === "/lernen/") continue;
    const feed = byPage.get(url);
    assert.ok(feed, url);
    assert.is(feed.path, `${url}feed.xml`);
    const page = parsePage(html);
    assert.ok(page.first("link", (e) => e.attribs.rel === "alternate" && e.attribs.href === feed.path && e.attribs.type === "application/atom+xml"), `${url}: <link rel=alternate>`);
    assert.ok(page.first("a", (e) => e.attribs.href === feed.path), `${url}: visible link`);
  }
});

pages("theme and region pages lead to the map and the embed builder with their own filter", () => {
  for (const { url, html } of datasetPages(dataset, model, site)) {
    const match = /^\/(themen|regionen)\/([a-z0-9-]+)\/$/.exec(url);
    if (!match) continue;
    const [, kind, slug] = match;
    const parameter = kind === "themen" ? "thema" : slug!.startsWith("regierungsbezirk-") ? "bezirk" : "kreis";
    const page = parsePage(html);
    assert.ok(page.first("a", (e) => e.attribs.href === `/karte/?${parameter}=${slug}`), `${url}: map`);
    assert.ok(page.first("a", (e) => e.attribs.href === `/einbetten/?${parameter}=${slug}`), `${url}: embed builder`);
  }
});

pages("a theme's feed holds its networks newest first; a region's also those working there from elsewhere", () => {
  const feeds = [...datasetFeeds(model, site)];
  const newest = model.networksNewestFirst.map((n) => n.slug);
  for (const view of model.challenges) {
    const feed = feeds.find((f) => f.pagePath === `/themen/${view.challenge.slug}/`)!;
    assert.equal(new Set(feed.networks), new Set(view.networks), view.challenge.slug);
    assert.equal(feed.networks.map((n) => n.slug), newest.filter((slug) => feed.networks.some((n) => n.slug === slug)));
  }
  const visited = model.regions.find((r) => r.alsoActive.length > 0)!;
  const feed = feeds.find((f) => f.pagePath === `/regionen/${visited.slug}/`)!;
  assert.equal(new Set(feed.networks), new Set([...visited.networks, ...visited.alsoActive]));
  assert.ok(feed.title.startsWith(`${site.name} – Neue Netzwerke i`), feed.title);
});

pages("feeds escape every entry text and drop characters XML cannot carry", () => {
  assert.is(escapeXml(`<a href="x">&\u0001\u0008\uFFFE ok\tä😀</a>`), "&lt;a href=&quot;x&quot;&gt;&amp; ok\tä😀&lt;/a&gt;");
  const network = dataset.networks[0]!;
  const hostile = Object.assign(Object.create(Object.getPrototypeOf(network) as object) as typeof network, network, {
    title: `</title><script>alert(1)</script>\u0000`,
    summary: `]]> & <b>`,
    body: "<script>x</script> [a](javascript:alert(1))",
  });
  const xml = renderNetworkFeed(
    { path: "/x/feed.xml", pagePath: "/x/", title: "T & <U>", subtitle: "S", networks: [hostile], content: "full" },
    site,
    (slug) => slug,
  );
  assert.not.ok(xml.includes("<script>"));
  assert.not.ok(xml.includes("\u0000"));
  assert.ok(xml.includes("<title>T &amp; &lt;U&gt;</title>"));
  assert.ok(xml.includes("&lt;/title&gt;&lt;script&gt;"));
  assert.ok(xml.includes("<summary>]]&gt; &amp; &lt;b&gt;</summary>"));
  // The description is rendered Markdown without raw HTML, then escaped as the text of <content type="html">.
  assert.ok(xml.includes("&amp;lt;script&amp;gt;x&amp;lt;/script&amp;gt;"));
});

pages.run();
