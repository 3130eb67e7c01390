/**
 * No marker starts hidden under a control, in Chromium: the desktop map's open background-map box
 * in the top-right corner used to cover Minden in the view of all NRW, and the collapsed
 * "Hintergrundkarte" button of small embeds did the same, and so did the legend of embeds 200 px
 * high. Checked for the first view, for a Kreis chosen in the filters, for "Filter zurücksetzen",
 * and for embeds of several sizes.
 */
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { mapSuite } from "./browser-suite.ts";
import { newMapPage, openMap, waitForMap, type MapPage } from "./map-page.ts";
import { markersUnderControls } from "./map-boxes.ts";

const DESKTOP = { width: 1280, height: 900 };
/** The control in the top-right corner: the background map's box, or its collapsed button. */
const TOP_RIGHT = ".leaflet-top.leaflet-right .leaflet-control";
/**
 * Embeds (page width × map height) with the collapsed button: a partner's column at the default
 * height, and low frames down to the smallest allowed. At 320 × 200 NRW at the lowest zoom only
 * just fits between the controls: with the legend's summary line along the bottom, no view kept
 * every marker clear (two stayed covered) until low maps got the short legend in the bottom-right
 * corner (legend-control.ts).
 */
const EMBEDS = [
  { width: 400, height: 480 },
  { width: 320, height: 320 },
  { width: 320, height: 200 },
  { width: 320, height: 260 },
  { width: 600, height: 200 },
  { width: 1100, height: 300 },
] as const;

async function withPage(browser: Browser, viewport: { width: number; height: number }, use: (mapPage: MapPage) => Promise<void>): Promise<void> {
  const mapPage = await newMapPage(browser, { viewport });
  try {
    await use(mapPage);
  } finally {
    await mapPage.context.close();
  }
}

const zoom = (mapPage: MapPage) => mapPage.page.evaluate(async () => (await window.gwMap!).map.getZoom());

if (browserAvailable("Karte: Marker frei von Bedienelementen (Browser-Tests)")) {
  const clear = mapSuite("Karte: kein Marker unter Bedienelementen");

  clear("on the desktop map the first view of NRW leaves Minden and every other marker clear of the background-map box", async ({ browser, site }) => {
    await withPage(browser, DESKTOP, async (mapPage) => {
      await openMap(mapPage, site);
      const frame = mapPage.page.mainFrame();
      assert.ok(await mapPage.page.isVisible(".gw-background-notice"), "the open box with its notice, not the collapsed button");
      assert.equal(await markersUnderControls(frame, TOP_RIGHT), []);
      assert.equal(await markersUnderControls(frame), [], "nor under zoom buttons, legend or attribution");
      assert.ok(await mapPage.page.isVisible('.leaflet-marker-icon[data-slug="schichtbetreuung-minden-herford"]'), "Minden drawn on its own");
    });
  });

  clear("a Kreis chosen in the filters, and 'Filter zurücksetzen' back to NRW, leave every marker clear", async ({ browser, site }) => {
    await withPage(browser, DESKTOP, async (mapPage) => {
      const { page } = mapPage;
      await openMap(mapPage, site);
      const nrwZoom = await zoom(mapPage);
      // Herford: its network sits in the Kreis's north-east, where the box is.
      await page.selectOption("select[name=kreis]", "kreis-herford");
      assert.ok((await zoom(mapPage)) > nrwZoom + 2, "the Kreis is shown");
      assert.equal(await markersUnderControls(page.mainFrame()), []);
      await page.click(".gw-filter__reset");
      await page.waitForFunction(() => (document.querySelector("select[name=kreis]") as HTMLSelectElement).value === "");
      assert.is(await zoom(mapPage), nrwZoom, "the same view of NRW as at first");
      assert.equal(await markersUnderControls(page.mainFrame()), []);
    });
  });

  for (const size of EMBEDS) {
    clear(`an embed ${size.width} px wide with a ${size.height} px map starts with no marker under its controls`, async ({ browser, site }) => {
      await withPage(browser, { width: size.width, height: 720 }, async ({ page }) => {
        await page.goto(`${site.server.origin}/embed/?hoehe=${size.height}`);
        await waitForMap(page);
        assert.ok(await page.isVisible(".gw-background-disclosure"), "the collapsed button");
        assert.equal(await markersUnderControls(page.mainFrame()), []);
      });
    });
  }

  clear.run();
}
