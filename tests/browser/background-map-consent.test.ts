/**
 * The background map's consent in Chromium: what the visitor reads before agreeing (visible text,
 * not a tooltip), what is stored, and that hiding the background map withdraws the stored consent.
 * Requests and persistence across visits are covered by map.test.ts ("Karte: Datenschutz").
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { acquireBrowser, browserAvailable, releaseBrowser } from "../../scripts/browser/chromium.ts";
import { CONSENT_STORAGE_KEY } from "../../assets/map/consent-storage.ts";
import { cspViolations, newMapPage, openMap, serveMapSite, waitForMap, type MapPage, type MapSite } from "./map-page.ts";

interface Context {
  browser: Browser;
  site: MapSite;
  mapPage: MapPage;
}

const TOGGLE = "button.gw-background-toggle";
const NOTICE = ".gw-background-notice";

if (browserAvailable("Hintergrundkarte (Browser-Tests)")) {
  const consent = suite<Context>("Hintergrundkarte: Zustimmung und Widerruf", {} as Context);
  consent.before(async (context) => {
    context.browser = await acquireBrowser();
    context.site = await serveMapSite();
  });
  consent.before.each(async (context) => {
    context.mapPage = await newMapPage(context.browser);
  });
  consent.after.each(async (context) => {
    await context.mapPage.context.close();
  });
  consent.after(async (context) => {
    await context.site?.close();
    await releaseBrowser();
  });

  const stored = (mapPage: MapPage) => mapPage.page.evaluate((key) => localStorage.getItem(key), CONSENT_STORAGE_KEY);

  consent("before agreeing, visible text next to the button says where the IP address goes and links the privacy policy", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    assert.ok(await page.isVisible(NOTICE), "the notice is on screen, not in a tooltip");
    const notice = (await page.textContent(NOTICE)) ?? "";
    assert.match(notice, "tile.openstreetmap.org");
    assert.match(notice, "IP-Adresse");
    assert.is(await page.getAttribute(TOGGLE, "title"), null, "no tooltip-only notice");
    // Screen readers hear the notice with the button.
    const describedBy = (await page.getAttribute(TOGGLE, "aria-describedby")) ?? "";
    assert.ok(describedBy, "aria-describedby");
    assert.match((await page.textContent(`[id="${describedBy}"]`)) ?? "", "IP-Adresse");
    assert.is(await page.getAttribute(`${NOTICE} a`, "href"), "/datenschutz/#hintergrundkarte");
    assert.is(await page.getAttribute(`${NOTICE} a`, "target"), null, "on /karte/ the policy opens in the same tab");
    // The link leads to the section that explains the background map.
    await page.click(`${NOTICE} a`);
    await page.waitForURL(`${site.server.origin}/datenschutz/#hintergrundkarte`);
    assert.match((await page.textContent("#hintergrundkarte")) ?? "", "Hintergrundkarte");
    assert.equal(mapPage.log.errors, []);
  });

  consent("both button and link are reached with the keyboard", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    await page.focus(TOGGLE);
    await page.keyboard.press("Enter");
    await page.waitForSelector("img.leaflet-tile-loaded");
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.closest(".gw-background-notice") !== null), true, "Tab moves from the button to the policy link");
  });

  consent("agreeing stores the consent and says so; hiding the background map removes it", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    assert.is(await stored(mapPage), null);

    await page.click(TOGGLE);
    await page.waitForSelector("img.leaflet-tile-loaded");
    assert.is(await stored(mapPage), "ja");
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    const agreed = (await page.textContent(NOTICE)) ?? "";
    assert.match(agreed, "gespeichert");
    assert.match(agreed, "Ausblenden widerruft sie");

    // A later visit starts with the background map and offers the same way back.
    await page.reload();
    await waitForMap(page);
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    assert.match((await page.textContent(NOTICE)) ?? "", "gespeichert");

    await page.click(TOGGLE);
    assert.is(await stored(mapPage), null, "withdrawing deletes the stored consent");
    assert.is(await page.$$eval("img.leaflet-tile", (tiles) => tiles.length), 0);
    assert.match((await page.textContent(NOTICE)) ?? "", "IP-Adresse");
    assert.equal(await cspViolations(page), []);
  });

  consent("the privacy policy names the very key and value the control stores", async ({ site }) => {
    const policy = await (await fetch(`${site.server.origin}/datenschutz/`)).text();
    assert.match(policy, `<code>${CONSENT_STORAGE_KEY}</code> mit dem Wert <code>ja</code>`);
  });

  consent("where storage is blocked, the notice does not claim the consent was stored", async ({ site, mapPage }) => {
    await mapPage.context.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("blocked", "SecurityError");
        },
      });
    });
    await openMap(mapPage, site);
    const { page } = mapPage;
    await page.click(TOGGLE);
    await page.waitForSelector("img.leaflet-tile-loaded");
    const notice = (await page.textContent(NOTICE)) ?? "";
    assert.not.match(notice, "gespeichert");
    assert.match(notice, "bis Sie die Seite verlassen");
  });

  consent("in a partner's frame the policy link opens a new tab", async ({ site, mapPage }) => {
    const { page } = mapPage;
    // The builder's preview is such a frame.
    await page.goto(`${site.server.origin}/einbetten/`);
    const frame = await (await page.waitForSelector("iframe[data-builder-preview]")).contentFrame();
    assert.ok(frame);
    await frame!.waitForSelector(`${NOTICE} a`);
    assert.is(await frame!.getAttribute(`${NOTICE} a`, "target"), "_blank");
    assert.match((await frame!.getAttribute(`${NOTICE} a`, "rel")) ?? "", "noopener");
  });

  consent.run();
}
