/**
 * The map page /karte/ against the findings of the usability audit, in Chromium: popups whole and
 * clear of the controls on desktop and phone, focus inside the visible popup; a message and a reset
 * button when nothing matches; unknown places in the address ignored; count and list right under
 * the map; one history entry per filter, none per popup; the words visitors see elsewhere.
 */
import * as assert from "uvu/assert";
import type { Browser, Page } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { mapSuite } from "./browser-suite.ts";
import { markerTotals, newMapPage, openMap, visibleListSlugs, waitForMap, type MapPage } from "./map-page.ts";

interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Opens a page of `viewport` size, runs `use`, and closes it again (also when `use` fails). */
async function withMapPage(browser: Browser, viewport: { width: number; height: number }, use: (mapPage: MapPage) => Promise<void>): Promise<void> {
  const mapPage = await newMapPage(browser, { viewport });
  // The site scrolls smoothly; positions are measured once the page stands still.
  await mapPage.page.emulateMedia({ reducedMotion: "reduce" });
  try {
    await use(mapPage);
  } finally {
    await mapPage.context.close();
  }
}

/** Everything that is wrong with the open popup's place: outside the map, under a control, map box scrolled. */
async function popupProblems(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const container = document.querySelector<HTMLElement>("[data-map-canvas]")!;
    const popup = document.querySelector(".leaflet-popup");
    return {
      map: container.getBoundingClientRect().toJSON() as Box,
      popup: popup ? (popup.getBoundingClientRect().toJSON() as Box) : null,
      controls: [...container.querySelectorAll(".leaflet-control")].map((c) => ({ name: c.className, box: c.getBoundingClientRect().toJSON() as Box })),
      scrolled: [container.scrollTop, container.scrollLeft],
    };
  });
  if (!found.popup) return ["no popup open"];
  const problems: string[] = [];
  const { map, popup } = found;
  if (popup.top < map.top - 0.5 || popup.left < map.left - 0.5 || popup.right > map.right + 0.5 || popup.bottom > map.bottom + 0.5) {
    problems.push(`popup ${JSON.stringify(popup)} outside the map ${JSON.stringify(map)}`);
  }
  for (const { name, box } of found.controls) {
    const overlaps = box.left < popup.right && popup.left < box.right && box.top < popup.bottom && popup.top < box.bottom;
    if (overlaps) problems.push(`popup under the control "${name}"`);
  }
  if (found.scrolled.some((n) => n !== 0)) problems.push(`map box scrolled by ${found.scrolled.join("/")}`);
  return problems;
}

function selectNetwork(page: Page, slug: string): Promise<void> {
  return page.evaluate(async (s) => (await window.gwMap!).select(s), slug);
}

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return { top: b.y, left: b.x, right: b.x + b.width, bottom: b.y + b.height };
}

if (browserAvailable("Karte: Bedienbarkeit (Browser-Tests)")) {
  const popups = mapSuite("Karte: Popups ganz sichtbar");

  popups("'Auf der Karte zeigen' for a network at NRW's northern edge shows its whole popup, with focus on its visible title", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page, log } = mapPage;
      await openMap(mapPage, site);
      await page.click('button[data-map-select="pflegebuendnis-lippe"]');
      await page.waitForSelector('.leaflet-popup .gw-popup[data-slug="pflegebuendnis-lippe"]');
      assert.equal(await popupProblems(page), []);
      assert.ok(await page.evaluate(() => document.activeElement?.matches(".gw-popup__title a") ?? false), "focus on the popup's title link");
      const title = await box(page, ".gw-popup__title a");
      const map = await box(page, "[data-map-canvas]");
      assert.ok(title.top >= map.top && title.bottom <= map.bottom, "the focused title lies inside the map");
      // The visitor came from far down the list: the whole map is scrolled into view.
      assert.ok(map.top >= -1 && map.bottom <= DESKTOP.height + 1, `map at ${map.top}–${map.bottom} px in the window`);
      assert.equal(log.errors, []);
    });
  });

  popups("on a phone the popup is no wider than the map and clear of the background-map box", async ({ browser, site }) => {
    await withMapPage(browser, PHONE, async (mapPage) => {
      await openMap(mapPage, site, "?netzwerk=wohnpartnerschaften-aachen");
      await mapPage.page.waitForSelector('.leaflet-popup .gw-popup[data-slug="wohnpartnerschaften-aachen"]');
      assert.equal(await popupProblems(mapPage.page), []);
    });
  });

  popups("every network's popup fits on desktop and phone, opened from the list or the address", async ({ browser, site }) => {
    for (const viewport of [DESKTOP, PHONE, { width: 320, height: 640 }]) {
      await withMapPage(browser, viewport, async (mapPage) => {
        await openMap(mapPage, site);
        for (const { properties } of site.networks.features) {
          await selectNetwork(mapPage.page, properties.slug);
          assert.equal(await popupProblems(mapPage.page), [], `${properties.slug} at ${viewport.width} px`);
        }
      });
    }
  });

  popups("showing a network never zooms the map out", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      await openMap(mapPage, site);
      const zoom = () => mapPage.page.evaluate(async () => (await window.gwMap!).map.getZoom());
      const before = await zoom();
      await selectNetwork(mapPage.page, "pflegebuendnis-lippe");
      assert.ok((await zoom()) >= before, `zoom ${await zoom()} < ${before}`);
    });
  });

  popups.run();

  const empty = mapSuite("Karte: Keine Treffer");

  empty("a filter without results says so in the list, names the filters and offers a reset by keyboard", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      const matching = site.networks.features.filter((f) => f.properties.challenges.includes("inklusion") && f.properties.kreisSlug === "kreis-lippe");
      assert.is(matching.length, 0, "fixture: no Inklusion network in Kreis Lippe");
      await page.goto(`${site.server.origin}/karte/?thema=inklusion&kreis=kreis-lippe`);
      await page.evaluate(() => window.gwMap!.then(() => undefined));
      const message = page.locator("[data-map-list] .gw-map-empty [role=status]");
      assert.is(await message.textContent(), "Keine Netzwerke für diese Auswahl: Thema „Inklusion und Teilhabe“, Region „Kreis Lippe“.");
      assert.ok(await message.isVisible());
      assert.match((await page.textContent("[data-map-count]")) ?? "", /^0 von \d+ Netzwerken$/);

      const reset = page.locator(".gw-map-empty__reset");
      assert.is(await reset.textContent(), "Filter zurücksetzen");
      await reset.focus();
      await page.keyboard.press("Enter");
      assert.is((await visibleListSlugs(page)).length, site.networks.features.length);
      assert.is(await message.textContent(), "");
      assert.ok(await reset.isHidden());
      await page.waitForFunction(() => location.search === "");
      assert.ok(await page.evaluate(() => document.activeElement?.id === "karte-liste"), "focus goes on to the list, not to the page's start");
    });
  });

  empty("the message is a live region from the start, so screen readers hear it when it appears", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      await openMap(mapPage, site);
      const message = page.locator("[data-map-list] .gw-map-empty [role=status]");
      assert.is(await message.count(), 1);
      assert.is(await message.textContent(), "");
      await page.fill("input[name=suche]", "zzz-nichts");
      await page.waitForFunction(() => (document.querySelector(".gw-map-empty [role=status]")?.textContent ?? "") !== "");
      assert.is(await message.textContent(), "Keine Netzwerke für diese Auswahl: Suche „zzz-nichts“.");
    });
  });

  empty.run();

  const address = mapSuite("Karte: Orte in der Adresse");

  address("an unknown Kreis or Regierungsbezirk in the address is ignored instead of emptying the map", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      const total = site.networks.features.length;
      for (const search of ["?kreis=lippe", "?bezirk=nirgendwo"]) {
        await openMap(mapPage, site, search);
        assert.is(await page.textContent("[data-map-count]"), `Alle ${total} Netzwerke`, search);
        assert.is(await page.textContent(".gw-filter__active"), "", `${search}: no active filter`);
        assert.is((await markerTotals(page)).total > 0, true, search);
      }
    });
  });

  address("known places are chosen in the panel; the short Regierungsbezirk works as in embeds", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      await openMap(mapPage, site, "?bezirk=detmold");
      assert.is(await page.inputValue("select[name=bezirk]"), "regierungsbezirk-detmold");
      const detmold = site.networks.features.filter((f) => f.properties.regierungsbezirkSlug === "regierungsbezirk-detmold").length;
      assert.is(await page.textContent("[data-map-count]"), `${detmold} von ${site.networks.features.length} Netzwerken`);
    });
  });

  address.run();

  const layout = mapSuite("Karte: Anordnung");

  for (const width of [1024, 1280, 1600]) {
    layout(`at ${width} px the count sits right under the map and the list right under the count; "In meiner Nähe" is in the filter box`, async ({ browser, site }) => {
      await withMapPage(browser, { width, height: 900 }, async (mapPage) => {
        await openMap(mapPage, site);
        const { page } = mapPage;
        const map = await box(page, "[data-map-canvas]");
        const count = await box(page, "[data-map-count]");
        const list = await box(page, "[data-map-list]");
        const controls = await box(page, "[data-map-controls]");
        const filter = await box(page, ".gw-filter");
        const nearby = await box(page, ".gw-nearby");
        assert.ok(count.top - map.bottom <= 24, `count ${count.top - map.bottom} px below the map`);
        assert.ok(list.top - count.bottom <= 24, `list ${list.top - count.bottom} px below the count`);
        assert.ok(map.left > controls.right, "filters beside the map");
        assert.ok(nearby.top >= controls.top && nearby.bottom <= controls.bottom && nearby.left >= controls.left && nearby.right <= controls.right, "In meiner Nähe inside the filter box");
        assert.ok(nearby.top - filter.bottom <= 2, "In meiner Nähe right after the filters");
      });
    });
  }

  layout("on a phone: filters, map, count and list one below the other, without gaps; nothing scrolls sideways at 320 px", async ({ browser, site }) => {
    for (const viewport of [PHONE, { width: 320, height: 640 }]) {
      await withMapPage(browser, viewport, async (mapPage) => {
        await openMap(mapPage, site);
        const { page } = mapPage;
        const controls = await box(page, "[data-map-controls]");
        const map = await box(page, "[data-map-canvas]");
        const count = await box(page, "[data-map-count]");
        const list = await box(page, "[data-map-list]");
        assert.ok(controls.bottom <= map.top && map.top - controls.bottom <= 24, `${viewport.width}: filters right above the map`);
        assert.ok(count.top - map.bottom <= 24 && list.top - count.bottom <= 24, `${viewport.width}: count and list right under the map`);
        assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= viewport.width, `${viewport.width}: scrolls sideways`);
      });
    }
  });

  layout.run();

  const history = mapSuite("Karte: Verlauf");

  history("popups replace the history entry: after a filter and two popups, two steps back leave the map", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      await page.goto(`${site.server.origin}/`);
      await openMap(mapPage, site);
      await page.check("input[name=thema][value=gesundheit-pflege]");
      await page.waitForFunction(() => location.search === "?thema=gesundheit-pflege");
      const slugs = (await visibleListSlugs(page)).slice(0, 2);
      assert.is(slugs.length, 2);
      for (const slug of slugs) {
        await page.click(`button[data-map-select="${slug}"]`);
        await page.waitForFunction((s) => new URLSearchParams(location.search).get("netzwerk") === s, slug);
        await page.keyboard.press("Escape");
        await page.waitForFunction(() => !new URLSearchParams(location.search).has("netzwerk"));
      }
      await page.goBack();
      await page.waitForFunction(() => !(document.querySelector("input[name=thema][value=gesundheit-pflege]") as HTMLInputElement).checked);
      assert.is(new URL(page.url()).pathname, "/karte/", "the first step undoes the filter");
      await page.goBack();
      await page.waitForURL(`${site.server.origin}/`);
    });
  });

  history("after only looking at popups, one step back leaves the map", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      await page.goto(`${site.server.origin}/`);
      await openMap(mapPage, site);
      await page.click('button[data-map-select="pflegebuendnis-lippe"]');
      await page.waitForFunction(() => new URLSearchParams(location.search).get("netzwerk") === "pflegebuendnis-lippe");
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => !new URLSearchParams(location.search).has("netzwerk"));
      await page.click(".leaflet-marker-icon[data-slug]");
      await page.waitForFunction(() => new URLSearchParams(location.search).has("netzwerk"));
      await page.goBack();
      await page.waitForURL(`${site.server.origin}/`);
      // Forward restores the map with the network last looked at.
      await page.goForward();
      await waitForMap(page);
      await page.waitForSelector(".leaflet-popup .gw-popup");
    });
  });

  history.run();

  const words = mapSuite("Karte: Begriffe");

  words("the map calls challenges 'Themen' and the status 'Status', as the rest of the site does", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      await openMap(mapPage, site, "?netzwerk=pflegebuendnis-lippe");
      const { page } = mapPage;
      await page.waitForSelector(".leaflet-popup .gw-popup");
      const legends = await page.$$eval(".gw-filter legend", (items) => items.map((l) => l.textContent));
      assert.equal(legends, ["Themen", "Status"]);
      assert.is(await page.textContent(".gw-legend summary"), "Legende: Farbe = erstes Thema");
      assert.is(await page.getAttribute(".gw-popup__challenges", "aria-label"), "Themen");
      const controlsText = await page.evaluate(() => [document.querySelector(".page-header")!, document.querySelector("[data-map-controls]")!, document.querySelector("[data-map-canvas]")!].map((e) => (e as HTMLElement).innerText).join("\n"));
      assert.not.match(controlsText, "Herausforderung");
      assert.not.match(controlsText, /\bStand\b/);
    });
  });

  words("the KMU option is set like the other options, not like a field label", async ({ browser, site }) => {
    await withMapPage(browser, DESKTOP, async (mapPage) => {
      await openMap(mapPage, site);
      const weight = (selector: string) => mapPage.page.$eval(selector, (input) => getComputedStyle(input.closest("label")!).fontWeight);
      assert.is(await weight("input[name=kmu]"), await weight("input[name=status]"));
      assert.is(await weight("input[name=kmu]"), await weight("input[name=thema]"));
    });
  });

  words.run();
}
