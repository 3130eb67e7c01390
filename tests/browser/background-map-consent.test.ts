/**
 * The background map's consent in Chromium: what the visitor reads before agreeing (visible text,
 * not a tooltip), what is stored, and that hiding the background map withdraws the stored consent.
 * On small maps (an embed in a partner's column) the control is collapsed to one button whose
 * panel holds notice and consent button together: nobody can agree without the notice on screen,
 * and no tile is requested before. Requests and persistence across visits on /karte/ are covered
 * by map.test.ts ("Karte: Datenschutz").
 */
import * as assert from "uvu/assert";
import type { Page } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { CONSENT_STORAGE_KEY } from "../../assets/map/consent-storage.ts";
import { mapSuite } from "./browser-suite.ts";
import { cspViolations, openMap, TILE_ORIGIN, waitForMap, type MapPage, type MapSite } from "./map-page.ts";

const TOGGLE = "button.gw-background-toggle";
const NOTICE = ".gw-background-notice";
const DISCLOSURE = "button.gw-background-disclosure";
const CONTROL = ".gw-background-control";
const PANEL = ".gw-background-panel";
/** A partner's narrow frame: the embed's map is 384 × 480 px there, below the threshold. */
const SMALL_EMBED = { width: 400, height: 320 };
/** The collapsed button, and the withdraw button alone, take no more of the map than this (the open box: 224 × 119). */
const SMALL_CONTROL = { width: 200, height: 56 };

/** The control's size on screen. */
async function controlSize(page: Page): Promise<{ width: number; height: number }> {
  const box = await page.locator(CONTROL).boundingBox();
  if (!box) throw new Error(`${CONTROL} is not shown`);
  return { width: box.width, height: box.height };
}

function assertSmall(size: { width: number; height: number }, what: string): void {
  assert.ok(size.width <= SMALL_CONTROL.width && size.height <= SMALL_CONTROL.height, `${what}: ${size.width} × ${size.height} px`);
}

/** Requests sent to the tile server so far. */
const tileRequests = (mapPage: MapPage) => mapPage.log.requests.filter((u) => u.startsWith(`${TILE_ORIGIN}/`));

/**
 * Starts recording, in the page, what could open or close the panel: clicks and keys anywhere (with
 * their target), changes of the button's aria-expanded, and the map's click, popup and resize
 * events. The returned function reads the record, for the message of an assertion that failed.
 */
async function recordPanelEvents(page: Page): Promise<() => Promise<string>> {
  // No named helpers in here: tsx would wrap them in a `__name` call the page does not know.
  await page.evaluate(async (disclosure) => {
    const log: string[] = [];
    (window as unknown as { __panelEvents: string[] }).__panelEvents = log;
    for (const type of ["click", "keydown", "pointerdown", "focusin"]) {
      document.addEventListener(
        type,
        (event) => {
          const target = event.target instanceof Element ? `${event.target.tagName.toLowerCase()}.${[...event.target.classList].join(".")}` : String(event.target);
          log.push(`${Math.round(performance.now())} ${type} ${target}${event instanceof KeyboardEvent ? ` ${event.key}` : ""}`);
        },
        true,
      );
    }
    const button = document.querySelector(disclosure)!;
    new MutationObserver(() => log.push(`${Math.round(performance.now())} aria-expanded=${button.getAttribute("aria-expanded")}`)).observe(button, { attributeFilter: ["aria-expanded"] });
    (await window.gwMap!).map.on("click popupopen resize gwselectionshown", (event) => log.push(`${Math.round(performance.now())} map ${event.type}`));
  }, DISCLOSURE);
  return () => page.evaluate(() => (window as unknown as { __panelEvents: string[] }).__panelEvents.join("\n"));
}

/** Whether focus is on the element `selector` names. */
const focusOn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

const stored = (mapPage: MapPage) => mapPage.page.evaluate((key) => localStorage.getItem(key), CONSENT_STORAGE_KEY);

if (browserAvailable("Hintergrundkarte (Browser-Tests)")) {
  const consent = mapSuite("Hintergrundkarte: Zustimmung und Widerruf", { page: true });

  consent("before agreeing, visible text next to the button says where the IP address goes and links the privacy policy", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    assert.ok(await page.isVisible(NOTICE), "the notice is on screen, not in a tooltip");
    assert.ok(await page.isVisible(TOGGLE), "on the large map the consent button is there at once");
    assert.not.ok(await page.isVisible(DISCLOSURE), "no collapsed button on the large map");
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

  consent("both button and link are reached with the keyboard; focus stays on the button as it turns into the withdraw button", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    await page.focus(TOGGLE);
    await page.keyboard.press("Tab");
    assert.is(await page.evaluate(() => document.activeElement?.closest(".gw-background-notice") !== null), true, "Tab moves from the button to the policy link");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await page.waitForSelector("img.leaflet-tile-loaded");
    assert.ok(await focusOn(page, TOGGLE), "focus stays on the button");
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    assert.is(await page.getAttribute(TOGGLE, "aria-pressed"), "true");
    assert.match((await page.textContent(`${CONTROL} [role=status]`)) ?? "", "Hintergrundkarte geladen");
  });

  consent("agreeing stores the consent and says so; hiding the background map removes it", async ({ site, mapPage }) => {
    await openMap(mapPage, site);
    const { page } = mapPage;
    assert.is(await stored(mapPage), null);

    await page.click(TOGGLE);
    await page.waitForSelector("img.leaflet-tile-loaded");
    assert.is(await stored(mapPage), "ja");
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    // Compact once agreed, on every map size: the withdraw button alone, the notice its description.
    assertSmall(await controlSize(page), "withdraw button on the large map");
    assert.not.ok(await page.isVisible(NOTICE));
    const description = `[id="${await page.getAttribute(TOGGLE, "aria-describedby")}"]`;
    const agreed = (await page.textContent(description)) ?? "";
    assert.match(agreed, "gespeichert");
    assert.match(agreed, "Ausblenden widerruft sie");

    // A later visit starts with the background map and offers the same way back.
    await page.reload();
    await waitForMap(page);
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    assert.match((await page.textContent(description)) ?? "", "gespeichert");

    await page.click(TOGGLE);
    assert.is(await stored(mapPage), null, "withdrawing deletes the stored consent");
    assert.is(await page.$$eval("img.leaflet-tile", (tiles) => tiles.length), 0);
    assert.match((await page.textContent(NOTICE)) ?? "", "IP-Adresse");
    assert.ok(await page.isVisible(NOTICE), "the notice is back before any new consent");
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
    await frame!.waitForSelector(CONTROL);
    // A small preview has the collapsed control: the link is then in its panel.
    if (await frame!.isVisible(DISCLOSURE)) await frame!.click(DISCLOSURE);
    await frame!.waitForSelector(`${NOTICE} a`);
    assert.is(await frame!.getAttribute(`${NOTICE} a`, "target"), "_blank");
    assert.match((await frame!.getAttribute(`${NOTICE} a`, "rel")) ?? "", "noopener");
  });

  consent.run();

  const small = mapSuite("Hintergrundkarte: eingeklappt auf kleinen Karten", { page: SMALL_EMBED });

  /** Opens the embed in the page's small viewport and waits for its map. */
  async function openEmbed({ page }: MapPage, site: MapSite, query = ""): Promise<void> {
    await page.goto(`${site.server.origin}/embed/${query}`);
    await waitForMap(page);
  }

  small("the control is one small button; consent button and notice are out of reach until it is opened", async ({ site, mapPage }) => {
    await openEmbed(mapPage, site);
    const { page } = mapPage;
    assertSmall(await controlSize(page), "collapsed control");
    const disclosure = page.locator(DISCLOSURE);
    assert.ok(await disclosure.isVisible());
    assert.is(await disclosure.textContent(), "Hintergrundkarte");
    assert.is(await disclosure.getAttribute("aria-expanded"), "false");
    const target = await disclosure.boundingBox();
    assert.ok(target && target.width >= 44 && target.height >= 44, `target of ${target?.width} × ${target?.height} px`);
    const panelId = (await disclosure.getAttribute("aria-controls")) ?? "";
    assert.ok(await page.$(`[id="${panelId}"] ${TOGGLE}`), "aria-controls names the panel with the consent button");
    assert.not.ok(await page.isVisible(TOGGLE), "no consent button without the notice");
    assert.not.ok(await page.isVisible(NOTICE));
    // Not focusable either: no keyboard path to the consent past the notice.
    const focusable = await page.evaluate((s) => {
      const button = document.querySelector<HTMLElement>(s)!;
      button.focus();
      return document.activeElement === button;
    }, TOGGLE);
    assert.not.ok(focusable, "the consent button takes no focus while the panel is closed");
    assert.equal(tileRequests(mapPage), []);
  });

  small("opened with the keyboard, the panel shows the notice, and its button consents and withdraws", async ({ site, mapPage }) => {
    await openEmbed(mapPage, site);
    const { page } = mapPage;
    await page.focus(DISCLOSURE);
    await page.keyboard.press("Enter");
    assert.is(await page.getAttribute(DISCLOSURE, "aria-expanded"), "true");
    assert.ok(await page.isVisible(NOTICE), "the notice is on screen");
    const notice = (await page.textContent(NOTICE)) ?? "";
    assert.match(notice, "tile.openstreetmap.org");
    assert.match(notice, "IP-Adresse");
    assert.ok(await page.isVisible(`${NOTICE} a[href="/datenschutz/#hintergrundkarte"]`));
    assert.equal(tileRequests(mapPage), [], "opening the panel loads nothing");

    await page.keyboard.press("Tab");
    assert.ok(await focusOn(page, TOGGLE), "Tab leads from the opened button to the consent button");
    assert.ok(await page.isVisible(NOTICE), "the notice is on screen while the consent button has focus");
    await page.keyboard.press("Enter");
    await page.waitForSelector("img.leaflet-tile-loaded");
    assert.ok(tileRequests(mapPage).length > 0);
    assert.is(await stored(mapPage), "ja");
    assert.is(await page.getAttribute(TOGGLE, "aria-pressed"), "true");
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte ausblenden");
    assert.ok(await focusOn(page, TOGGLE), "focus stays on the button, now the withdraw button");
    assert.not.ok(await page.isVisible(DISCLOSURE), "once agreed, only the withdraw button");
    assert.not.ok(await page.isVisible(NOTICE));
    assertSmall(await controlSize(page), "withdraw button on the small map");

    // Withdrawing shows the notice again, with focus still on the button.
    await page.keyboard.press("Enter");
    assert.is(await page.$$eval("img.leaflet-tile", (tiles) => tiles.length), 0);
    assert.is(await stored(mapPage), null);
    assert.is(await page.textContent(TOGGLE), "Hintergrundkarte laden");
    assert.ok(await page.isVisible(NOTICE));
    assert.ok(await focusOn(page, TOGGLE));
    assert.equal(mapPage.log.errors, []);
    assert.equal(await cspViolations(page), []);
  });

  small("Escape closes the panel and returns focus to its button; a click on the map closes it too", async ({ site, mapPage }) => {
    await openEmbed(mapPage, site);
    const { page } = mapPage;
    await page.click(DISCLOSURE);
    await page.focus(`${NOTICE} a`);
    await page.keyboard.press("Escape");
    assert.not.ok(await page.isVisible(PANEL));
    assert.is(await page.getAttribute(DISCLOSURE, "aria-expanded"), "false");
    assert.ok(await focusOn(page, DISCLOSURE), "focus back on the button that opened the panel");

    const panelEvents = await recordPanelEvents(page);
    await page.click(DISCLOSURE);
    // Failed twice in local runs under heavy load (never in CI): waiting tells a slow machine
    // (passes) from a panel that closed again (fails after 5 s and says what happened meanwhile).
    const reopened = await page.waitForSelector(TOGGLE, { state: "visible", timeout: 5000 }).then(() => true, () => false);
    assert.ok(reopened, `the panel did not open again; in the page meanwhile:\n${await panelEvents()}`);
    assert.is(await page.getAttribute(DISCLOSURE, "aria-expanded"), "true");
    // An empty spot at the map's west edge, away from markers and controls.
    await page.locator(".leaflet-container").click({ position: { x: 15, y: 280 } });
    assert.not.ok(await page.isVisible(PANEL));
    assert.is(await page.getAttribute(DISCLOSURE, "aria-expanded"), "false");
    assert.equal(tileRequests(mapPage), [], "closing is no consent");
  });

  small("a popup in the north-east stays clear of the control; opening it closes the panel", async ({ site, mapPage }) => {
    await openEmbed(mapPage, site);
    const { page } = mapPage;
    await page.click(DISCLOSURE);
    const slug = "schichtbetreuung-minden-herford";
    await page.evaluate(async (s) => (await window.gwMap!).select(s), slug);
    await page.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"]`);
    assert.not.ok(await page.isVisible(PANEL), "the panel closed for the popup");
    const popup = (await page.locator(".leaflet-popup").boundingBox())!;
    const control = (await page.locator(CONTROL).boundingBox())!;
    const overlaps = control.x < popup.x + popup.width && popup.x < control.x + control.width && control.y < popup.y + popup.height && popup.y < control.y + control.height;
    assert.not.ok(overlaps, `popup ${JSON.stringify(popup)} under the control ${JSON.stringify(control)}`);
  });

  small("the control follows the map's size: the open box when it grows, collapsed again when it shrinks", async ({ site, mapPage }) => {
    // A tall embed: at the default height (480 px) the control stays collapsed however wide the page.
    await openEmbed(mapPage, site, "?hoehe=700");
    const { page } = mapPage;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForSelector(DISCLOSURE, { state: "hidden" });
    assert.ok(await page.isVisible(TOGGLE));
    assert.ok(await page.isVisible(NOTICE));

    // Focus in the box while it shrinks: the panel stays open, so focus is not lost.
    await page.focus(TOGGLE);
    await page.setViewportSize(SMALL_EMBED);
    await page.waitForSelector(DISCLOSURE);
    assert.is(await page.getAttribute(DISCLOSURE, "aria-expanded"), "true");
    assert.ok(await page.isVisible(NOTICE));
    assert.ok(await focusOn(page, TOGGLE));
    await page.keyboard.press("Escape");
    assert.not.ok(await page.isVisible(TOGGLE));
    assert.ok(await focusOn(page, DISCLOSURE));
    assertSmall(await controlSize(page), "collapsed again");
    assert.equal(tileRequests(mapPage), []);
  });

  small.run();
}
