/**
 * Very low embeds (`hoehe` 200–320 px in a narrow sidebar or a low banner), in Chromium: a popup
 * has no room there between the zoom buttons, the background map's button and the attribution, so
 * the selected network's card goes right below the map. Whether chosen with the mouse, from the list
 * or on a marker with the keyboard, its title and the link to its page are whole, inside the frame
 * and under no control, the selected marker is marked and uncovered, and focus goes in and back out
 * as on the full map. The legend there is a short button in the corner over Hesse, whose open list
 * scrolls within the map.
 */
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Frame } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { iframeSnippet } from "../../assets/embed/embed-snippets.ts";
import { DEFAULT_EMBED_OPTIONS } from "../../assets/embed/embed-params.ts";
import { mapSuite } from "./browser-suite.ts";
import { newMapPage, waitForMap, type MapPage, type MapSite } from "./map-page.ts";
import { overlaps, within, type Box } from "./map-boxes.ts";

/** Frame width × map height (`hoehe`): narrow sidebars and low banners, down to the allowed minimum. */
const LOW_EMBEDS = [
  { width: 320, height: 200 },
  { width: 320, height: 260 },
  { width: 600, height: 200 },
  { width: 1100, height: 300 },
] as const;
/** Tall enough for filters, map, card and count of the narrowest frame; the frame with embed.js grows to its content anyway. */
const PAGE_HEIGHT = 720;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** In the north-east, under the background map's button in most low frames before it was moved out. */
const NORTH_EAST = "schichtbetreuung-minden-herford";

/** Opens `/embed/?hoehe=…` in a page of the frame's width, runs `use`, and closes the page again. */
async function withLowEmbed(browser: Browser, site: MapSite, size: { width: number; height: number }, use: (mapPage: MapPage, frame: Frame) => Promise<void>): Promise<void> {
  const mapPage = await newMapPage(browser, { viewport: { width: size.width, height: PAGE_HEIGHT } });
  // The site scrolls smoothly; positions are measured once the page stands still.
  await mapPage.page.emulateMedia({ reducedMotion: "reduce" });
  try {
    await mapPage.page.goto(`${site.server.origin}/embed/?hoehe=${size.height}`);
    await waitForMap(mapPage.page);
    await use(mapPage, mapPage.page.mainFrame());
  } finally {
    await mapPage.context.close();
  }
}

/**
 * Everything wrong with how the selected network `slug` is shown in `frame`: its card (popup or
 * panel), title link and page link outside the frame's viewport (a popup: outside the map), under a
 * control, or linking elsewhere; its marker not marked (unless `inCluster`: it shares a bubble with
 * others), outside the map or under a control.
 */
async function selectionProblems(frame: Frame, origin: string, slug: string, options: { inCluster?: boolean } = {}): Promise<string[]> {
  const found = await frame.evaluate((s) => {
    const canvas = document.querySelector("[data-map-canvas]")!;
    const card = document.querySelector(`.gw-popup[data-slug="${CSS.escape(s)}"]`);
    const holder = card?.closest(".leaflet-popup, .gw-map-selection");
    const title = card?.querySelector<HTMLAnchorElement>(".gw-popup__title a");
    const more = card?.querySelector<HTMLAnchorElement>(".gw-popup__more a");
    const marker = canvas.querySelector(`.leaflet-marker-icon.gw-marker--selected[data-slug="${CSS.escape(s)}"]`);
    return {
      viewport: { top: 0, left: 0, right: innerWidth, bottom: innerHeight } as Box,
      map: canvas.getBoundingClientRect().toJSON() as Box,
      controls: [...canvas.querySelectorAll(".leaflet-control")].map((c) => ({ name: c.className, box: c.getBoundingClientRect().toJSON() as Box })),
      holder: holder ? { box: holder.getBoundingClientRect().toJSON() as Box, inMap: canvas.contains(holder), visible: holder.checkVisibility() } : null,
      links: [title, more].map((a) => (a ? { text: a.textContent ?? "", box: a.getBoundingClientRect().toJSON() as Box, href: a.href, target: a.target } : null)),
      marker: marker ? (marker.getBoundingClientRect().toJSON() as Box) : null,
    };
  }, slug);
  const problems: string[] = [];
  const { holder, map, viewport, controls } = found;
  if (!holder || !holder.visible) return [`no card of ${slug} shown`];
  if (!within(holder.box, viewport)) problems.push(`card ${JSON.stringify(holder.box)} outside the frame ${JSON.stringify(viewport)}`);
  if (holder.inMap && !within(holder.box, map)) problems.push(`popup ${JSON.stringify(holder.box)} outside the map ${JSON.stringify(map)}`);
  for (const control of controls) if (overlaps(holder.box, control.box)) problems.push(`card under the control "${control.name}"`);
  const url = `${origin}/netzwerke/${slug}/`;
  for (const [index, link] of found.links.entries()) {
    const which = index === 0 ? "title link" : "page link";
    if (!link) {
      problems.push(`no ${which}`);
      continue;
    }
    if (!within(link.box, viewport)) problems.push(`${which} outside the frame`);
    for (const control of controls) if (overlaps(link.box, control.box)) problems.push(`${which} under the control "${control.name}"`);
    if (link.href !== url || link.target !== "_blank") problems.push(`${which} goes to ${link.href} (target ${link.target})`);
  }
  // A network sharing its spot with others stays in their bubble at every zoom.
  if (!found.marker) {
    if (!options.inCluster) problems.push(`the marker of ${slug} is not drawn as selected`);
  } else {
    if (!within(found.marker, map)) problems.push("the selected marker lies outside the map");
    for (const control of controls) if (overlaps(found.marker, control.box)) problems.push(`the selected marker is under the control "${control.name}"`);
  }
  return problems;
}

/** A drawn single-network marker that no control covers (the one a visitor can click). */
async function clickableMarker(frame: Frame): Promise<string> {
  const slug = await frame.evaluate(() => {
    const canvas = document.querySelector("[data-map-canvas]")!;
    const map = canvas.getBoundingClientRect();
    const controls = [...canvas.querySelectorAll(".leaflet-control")].map((c) => c.getBoundingClientRect());
    const markers = [...canvas.querySelectorAll<HTMLElement>(".leaflet-marker-pane .leaflet-marker-icon[data-slug]")];
    const free = markers.find((m) => {
      const b = m.getBoundingClientRect();
      const inside = b.left >= map.left && b.right <= map.right && b.top >= map.top && b.bottom <= map.bottom;
      return inside && controls.every((c) => b.right <= c.left || c.right <= b.left || b.bottom <= c.top || c.bottom <= b.top);
    });
    return free?.dataset.slug ?? "";
  });
  assert.ok(slug, "a marker no control covers");
  return slug;
}

const isActive = (frame: Frame, selector: string) => frame.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

if (browserAvailable("Niedrige eingebettete Karten (Browser-Tests)")) {
  const low = mapSuite("Einbetten: niedrige Karten");

  for (const size of LOW_EMBEDS) {
    const name = `${size.width} × ${size.height}`;

    low(`${name}: a clicked marker's title and page link are whole, in the frame and under no control; the marker stays marked`, async ({ browser, site }) => {
      await withLowEmbed(browser, site, size, async ({ page, log }, frame) => {
        const slug = await clickableMarker(frame);
        await page.click(`.leaflet-marker-icon[data-slug="${slug}"]`);
        await page.waitForSelector(`.gw-popup[data-slug="${slug}"]`);
        assert.equal(await selectionProblems(frame, site.server.origin, slug), []);
        // Right under the map, as wide as the map: the visitor's eye goes from the dot to its name.
        const [map, card] = await frame.$$eval("[data-map-canvas], .gw-map-selection", (boxes) => boxes.map((b) => b.getBoundingClientRect().toJSON() as Box));
        assert.ok(card && map, "the card is below the map");
        assert.ok(card!.top >= map!.bottom && card!.top - map!.bottom <= 16, `card ${card!.top - map!.bottom} px below the map`);
        assert.ok(Math.abs(card!.left - map!.left) <= 1 && Math.abs(card!.right - map!.right) <= 1, "card as wide as the map");
        // Mouse and touch leave focus where it was; screen readers hear what was selected.
        assert.match((await page.textContent(".gw-map-selection + [role=status]")) ?? "", `Ausgewählt: ${site.networks.features.find((f) => f.properties.slug === slug)!.properties.title}`);
        assert.equal(log.errors, []);
      });
    });

    low(`${name}: 'Auf der Karte zeigen' by keyboard puts focus on the visible title; Escape ends the selection and returns to the list`, async ({ browser, site }) => {
      await withLowEmbed(browser, site, size, async ({ page }, frame) => {
        const button = `button[data-map-select="${NORTH_EAST}"]`;
        await page.focus(button);
        await page.keyboard.press("Enter");
        await page.waitForSelector(`.gw-popup[data-slug="${NORTH_EAST}"]`);
        assert.ok(await isActive(frame, `.gw-popup[data-slug="${NORTH_EAST}"] .gw-popup__title a`), "focus on the card's title link");
        assert.equal(await selectionProblems(frame, site.server.origin, NORTH_EAST), []);
        await page.keyboard.press("Escape");
        await page.waitForSelector(`.gw-popup[data-slug="${NORTH_EAST}"]`, { state: "detached" });
        assert.ok(await isActive(frame, button), "focus back on the list entry's button");
        assert.is(await page.$$eval(".gw-marker--selected", (markers) => markers.length), 0, "no marker marked any more");
      });
    });

    low(`${name}: Enter on a focused marker takes focus to its title; Escape returns to the marker`, async ({ browser, site }) => {
      await withLowEmbed(browser, site, size, async ({ page }, frame) => {
        const slug = await clickableMarker(frame);
        const marker = `.leaflet-marker-icon[data-slug="${slug}"]`;
        await page.focus(marker);
        await page.keyboard.press("Enter");
        await page.waitForSelector(`.gw-popup[data-slug="${slug}"]`);
        assert.equal(await selectionProblems(frame, site.server.origin, slug), []);
        assert.ok(await isActive(frame, `.gw-popup[data-slug="${slug}"] .gw-popup__title a`), "focus on the card's title link, not left behind among the markers");
        await page.keyboard.press("Escape");
        await page.waitForSelector(`.gw-popup[data-slug="${slug}"]`, { state: "detached" });
        assert.ok(await isActive(frame, marker), "focus back on the marker");
      });
    });
  }

  low("the card's title opens the network's page in one step, in a new tab", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[0], async ({ page, context }) => {
      await page.evaluate(async (s) => (await window.gwMap!).select(s), NORTH_EAST);
      const title = page.locator(`.gw-popup[data-slug="${NORTH_EAST}"] .gw-popup__title a`);
      const [opened] = await Promise.all([context.waitForEvent("page"), title.click()]);
      await opened.waitForLoadState("domcontentloaded");
      assert.is(opened.url(), `${site.server.origin}/netzwerke/${NORTH_EAST}/`);
      assert.is(page.url(), `${site.server.origin}/embed/?hoehe=200`, "the embed stays");
    });
  });

  low("the card below the map has no WCAG 2.1 A/AA violations (axe)", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[0], async ({ page }) => {
      await page.evaluate(async (s) => (await window.gwMap!).select(s), NORTH_EAST);
      await page.waitForSelector(".gw-map-selection .gw-popup");
      // evaluate() runs through the DevTools protocol, which the page's CSP does not govern.
      await page.evaluate(`${AXE_SOURCE}\n;0`);
      const violations = await page.evaluate(() =>
        (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> } }).axe
          .run(".gw-map-selection", { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })
          .then((r) => r.violations.map((v) => `${v.id}: ${v.help}`)),
      );
      assert.equal(violations, []);
      assert.is(await page.getAttribute(".gw-map-selection", "aria-label"), "Auf der Karte ausgewählt");
      assert.is(await page.getAttribute(".gw-map-selection__close", "aria-label"), "Schließen");
    });
  });

  low("the legend of a low map is a 'Legende' button 44 px high in the bottom-right corner, named in full", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[0], async ({ page }, frame) => {
      const legend = ".leaflet-bottom.leaflet-right .gw-legend";
      assert.ok(await page.isVisible(legend), "above the attribution, where the view of NRW lies over Hesse");
      assert.is(await page.$$eval(".leaflet-bottom.leaflet-left .leaflet-control", (controls) => controls.length), 0, "the bottom-left corner, over Aachen, stays free");
      const [summary, attribution] = await frame.$$eval(`${legend} summary, .leaflet-control-attribution`, (boxes) => boxes.map((b) => b.getBoundingClientRect().toJSON() as Box));
      const [width, height] = [summary!.right - summary!.left, summary!.bottom - summary!.top];
      assert.ok(height >= 44 && width >= 44 && width <= 120, `target ${width} × ${height} px`);
      assert.ok(summary!.bottom <= attribution!.top, "above the attribution");
      assert.ok(await page.$eval(`${legend} summary span`, (rest) => rest.getBoundingClientRect().width <= 1), "': Farbe = erstes Thema' not on screen");
      assert.is(await page.getAttribute(`${legend} summary`, "aria-label"), "Legende: Farbe = erstes Thema", "in full for screen readers");
    });
  });

  low("opened by keyboard, the low map's legend stays in the map, clear of the other controls; its list scrolls and takes focus", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[0], async ({ page }, frame) => {
      await page.focus(".gw-legend summary");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => (document.querySelector(".gw-legend") as HTMLDetailsElement).open && document.querySelector(".gw-legend__list")?.getAttribute("tabindex") === "0");
      const found = await frame.evaluate(() => {
        const canvas = document.querySelector("[data-map-canvas]")!;
        const list = document.querySelector<HTMLElement>(".gw-legend__list")!;
        return {
          map: canvas.getBoundingClientRect().toJSON() as Box,
          legend: document.querySelector(".gw-legend")!.getBoundingClientRect().toJSON() as Box,
          others: [...canvas.querySelectorAll(".leaflet-control:not(.gw-legend)")].map((c) => ({ name: c.className, box: c.getBoundingClientRect().toJSON() as Box })),
          scrolls: list.scrollHeight > list.clientHeight,
        };
      });
      assert.ok(within(found.legend, found.map), `legend ${JSON.stringify(found.legend)} inside the map ${JSON.stringify(found.map)}`);
      assert.equal(found.others.filter((other) => overlaps(found.legend, other.box)).map((other) => other.name), []);
      assert.ok(found.scrolls, "eleven entries do not fit a 200 px map: the list scrolls");
      await page.keyboard.press("Tab");
      assert.ok(await isActive(frame, ".gw-legend__list"), "the scrolling list is the next stop, so keyboards can scroll it");
      await page.keyboard.press("End");
      // Chromium scrolls by keyboard smoothly, whatever the page asks for.
      await page.waitForFunction(() => document.querySelector(".gw-legend__list")!.scrollTop > 0);
    });
  });

  low("the low map's legend, closed and open, has no WCAG 2.1 A/AA violations and targets of WCAG 2.2's size (axe)", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[0], async ({ page }) => {
      await page.evaluate(`${AXE_SOURCE}\n;0`);
      const violations = () =>
        page.evaluate(() =>
          (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string }[] }> } }).axe
            .run(".gw-legend", { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
            .then((r) => r.violations.map((v) => `${v.id}: ${v.help}`)),
        );
      assert.equal(await violations(), [], "closed");
      await page.click(".gw-legend summary");
      // The list takes focus once sized, after the toggle event.
      await page.waitForFunction(() => document.querySelector(".gw-legend__list")?.getAttribute("tabindex") === "0");
      assert.equal(await violations(), [], "open");
    });
  });

  low("maps from 320 px high keep the legend's full summary in the bottom-left corner", async ({ browser, site }) => {
    await withLowEmbed(browser, site, { width: 400, height: 320 }, async ({ page }) => {
      assert.ok(await page.isVisible(".leaflet-bottom.leaflet-left .gw-legend"));
      assert.ok(await page.$eval(".gw-legend summary span", (rest) => rest.getBoundingClientRect().width > 100), "': Farbe = erstes Thema' on screen");
    });
  });

  low("an open background-map panel closes when the selection appears below the map", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[1], async ({ page }) => {
      await page.click(".gw-background-disclosure");
      assert.is(await page.getAttribute(".gw-background-disclosure", "aria-expanded"), "true");
      await page.evaluate(async (s) => (await window.gwMap!).select(s), NORTH_EAST);
      await page.waitForSelector(".gw-map-selection");
      assert.is(await page.getAttribute(".gw-background-disclosure", "aria-expanded"), "false");
      assert.ok(await page.isHidden(".gw-background-toggle"), "the consent button is out of reach again");
    });
  });

  low("the close button ends the selection; networks at one spot are listed below the map too", async ({ browser, site }) => {
    await withLowEmbed(browser, site, LOW_EMBEDS[1], async ({ page }, frame) => {
      await page.evaluate(async (s) => (await window.gwMap!).select(s), NORTH_EAST);
      await page.click(".gw-map-selection__close");
      assert.ok(await page.isHidden(".gw-map-selection"));
      assert.is(await page.$$eval(".gw-marker--selected", (markers) => markers.length), 0);

      // Two networks in Köln share one point: at the highest zoom they stay one bubble, whose list opens below the map.
      const shared = site.networks.features.filter((f) => f.properties.kreisSlug === "koeln" && f.geometry.coordinates.join() === "6.97325,50.94567");
      assert.is(shared.length, 2, "fixture: two networks at one spot in Köln");
      const [lon, lat] = shared[0]!.geometry.coordinates;
      await page.evaluate(async ([y, x]) => (await window.gwMap!).map.setView([y, x], 17, { animate: false }), [lat, lon] as const);
      await page.focus(".leaflet-marker-icon[data-count='2']");
      await page.keyboard.press("Enter");
      await page.waitForSelector(".gw-map-selection .gw-popup__cluster");
      assert.ok(await isActive(frame, ".gw-map-selection .gw-popup__cluster button"), "focus on the first network of the list");
      assert.equal(await page.$$eval(".leaflet-popup", (popups) => popups.length), 0, "no popup over the controls");
      const firstTitle = await page.textContent(".gw-map-selection .gw-popup__cluster button");
      const first = shared.find((f) => f.properties.title === firstTitle)!.properties.slug;
      await page.keyboard.press("Enter");
      await page.waitForSelector(`.gw-map-selection .gw-popup[data-slug="${first}"]`);
      assert.ok(await isActive(frame, `.gw-popup[data-slug="${first}"] .gw-popup__title a`));
      assert.equal(await selectionProblems(frame, site.server.origin, first, { inCluster: true }), []);
    });
  });

  low("in a partner's plain iframe of fixed height the card is scrolled into the frame", async ({ browser, site }) => {
    const mapPage = await newMapPage(browser, { viewport: { width: 360, height: 800 } });
    try {
      const { page } = mapPage;
      await page.emulateMedia({ reducedMotion: "reduce" });
      // The builder's snippet for a 200 px map: the frame is 360 px high, and the filters above the map fill half of it.
      const snippet = iframeSnippet({ ...DEFAULT_EMBED_OPTIONS, mapHeight: 200 }, site.server.origin).replace('style="width:100%;border:0"', 'width="320"');
      // A page of the map's own origin as the partner's (a page without origin may not frame /embed/).
      await page.goto(`${site.server.origin}/404.html`);
      await page.evaluate((html) => document.body.replaceChildren(document.createRange().createContextualFragment(html)), snippet);
      const frame = (await (await page.waitForSelector("iframe")).contentFrame())!;
      await frame.waitForFunction(() => window.gwMap !== undefined);
      await frame.evaluate(() => window.gwMap!.then(() => undefined));
      await frame.waitForSelector(".leaflet-marker-icon");
      const slug = await clickableMarker(frame);
      await frame.click(`.leaflet-marker-icon[data-slug="${slug}"]`);
      await frame.waitForSelector(`.gw-popup[data-slug="${slug}"]`);
      assert.ok((await frame.evaluate(() => innerHeight)) <= 360, "the frame shows no more than the snippet's 360 px");
      assert.equal(await selectionProblems(frame, site.server.origin, slug), []);
    } finally {
      await mapPage.context.close();
    }
  });

  low.run();
}
