/**
 * The pages rendered from the dataset (network, theme and region pages) as functions, on the
 * example entries: which pages exist, and what theme and region pages say in the cases the
 * examples do not all reach through a built site (a theme without networks, untrusted names).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { datasetPages, datasetPageUrls } from "../../scripts/site/dataset-pages.ts";
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
  assert.is(urls.length, dataset.networks.length + dataset.challenges.length + model.regions.length);
  assert.ok(urls.includes("/themen/bildung/"));
  assert.ok(urls.includes("/regionen/kreis-lippe/"));
  assert.ok(urls.every((url) => /^\/(netzwerke|themen|regionen)\/[a-z0-9-]+\/$/.test(url)), "paths under the contract's URLs");
});

pages("every page is a whole document with one h1 and the page's own canonical URL", () => {
  for (const { url, html } of datasetPages(dataset, model, site)) {
    const page = parsePage(html);
    assert.is(page.all("h1").length, 1, url);
    assert.ok(page.first("link", (e) => e.attribs.rel === "canonical" && e.attribs.href === `${site.url}${url}`), url);
  }
});

pages("a theme without networks invites to add one instead of showing an empty list", () => {
  const challenge = dataset.challenges[0]!;
  const page = parsePage(renderThemePage({ challenge, networks: [] }).toString());
  assert.is(textOf(page.first("h1")!), challenge.label);
  assert.ok(textOf(page.document).includes("0 Netzwerke arbeiten an diesem Thema."));
  assert.ok(page.first("a", (e) => e.attribs.href === "/mitmachen/"));
  assert.not.ok(page.first("ul"));
});

pages("region pages: 'im Kreis', 'in' a kreisfreie Stadt, networks active from elsewhere listed apart", () => {
  const kreis = model.regions.find((r) => r.kind === "kreis" && r.typeLabel === "Kreis" && r.networks.length > 0)!;
  assert.ok(textOf(parsePage(renderRegionPage(kreis).toString()).document).includes(`Netzwerke mit Sitz im ${kreis.name}`));
  const stadt = model.regions.find((r) => r.typeLabel === "Kreisfreie Stadt" && r.networks.length > 0)!;
  assert.ok(textOf(parsePage(renderRegionPage(stadt).toString()).document).includes(`Netzwerke mit Sitz in ${stadt.name}`));
  const visited = model.regions.find((r) => r.alsoActive.length > 0);
  assert.ok(visited, "the examples have a network working beyond its own Kreis");
  const page = parsePage(renderRegionPage(visited).toString());
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
  const markup = renderRegionPage(region).toString();
  assert.not.ok(markup.includes("<script>"));
  const page = parsePage(markup);
  assert.is(textOf(page.first("h1")!), region.name);
  assert.ok(page.first("a", (e) => e.attribs.href === "/regionen/mit/"));
  assert.not.ok(page.first("a", (e) => e.attribs.href === "/regionen/ohne/"));
  assert.ok(page.first("li", (e) => e.attribs.class === "region-list__empty"));
});

pages.run();
