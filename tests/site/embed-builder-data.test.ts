/**
 * The builder page /einbetten/ and its data (scripts/site/embed-builder-data.ts) on the fixture
 * entries: its network counts are those of /regionen/ and /themen/ and match what the map's filters
 * show, every feed it names exists, the short names of every region and theme are listed, and the
 * page works without JavaScript.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { createFilterPredicate, EMPTY_FILTER, toFilterableNetwork, type FilterState } from "../../assets/map/filter-state.ts";
import type { BuilderCatalog } from "../../assets/embed/builder-catalog.ts";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { networksGeoJson } from "../../scripts/outputs/networks-geojson.ts";
import { builderChoices, embedBuilderData } from "../../scripts/site/embed-builder-data.ts";
import { mapConfig } from "../../scripts/site/map-plugin.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import site from "../../content/_data/site.js";
import { fixtureNetworksDir, fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, textOf, type Element, type Page } from "./html.ts";

const { dataset, problems } = await buildDataset(await fixtureNetworksDir());
const model = buildSiteModel(dataset);
const config = mapConfig(site);
const choices = builderChoices(config, model);
const networks = networksGeoJson(dataset).features.map((f) => toFilterableNetwork(f.properties));

/** How many networks the map shows for `filter` – the preview's own predicate. */
function mapCount(filter: Partial<FilterState>): number {
  const matches = createFilterPredicate({ ...EMPTY_FILTER, ...filter });
  return networks.filter(matches).length;
}

const data = suite("Baukasten: Daten aus dem Datensatz");

data("the fixture has regions with and without networks", () => {
  assert.is(problems.length, 0);
  assert.ok(choices.kreise.some((k) => k.count === 0));
  assert.ok(choices.kreise.some((k) => k.count > 1));
  assert.ok(choices.regierungsbezirke.some((b) => b.count > 0));
});

data("every region has the count of the overview /regionen/, every theme that of its page", () => {
  const overview = new Map<string, number>(model.regionOverview.flatMap((b) => [[`bezirk:${b.slug}`, b.count] as const, ...b.kreise.map((k) => [`kreis:${k.slug}`, k.count] as const)]));
  assert.is(choices.regierungsbezirke.length + choices.kreise.length, overview.size, "every region of the overview is a choice");
  for (const region of [...choices.regierungsbezirke, ...choices.kreise]) {
    assert.is(region.count, overview.get(region.value), region.value);
  }
  for (const theme of choices.themes) assert.is(theme.count, model.challenges.find((v) => v.challenge.slug === theme.slug)?.networks.length, theme.slug);
  assert.is(choices.count, dataset.networks.length);
});

data("the counts the page shows are what the map's filters match", () => {
  for (const region of [...choices.regierungsbezirke, ...choices.kreise]) {
    const filter: Partial<FilterState> = region.value.startsWith("kreis:") ? { kreis: region.slug } : { regierungsbezirk: region.slug };
    assert.is(region.count, mapCount(filter), region.value);
  }
  for (const theme of choices.themes) assert.is(theme.count, mapCount({ challenges: [theme.slug] }), theme.slug);
  assert.equal(choices.statuses.map((s) => s.slug), config.statuses.map((s) => s.slug));
  for (const status of choices.statuses) assert.is(status.count, mapCount({ statuses: [status.slug] }), status.slug);
  assert.is(choices.count, mapCount({}));
});

data("the catalog for the script holds names and feeds, no counts: the script counts every choice itself", () => {
  for (const [value, scope] of Object.entries(choices.catalog.scopes)) {
    assert.equal(Object.keys(scope).sort(), (value.startsWith("kreis:") ? ["feed", "label", "parent", "where"] : ["feed", "label", "where"]), value);
  }
});

data("regions with networks have a feed, those without none; every theme has one", () => {
  for (const region of [...choices.regierungsbezirke, ...choices.kreise]) {
    const feed = choices.catalog.scopes[region.value]?.feed;
    if (region.count === 0) assert.is(feed, null, region.value);
    else assert.is(feed?.href, `/regionen/${region.slug}/feed.xml`, region.value);
  }
  for (const theme of choices.themes) assert.is(choices.catalog.themeFeeds[theme.slug]?.href, `/themen/${theme.slug}/feed.xml`);
  assert.is(choices.feed.href, "/feed/netzwerke.xml");
  assert.is(choices.catalog.scopes["kreis:kreis-lippe"]?.feed?.title, "Neue Netzwerke im Kreis Lippe");
});

data("a Kreis knows its Regierungsbezirk, so an empty one can suggest it", () => {
  for (const kreis of config.kreise) assert.is(choices.catalog.scopes[`kreis:${kreis.slug}`]?.parent, `bezirk:${kreis.regierungsbezirkSlug}`, kreis.slug);
});

data("the page gets the choices from the global data, once per model", () => {
  const builder = embedBuilderData(site);
  assert.is(builder.choicesFor(model), builder.choicesFor(model));
  assert.equal(builder.choicesFor(model).catalog, choices.catalog);
});

data.run();

interface Built {
  site: FixtureSite;
  page: Page;
}

const page = suite<Built>("Baukasten: die gebaute Seite /einbetten/", {} as Built);

page.before(async (context) => {
  context.site = await fixtureSite();
  context.page = parsePage(await context.site.read("einbetten/index.html"));
});

/** The counts the page /regionen/ shows, by region name. */
async function regionPageCounts(built: FixtureSite): Promise<Map<string, number>> {
  const overview = parsePage(await built.read("regionen/index.html"));
  const counts = new Map<string, number>();
  for (const heading of overview.all("h2").filter((h) => (h.attribs.id ?? "").startsWith("bezirk-"))) {
    const match = /^(.*) \((\d+) Netzwerke?\)$/.exec(textOf(heading));
    assert.ok(match, textOf(heading));
    counts.set(match[1]!, Number(match[2]));
  }
  for (const item of overview.all("li").filter((li) => li.parent && "attribs" in li.parent && (li.parent as Element).attribs.class === "region-list")) {
    const match = /^(.*) (\d+)$/.exec(textOf(item));
    assert.ok(match, textOf(item));
    counts.set(match[1]!, Number(match[2]));
  }
  return counts;
}

page("every region option shows the number of networks the page /regionen/ shows", async ({ site: built, page }) => {
  const shown = await regionPageCounts(built);
  const options = page.all("option").filter((o) => /^(bezirk|kreis):/.test(o.attribs.value ?? ""));
  assert.is(options.length, 5 + 53);
  assert.is(shown.size, 5 + 53);
  for (const option of options) {
    const match = /^(.*) \((\d+)\)$/.exec(textOf(option));
    assert.ok(match, textOf(option));
    assert.is(Number(match[2]), shown.get(match[1]!), textOf(option));
  }
  const mettmann = options.find((o) => o.attribs.value === "kreis:kreis-mettmann");
  assert.is(textOf(mettmann!), `Kreis Mettmann (${shown.get("Kreis Mettmann")})`);
});

page("every theme checkbox shows the number of networks of its theme page", ({ page }) => {
  for (const theme of choices.themes) {
    const count = page.first("span", (e) => e.attribs["data-theme-count"] === theme.slug);
    assert.ok(count, theme.slug);
    assert.is(textOf(count), `(${theme.count})`, theme.slug);
  }
});

page("the catalog in the page is the builder data's, and every feed it names exists", ({ site: built, page }) => {
  const block = page.first("script", (e) => e.attribs.id === "einbetten-daten");
  assert.ok(block);
  assert.is(block.attribs.type, "application/json");
  const catalog = JSON.parse(textOf(block)) as BuilderCatalog;
  assert.equal(catalog, JSON.parse(JSON.stringify(choices.catalog)));
  const hrefs = [...Object.values(catalog.scopes).map((s) => s.feed?.href), ...Object.values(catalog.themeFeeds).map((f) => f.href)].filter((h): h is string => !!h);
  assert.ok(hrefs.length > choices.themes.length);
  const files = new Set(built.files);
  for (const href of hrefs) assert.ok(files.has(href.slice(1)), href);
});

page("the short names of every theme, status, Regierungsbezirk and Kreis are listed, also those without networks", ({ page }) => {
  const list = page.first("details", (e) => e.attribs.id === "kurznamen");
  assert.ok(list, "a <details> list of short names");
  const codes = new Set(collectCodes(list));
  for (const term of [...config.challenges, ...config.statuses, ...config.regierungsbezirke, ...config.kreise]) assert.ok(codes.has(term.slug), term.slug);
  assert.ok(codes.has("kreis-mettmann"));
  assert.not.match(page.mainText(), "jeweils am Ende der Adresse");
});

/** The text of every <code> inside `element`. */
function collectCodes(element: Element): string[] {
  const codes: string[] = [];
  const walk = (node: Element) => {
    if (node.name === "code") codes.push(textOf(node));
    for (const child of node.children) if ("name" in child) walk(child as Element);
  };
  walk(element);
  return codes;
}

page("visitors read 'Themen' and 'Status', not 'Herausforderungen' and 'Stand'", ({ page }) => {
  const text = page.mainText();
  assert.not.match(text, /Herausforderung/);
  assert.not.match(text, /\bStand\b/);
  const legends = page.all("legend").map(textOf);
  assert.ok(legends.includes("Status"));
  assert.ok(legends.includes("Themen"));
});

page("a section on feeds names the feed of all networks and the feeds per theme and region", ({ page }) => {
  const heading = page.first("h2", (e) => e.attribs.id === "feeds");
  assert.ok(heading);
  const section = heading.parent as Element;
  const text = textOf(section);
  assert.match(text, `${site.url}/feed/netzwerke.xml`);
  assert.match(text, "/themen/<kurzname>/feed.xml");
  assert.match(text, "/regionen/<kurzname>/feed.xml");
  // Next to the code: the feed that fits the choice, before the builder runs the one of all networks.
  const note = page.first("p", (e) => "data-builder-feed" in e.attribs);
  assert.ok(note);
  assert.is(textOf(note), `Neue Netzwerke in ganz Nordrhein-Westfalen als Feed: ${site.url}/feed/netzwerke.xml`);
});

page("the preview loads once: the builder's frame has no address; without JavaScript a frame shows the whole map", ({ page }) => {
  const frames = page.all("iframe");
  const builderFrame = frames.find((f) => "data-builder-preview" in f.attribs);
  assert.ok(builderFrame);
  assert.is(builderFrame.attribs.src, undefined);
  assert.ok("hidden" in builderFrame.attribs);
  const fallback = frames.find((f) => f.parent && "name" in f.parent && (f.parent as Element).name === "noscript");
  assert.ok(fallback, "a frame inside <noscript>");
  assert.is(fallback.attribs.src, "/embed/");
  assert.ok(fallback.attribs.title);
});

page("the warning about an empty map is a live region next to the preview, repeated before the code", ({ page }) => {
  const warnings = page.all("p").filter((p) => "data-builder-warning" in p.attribs);
  assert.is(warnings.length, 2);
  assert.is(warnings[0]!.attribs.role, "status");
  assert.is(warnings[1]!.attribs.role, undefined, "announced once");
});

page.run();
