/**
 * The map page /karte/ in Chromium, served from the fixture site under the strict CSP: markers,
 * filters against the GeoJSON, URL state, keyboard use, consent for the background map, hostile
 * entry text and a clean console.
 */
import * as assert from "uvu/assert";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { mapSuite } from "./browser-suite.ts";
import {
  TILE_ORIGIN,
  cspViolations,
  markerTotals,
  newMapPage,
  openMap,
  showAllOfNrw,
  visibleListSlugs,
  waitForMap,
  type MapSite,
} from "./map-page.ts";

const HOSTILE_SLUG = "zz-feindlicher-eintrag";
const sorted = (slugs: readonly string[]) => [...slugs].sort();

/** The slugs of networks matching `predicate`, from the published GeoJSON. */
function slugsWhere(site: MapSite, predicate: (p: MapSite["networks"]["features"][number]["properties"]) => boolean): string[] {
  return site.networks.features.filter((f) => predicate(f.properties)).map((f) => f.properties.slug);
}

if (browserAvailable("Karte (Browser-Tests)")) {
  const loading = mapSuite("Karte: Marker und Popups", { page: true });

  loading("shows a marker or a cluster counting it for every network, and lists every network", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await showAllOfNrw(mapPage.page);
    const all = site.networks.features.map((f) => f.properties.slug);
    assert.ok(all.length >= 20, `nur ${all.length} Netzwerke in der Fixture`);
    assert.is((await markerTotals(mapPage.page)).total, all.length);
    assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(all));
    assert.is(await mapPage.page.textContent("[data-map-count]"), `Alle ${all.length} Netzwerke`);
  });

  loading("every network can be selected; its popup names it", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    for (const { properties } of site.networks.features) {
      await mapPage.page.evaluate(async (slug) => (await window.gwMap!).select(slug), properties.slug);
      const title = await mapPage.page.textContent(`.leaflet-popup .gw-popup[data-slug="${properties.slug}"] .gw-popup__title`);
      assert.is(title, properties.title);
    }
  });

  loading("clicking a marker opens its popup and marks the list entry", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const slug = await mapPage.page.getAttribute(".leaflet-marker-icon[data-slug]", "data-slug");
    assert.ok(slug);
    await mapPage.page.click(`.leaflet-marker-icon[data-slug="${slug}"]`);
    await mapPage.page.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"]`);
    assert.is(await mapPage.page.getAttribute(`li[data-slug="${slug}"]`, "aria-current"), "true");
    assert.match(mapPage.page.url(), `netzwerk=${slug}`);
  });

  loading("the popup states status and years as the network page does, and keeps words apart", async ({ site, mapPage }) => {
    await openMap(mapPage, site, "?netzwerk=lesestark-wattenscheid");
    const popup = '.leaflet-popup .gw-popup[data-slug="lesestark-wattenscheid"]';
    await mapPage.page.waitForSelector(popup);
    const facts = await mapPage.page.$$eval(`${popup} .gw-popup__facts dd`, (items) => items.map((dd) => dd.textContent ?? ""));
    assert.match(facts[0] ?? "", / mit KMU$/);
    assert.is(facts[1], "abgeschlossen (2012 bis 2019)");
    for (const { properties } of site.networks.features) {
      const page = await (await fetch(`${site.server.origin}${properties.url}`)).text();
      // The network page's status line: <dd><span class="status status--…">label</span> (years)</dd>
      const stand = /<dd>(<span class="status status--[^"]*">[^<]*<\/span>[^<]*)<\/dd>/.exec(page)?.[1]?.replace(/<[^>]*>/g, "");
      assert.ok(stand, `${properties.url}: no status line`);
      await mapPage.page.evaluate(async (slug) => (await window.gwMap!).select(slug), properties.slug);
      const facts = await mapPage.page.$$eval(`.leaflet-popup .gw-popup[data-slug="${properties.slug}"] .gw-popup__facts dd`, (items) => items.map((dd) => dd.textContent));
      assert.is(facts[1], stand, properties.slug);
    }
  });

  loading("entry text is shown as text: the hostile entry runs nothing", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const hostile = site.networks.features.find((f) => f.properties.slug === HOSTILE_SLUG)?.properties;
    assert.ok(hostile, "Fixture-Eintrag zz-feindlicher-eintrag fehlt");
    assert.match(hostile.title, "<script>");
    await mapPage.page.evaluate(async (slug) => (await window.gwMap!).select(slug), HOSTILE_SLUG);
    const popup = `.leaflet-popup .gw-popup[data-slug="${HOSTILE_SLUG}"]`;
    await mapPage.page.waitForSelector(popup);
    assert.is(await mapPage.page.textContent(`${popup} .gw-popup__title`), hostile.title);
    assert.is(await mapPage.page.textContent(`${popup} .gw-popup__summary`), hostile.summary);
    assert.is(await mapPage.page.$$eval(`${popup} img, ${popup} script, ${popup} b`, (found) => found.length), 0);
    // Search for it too: the text search must treat markup as words.
    await mapPage.page.fill("input[name=suche]", "onerror");
    await mapPage.page.waitForFunction((slug) => document.querySelectorAll("[data-map-list] li[data-slug]:not([hidden])").length === 1 && !!document.querySelector(`li[data-slug="${slug}"]:not([hidden])`), HOSTILE_SLUG);
    assert.equal(mapPage.log.dialogs, []);
    assert.is(await mapPage.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), undefined);
  });

  loading("a marker's tooltip shows the hostile title as text, not as markup", async ({ site, mapPage }) => {
    await openMap(mapPage, site, `?netzwerk=${HOSTILE_SLUG}`);
    const hostile = site.networks.features.find((f) => f.properties.slug === HOSTILE_SLUG)!.properties;
    const marker = `.leaflet-marker-icon[data-slug="${HOSTILE_SLUG}"]`;
    await mapPage.page.waitForSelector(marker);
    await mapPage.page.hover(marker, { force: true });
    await mapPage.page.waitForSelector(".leaflet-tooltip");
    assert.is(await mapPage.page.textContent(".leaflet-tooltip"), hostile.title);
    assert.is(await mapPage.page.$$eval(".leaflet-tooltip script, .leaflet-tooltip img, .leaflet-tooltip b", (found) => found.length), 0);
    assert.equal(mapPage.log.dialogs, []);
  });

  loading("runs under the strict CSP without console errors", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await mapPage.page.check("input[name=thema][value=bildung]");
    await mapPage.page.click(".leaflet-marker-icon[data-slug]");
    await mapPage.page.waitForSelector(".leaflet-popup");
    await mapPage.page.click(".gw-background-toggle");
    await mapPage.page.waitForTimeout(100);
    assert.equal(mapPage.log.errors, []);
    assert.equal(await cspViolations(mapPage.page), []);
  });

  loading("without JavaScript the page lists every network", async ({ browser, site }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}/karte/`);
      assert.is(await page.$$eval("li[data-slug]:not([hidden])", (items) => items.length), site.networks.features.length);
      assert.ok(await page.$eval("[data-map-canvas]", (canvas) => canvas.hasAttribute("hidden")));
    } finally {
      await context.close();
    }
  });

  loading.run();

  const filter = mapSuite("Karte: Filter", { page: true });

  filter("each challenge filter shows exactly its networks in map, list and count", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await showAllOfNrw(mapPage.page);
    const total = site.networks.features.length;
    for (const challenge of site.config.challenges) {
      const expected = slugsWhere(site, (p) => p.challenges.includes(challenge.slug));
      const checkbox = `input[name=thema][value="${challenge.slug}"]`;
      await mapPage.page.check(checkbox);
      assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(expected), challenge.slug);
      assert.is((await markerTotals(mapPage.page)).total, expected.length, `Marker für ${challenge.slug}`);
      const count = await mapPage.page.textContent("[data-map-count]");
      assert.is(count, expected.length === total ? `Alle ${total} Netzwerke` : `${expected.length} von ${total} Netzwerken`);
      const label = await mapPage.page.$eval(checkbox, (input) => input.closest("label")?.textContent ?? "");
      assert.match(label, `(${expected.length})`);
      await mapPage.page.uncheck(checkbox);
    }
  });

  filter("going back to an earlier selection shows its networks again (its clusters are reused)", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await showAllOfNrw(mapPage.page);
    const [first, second] = site.config.challenges.filter((c) => slugsWhere(site, (p) => p.challenges.includes(c.slug)).length > 0);
    assert.ok(first && second, "zwei Themen mit Netzwerken");
    const onlyFirst = slugsWhere(site, (p) => p.challenges.includes(first.slug));
    const both = slugsWhere(site, (p) => p.challenges.includes(first.slug) || p.challenges.includes(second.slug));
    const steps: [string, () => Promise<void>, readonly string[]][] = [
      ["erstes Thema", () => mapPage.page.check(`input[name=thema][value="${first.slug}"]`), onlyFirst],
      ["beide Themen", () => mapPage.page.check(`input[name=thema][value="${second.slug}"]`), both],
      ["zurück zum ersten", () => mapPage.page.uncheck(`input[name=thema][value="${second.slug}"]`), onlyFirst],
      ["zurück zu allen", () => mapPage.page.uncheck(`input[name=thema][value="${first.slug}"]`), site.networks.features.map((f) => f.properties.slug)],
      ["wieder das erste", () => mapPage.page.check(`input[name=thema][value="${first.slug}"]`), onlyFirst],
    ];
    for (const [label, act, expected] of steps) {
      await act();
      assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(expected), label);
      assert.is((await markerTotals(mapPage.page)).total, expected.length, `Marker: ${label}`);
    }
  });

  filter("KMU, status, Kreis and text search agree with the data; reset shows all", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await mapPage.page.check("input[name=kmu]");
    assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(slugsWhere(site, (p) => p.hasKmu)));
    await mapPage.page.uncheck("input[name=kmu]");

    await mapPage.page.check("input[name=status][value=in-gruendung]");
    assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(slugsWhere(site, (p) => p.status === "in-gruendung")));
    await mapPage.page.uncheck("input[name=status][value=in-gruendung]");

    await mapPage.page.selectOption("select[name=kreis]", "koeln");
    assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(slugsWhere(site, (p) => p.kreisSlug === "koeln")));

    await mapPage.page.fill("input[name=suche]", "Porz");
    const porz = slugsWhere(site, (p) => p.kreisSlug === "koeln" && [p.title, p.summary, ...p.partners].join(" ").includes("Porz"));
    assert.ok(porz.length > 0);
    await mapPage.page.waitForFunction((n) => document.querySelectorAll("[data-map-list] li[data-slug]:not([hidden])").length === n, porz.length);
    assert.equal(sorted(await visibleListSlugs(mapPage.page)), sorted(porz));

    await mapPage.page.click(".gw-filter__reset");
    assert.is((await visibleListSlugs(mapPage.page)).length, site.networks.features.length);
    assert.is(await mapPage.page.inputValue("input[name=suche]"), "");
  });

  filter("on a phone the filters start collapsed", async ({ browser, site }) => {
    const phone = await newMapPage(browser, { viewport: { width: 375, height: 740 } });
    try {
      await openMap(phone, site);
      assert.not.ok(await phone.page.$eval("details.gw-filter", (d) => (d as HTMLDetailsElement).open));
      await phone.page.click("details.gw-filter > summary");
      assert.ok(await phone.page.isVisible("input[name=thema][value=bildung]"));
    } finally {
      await phone.context.close();
    }
  });

  filter.run();

  const url = mapSuite("Karte: Zustand in der Adresse", { page: true });

  url("filters are written to the URL, and opening that URL restores them", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    await mapPage.page.check("input[name=thema][value=quartier]");
    await mapPage.page.check("input[name=thema][value=bildung]");
    await mapPage.page.check("input[name=kmu]");
    // The address follows right after the result is painted.
    await mapPage.page.waitForURL((u) => u.search === "?thema=bildung,quartier&kmu=ja");
    const shared = new URL(mapPage.page.url());
    const expected = await visibleListSlugs(mapPage.page);

    const other = await newMapPage(mapPage.context.browser()!);
    try {
      await openMap(other, site, shared.search);
      assert.ok(await other.page.isChecked("input[name=thema][value=quartier]"));
      assert.ok(await other.page.isChecked("input[name=thema][value=bildung]"));
      assert.ok(await other.page.isChecked("input[name=kmu]"));
      assert.equal(await visibleListSlugs(other.page), expected);
    } finally {
      await other.context.close();
    }
  });

  url("back and forward restore earlier filters", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    await page.check("input[name=thema][value=quartier]");
    const quartier = await visibleListSlugs(page);
    await page.check("input[name=thema][value=familie]");
    await page.waitForURL((u) => u.search.includes("thema=quartier,familie"));

    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector("input[name=thema][value=familie]") as HTMLInputElement).checked);
    assert.ok(await page.isChecked("input[name=thema][value=quartier]"));
    assert.equal(await visibleListSlugs(page), quartier);

    await page.goBack();
    await page.waitForFunction(() => !(document.querySelector("input[name=thema][value=quartier]") as HTMLInputElement).checked);
    assert.is((await visibleListSlugs(page)).length, site.networks.features.length);

    await page.goForward();
    await page.waitForFunction(() => (document.querySelector("input[name=thema][value=quartier]") as HTMLInputElement).checked);
    assert.equal(await visibleListSlugs(page), quartier);
  });

  url("a link with netzwerk= and ansicht= opens that network at that view", async ({ site, mapPage }) => {
    const slug = site.networks.features[0]!.properties.slug;
    await openMap(mapPage, site, `?netzwerk=${slug}&ansicht=12/51.2000/7.1000`);
    await mapPage.page.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"]`);
    assert.is(await mapPage.page.evaluate(async () => (await window.gwMap!).map.getZoom()), 12);
    assert.is(await mapPage.page.getAttribute(`li[data-slug="${slug}"]`, "aria-current"), "true");
  });

  url.run();

  const region = mapSuite("Karte: Region", { page: true });

  region("choosing a Kreis brings it into view, also after a reload; clearing it shows NRW again", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    const view = () => page.evaluate(async () => (await window.gwMap!).map.getZoom());
    const nrwZoom = await view();
    await page.selectOption("select[name=kreis]", "koeln");
    const koelnZoom = await view();
    assert.ok(koelnZoom >= nrwZoom + 2, `Köln: Zoom ${koelnZoom}, NRW: ${nrwZoom}`);
    await page.waitForURL((u) => u.search === "?kreis=koeln");
    await page.reload();
    await waitForMap(page);
    assert.is(await view(), koelnZoom, "the address restores the same view without storing it");
    await page.selectOption("select[name=kreis]", "");
    assert.is(await view(), nrwZoom);
  });

  region.run();

  const footprint = mapSuite("Karte: Wirkungsgebiet", { page: true });

  footprint("selecting a network with an area outlines its footprint; one without shows none", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    const withArea = site.networks.features.find((f) => f.properties.slug === "pflegebuendnis-lippe")!;
    assert.ok(withArea.properties.hasFootprint, "fixture: Pflegebündnis Lippe has an area");
    const outlines = () => page.$$eval(".leaflet-overlay-pane path[stroke-dasharray]", (paths) => paths.length);
    assert.is(await outlines(), 0, "no footprint before a selection");
    assert.not.ok(mapPage.log.requests.some((url) => url.endsWith("/daten/wirkungsgebiete.geojson")), "footprints are not loaded up front");
    await page.click('button[data-map-select="pflegebuendnis-lippe"]');
    await page.waitForSelector(".leaflet-overlay-pane path[stroke-dasharray]");
    assert.ok(mapPage.log.requests.some((url) => url.endsWith("/daten/wirkungsgebiete.geojson")), "footprints load on first use");
    await page.keyboard.press("Escape");
    await page.click('button[data-map-select="bildungskette-gelsenkirchen-altstadt"]');
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-overlay-pane path[stroke-dasharray]").length === 0);
  });

  footprint.run();

  const keyboard = mapSuite("Karte: Tastatur", { page: true });

  keyboard("Tab reaches a filter, Space toggles it; Enter on a list entry opens its popup, Escape returns", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    const isActive = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    let presses = 0;
    while (!(await isActive("input[name=thema]")) && presses++ < 80) await page.keyboard.press("Tab");
    assert.ok(await isActive("input[name=thema]"), "Tab erreicht keinen Themenfilter");
    const challenge = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press("Space");
    assert.ok(await page.isChecked(`input[name=thema][value="${challenge}"]`));
    assert.equal(sorted(await visibleListSlugs(page)), sorted(slugsWhere(site, (p) => p.challenges.includes(challenge))));

    presses = 0;
    while (!(await isActive("[data-map-list] button[data-map-select]")) && presses++ < 400) await page.keyboard.press("Tab");
    assert.ok(await isActive("[data-map-list] button[data-map-select]"), "Tab erreicht die Liste nicht");
    const slug = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.mapSelect!);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"]`);
    assert.ok(await isActive(".leaflet-popup a"), "Fokus ist nicht im Popup");
    await page.keyboard.press("Escape");
    await page.waitForSelector(".leaflet-popup", { state: "detached" });
    assert.ok(await isActive(`button[data-map-select="${slug}"]`), "Fokus kehrt nicht zur Liste zurück");
  });

  keyboard("a focused marker opens its popup with Enter", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const slug = await mapPage.page.getAttribute(".leaflet-marker-icon[data-slug]", "data-slug");
    await mapPage.page.focus(`.leaflet-marker-icon[data-slug="${slug}"]`);
    await mapPage.page.keyboard.press("Enter");
    await mapPage.page.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"]`);
  });

  keyboard.run();

  const privacy = mapSuite("Karte: Datenschutz", { page: true });

  privacy("nothing is requested from another origin before consent; afterwards only tiles, remembered without cookies", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page, log, context } = mapPage;
    await page.check("input[name=thema][value=bildung]");
    await page.click(".leaflet-marker-icon");
    const origin = site.server.origin;
    assert.equal(log.requests.filter((u) => !u.startsWith(`${origin}/`)), []);

    await page.click("button.gw-background-toggle");
    await page.waitForSelector("img.leaflet-tile-loaded");
    const foreign = log.requests.filter((u) => !u.startsWith(`${origin}/`));
    assert.ok(foreign.length > 0);
    assert.equal(foreign.filter((u) => !u.startsWith(`${TILE_ORIGIN}/`)), []);
    assert.is(await page.getAttribute("button.gw-background-toggle", "aria-pressed"), "true");

    // Remembered across visits, in localStorage only.
    const before = log.requests.length;
    await page.reload();
    await waitForMap(page);
    await page.waitForSelector("img.leaflet-tile-loaded");
    assert.ok(log.requests.slice(before).some((u) => u.startsWith(`${TILE_ORIGIN}/`)));
    assert.equal(await context.cookies(), []);

    // Withdrawing stops the tiles.
    await page.click("button.gw-background-toggle");
    assert.is(await page.$$eval("img.leaflet-tile", (tiles) => tiles.length), 0);
    const afterWithdraw = log.requests.length;
    await page.reload();
    await waitForMap(page);
    assert.equal(log.requests.slice(afterWithdraw).filter((u) => !u.startsWith(`${origin}/`)), []);
    assert.ok(await page.isVisible("text=© GeoBasis-DE / BKG (2017)"));
  });

  privacy.run();

  const nearby = mapSuite("Karte: In meiner Nähe", { page: true });

  nearby("choosing a Gemeinde sorts the list by distance and goes into the URL", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    await page.fill(".gw-nearby input", "Olpe");
    await page.click(".gw-nearby button[type=submit]");
    await page.waitForFunction(() => location.search.includes("nahe="));
    const first = (await visibleListSlugs(page))[0];
    const olpe = site.networks.features.filter((f) => f.properties.gemeinde === "Olpe").map((f) => f.properties.slug);
    assert.ok(olpe.includes(first!), `erstes Netzwerk ${first} liegt nicht in Olpe`);
    assert.match((await page.textContent(`li[data-slug="${first}"] .gw-distance`)) ?? "", /entfernt/);
  });

  nearby.run();
}
