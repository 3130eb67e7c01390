/**
 * The map page's list with more networks than one page (250 synthetic networks served in place of
 * the published GeoJSON): 100 entries drawn, "Weitere anzeigen" draws the next ones and moves focus
 * to the first new entry, filters restart the paging, and a selected network is drawn even when it
 * lies beyond the page. None of the 250 is in the page's own list, so the script builds every entry.
 */
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import { syntheticNetworksGeoJson } from "../../scripts/bench/map-filter.ts";
import { challenges } from "../../scripts/dataset/vocabularies.ts";
import { serializeNetworksGeoJson, type NetworkFeatureCollection } from "../../scripts/outputs/networks-geojson.ts";
import { yearsLabel } from "../../assets/site/network-years.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { browserSuite } from "./browser-suite.ts";
import { newMapPage, TILE_ORIGIN, waitForMap, type MapPage } from "./map-page.ts";

interface Context {
  browser: Browser;
  server: StaticServer;
  networks: NetworkFeatureCollection;
  tab: MapPage;
}

const COUNT = 250;
/** Only the drawn page is in the list; entries that do not match or lie beyond it are taken out. */
const DRAWN = "[data-map-list] .network-list > li[data-slug]";

if (browserAvailable("Karte: Liste seitenweise")) {
  const paging = browserSuite<Context>("Karte: Liste seitenweise", {
    open: async (context) => {
      // The synthetic networks have no end year; give the first one a finished run to show.
      const synthetic = JSON.parse(syntheticNetworksGeoJson(COUNT, 7)) as NetworkFeatureCollection;
      const [first, ...rest] = synthetic.features;
      const finished = { ...first!, properties: { ...first!.properties, status: "abgeschlossen", founded: 2012, ended: 2019 } };
      context.networks = { ...synthetic, features: [finished, ...rest] };
      const geojson = serializeNetworksGeoJson(context.networks);
      context.server = await startStaticServer({
        root: (await fixtureSite()).outDir,
        csp: strictCsp(TILE_ORIGIN),
        overrides: { "/daten/netzwerke.geojson": geojson },
      });
      return context.server;
    },
    openEach: async (context) => {
      context.tab = await newMapPage(context.browser);
      return context.tab.context;
    },
  });

  paging("draws one page, then the next on request, with focus on the first new entry", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/karte/`);
    await waitForMap(tab.page);
    assert.is(await tab.page.locator(DRAWN).count(), 100);
    const more = tab.page.locator(".gw-list-more button");
    // How many the click adds, and how many are left – not "100 von 150", which reads like a total.
    assert.is(await more.textContent(), `Weitere 100 Netzwerke anzeigen (noch ${COUNT - 100} nicht gezeigt)`);
    assert.is(await tab.page.locator(".gw-list-more__shown").textContent(), `Die Liste zeigt 100 von ${COUNT} Netzwerken.`);
    const firstPage = await tab.page.$$eval(DRAWN, (items) => items.map((li) => li.getAttribute("data-slug")));
    await more.click();
    assert.is(await tab.page.locator(DRAWN).count(), 200);
    const twoPages = await tab.page.$$eval(DRAWN, (items) => items.map((li) => li.getAttribute("data-slug")));
    assert.equal(twoPages.slice(0, 100), firstPage, "the first page stays, the next follows it");
    const focused = await tab.page.evaluate(() => document.activeElement?.closest("li[data-slug]")?.getAttribute("data-slug"));
    assert.is(focused, twoPages[100]);
    assert.is(await more.textContent(), `Die letzten ${COUNT - 200} Netzwerke anzeigen`);
    await more.click();
    assert.is(await tab.page.locator(DRAWN).count(), COUNT);
    assert.ok(await tab.page.locator(".gw-list-more").isHidden());
    assert.equal(tab.log.errors, []);
  });

  paging("a filter starts the paging afresh and draws only matching entries", async ({ server, tab, networks }) => {
    const challenge = networks.features[0]!.properties.challenges[0]!;
    const matchingSlugs = new Set(networks.features.filter((f) => f.properties.challenges.includes(challenge)).map((f) => f.properties.slug));
    const matching = matchingSlugs.size;
    await tab.page.goto(`${server.origin}/karte/`);
    await waitForMap(tab.page);
    await tab.page.locator(".gw-list-more button").click();
    await tab.page.locator(`input[name=thema][value="${challenge}"]`).check();
    const drawn = await tab.page.$$eval(DRAWN, (items) => items.map((li) => li.getAttribute("data-slug") ?? ""));
    assert.is(drawn.length, Math.min(100, matching));
    assert.ok(drawn.every((slug) => matchingSlugs.has(slug)));
    assert.is(await tab.page.locator(".gw-list-more").isHidden(), matching <= 100);
    await tab.page.locator(`input[name=thema][value="${challenge}"]`).uncheck();
    assert.is(await tab.page.locator(DRAWN).count(), 100, "back to the first page, not the two drawn before");
  });

  paging("a selected network is drawn even beyond the page", async ({ server, tab, networks }) => {
    await tab.page.goto(`${server.origin}/karte/`);
    await waitForMap(tab.page);
    const drawn = new Set(await tab.page.$$eval(DRAWN, (items) => items.map((li) => li.getAttribute("data-slug"))));
    const beyond = networks.features.map((f) => f.properties.slug).find((slug) => !drawn.has(slug));
    assert.ok(beyond, "a network beyond the first page");
    await tab.page.goto(`${server.origin}/karte/?netzwerk=${beyond}`);
    await waitForMap(tab.page);
    const entry = tab.page.locator(`[data-map-list] .network-list > li[data-slug="${beyond}"]`);
    assert.ok(await entry.isVisible());
    assert.is(await entry.getAttribute("aria-current"), "true");
  });

  paging("taking the map down puts back the page's own list, complete and without the script's additions", async ({ server, tab }) => {
    // The page's own list, as the server sends it (the script may have run before we could look).
    const served = await (await tab.page.request.get(`${server.origin}/karte/`)).text();
    const pageOwn = [...served.matchAll(/<li class="network-card[^"]*" data-slug="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(pageOwn.length > 10);
    await tab.page.goto(`${server.origin}/karte/`);
    await waitForMap(tab.page);
    assert.is(await tab.page.locator(DRAWN).count(), 100);
    await tab.page.evaluate(async () => ((await (window as unknown as { gwMap: Promise<{ destroy(): void }> }).gwMap).destroy()));
    assert.equal(await tab.page.$$eval(DRAWN, (items) => items.map((li) => li.getAttribute("data-slug"))), pageOwn);
    assert.is(await tab.page.locator("[data-map-list] [data-map-added]").count(), 0);
    assert.is(await tab.page.locator(".gw-list-more").count(), 0);
  });

  paging("entries the page did not list are built like the server-rendered ones", async ({ server, tab, networks }) => {
    await tab.page.goto(`${server.origin}/karte/`);
    await waitForMap(tab.page);
    const network = networks.features[0]!.properties;
    const entry = tab.page.locator(`[data-map-list] .network-list > li[data-slug="${network.slug}"]`);
    const attributes = await entry.evaluate((li) => Object.fromEntries([...li.attributes].map((a) => [a.name, a.value])));
    assert.is(attributes["data-challenges"], network.challenges.join(" "));
    assert.is(attributes["data-kreis"], network.kreisSlug);
    assert.is(attributes["data-regierungsbezirk"], network.regierungsbezirkSlug);
    assert.is(attributes["data-sectors"], network.sectors.join(" "));
    assert.is(attributes["data-status"], network.status);
    assert.is(attributes["data-kmu"], String(network.hasKmu));
    assert.is(attributes["data-example"], String(network.example));
    const place = network.gemeinde === network.kreis ? network.gemeinde : `${network.gemeinde}, ${network.kreis}`;
    assert.is(await entry.locator(".network-card__place").textContent(), place);
    assert.is(await entry.locator(".network-card__status").textContent(), "2012 bis 2019");
    for (const { properties } of networks.features.slice(0, 20)) {
      const status = tab.page.locator(`[data-map-list] li[data-slug="${properties.slug}"] .network-card__status`);
      assert.is(await status.textContent(), yearsLabel(properties), properties.slug);
    }
    const themes = await entry.locator(".challenge-list a").evaluateAll((links) => links.map((a) => [a.getAttribute("href"), a.textContent]));
    assert.equal(themes.map(([href]) => href), network.challenges.map((slug) => `/themen/${slug}/`));
    const labels = new Map<string, string>(challenges().map((c) => [c.slug, c.label]));
    assert.equal(themes.map(([, label]) => label), network.challenges.map((slug) => labels.get(slug)));
    const example = networks.features.find((f) => f.properties.example)?.properties;
    if (example) assert.ok(await tab.page.locator(`[data-map-list] li[data-slug="${example.slug}"] .badge--example`).count());
  });

  paging.run();
}
