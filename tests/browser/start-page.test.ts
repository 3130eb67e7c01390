/**
 * The start page and /termine/ in Chromium under the strict CSP: which events are still ahead is
 * decided in the browser (the build cannot know today's date). Past events give way to a note on
 * the start page and are marked as past on /termine/; upcoming ones come first.
 */
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { startStaticServer, type StaticServer } from "../../scripts/browser/static-server.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { browserSuite } from "./browser-suite.ts";
import { cspViolations, newMapPage, type MapPage } from "./map-page.ts";

/** Makes the tab's "now" a fixed local date, so events can be ahead or past as a test needs. */
async function fixToday(tab: MapPage, year: number, monthIndex: number, day: number): Promise<void> {
  await tab.context.addInitScript(
    ([y, m, d]) => {
      const fixed = new Date(y!, m!, d!).getTime();
      const RealDate = Date;
      (globalThis as { Date: DateConstructor }).Date = class extends RealDate {
        constructor(...args: ConstructorParameters<DateConstructor>) {
          super(...((args.length ? args : [fixed]) as [number]));
        }
        static override now(): number {
          return fixed;
        }
      } as DateConstructor;
    },
    [year, monthIndex, day],
  );
}

interface Context {
  browser: Browser;
  server: StaticServer;
  tab: MapPage;
}

if (browserAvailable("Startseiten-Tests")) {
  const start = browserSuite<Context>("Startseite", {
    open: async (context) => {
      context.server = await startStaticServer({ root: (await fixtureSite()).outDir });
      return context.server;
    },
    openEach: async (context) => {
      context.tab = await newMapPage(context.browser);
      return context.tab.context;
    },
  });

  start("hides past events and says that none are announced", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.waitForSelector("[data-no-upcoming-events]:not([hidden])");
    assert.ok(await tab.page.$eval('li[data-event-date="2012-05-15"]', (li) => (li as HTMLElement).hidden));
    assert.ok(await tab.page.isHidden("[data-events-note]"), "the no-JavaScript note about past events goes");
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  start("shows an upcoming event when the browser's date is before it", async ({ server, tab }) => {
    // 1 May 2012: the working conference of 15 May is still ahead.
    await fixToday(tab, 2012, 4, 1);
    await tab.page.goto(`${server.origin}/`);
    await tab.page.waitForFunction(() => document.querySelector<HTMLElement>("[data-no-upcoming-events]")?.hidden === true);
    assert.not.ok(await tab.page.$eval('li[data-event-date="2012-05-15"]', (li) => (li as HTMLElement).hidden));
    assert.ok(await tab.page.isHidden("[data-events-note]"));
  });

  start("without JavaScript the start page lists events with dates under a note that some may be over", async ({ browser, server }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      assert.match((await page.textContent("[data-events-note]")) ?? "", "schon vorbei");
      assert.ok(await page.isVisible('li[data-event-date="2012-05-15"] time'));
      await page.goto(`${server.origin}/termine/`);
      assert.ok(await page.isHidden("[data-upcoming-section]"), "nothing claims to be upcoming");
      assert.ok(await page.isVisible("#jahr-2012"));
    } finally {
      await context.close();
    }
  });

  start("/termine/ marks past events as past and says that none are ahead", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/termine/`);
    await tab.page.waitForSelector("[data-upcoming-section]:not([hidden])");
    assert.ok(await tab.page.isVisible("[data-upcoming-section] [data-no-upcoming-events]"));
    assert.ok(await tab.page.isVisible('[data-event-year] li[data-event-date="2012-05-15"] [data-past-event]'));
    assert.match((await tab.page.textContent('li[data-event-date="2012-05-15"] .meta')) ?? "", /^Vergangener Termin · 15\. Mai 2012/);
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  start("/termine/ lists upcoming events first, under 'Demnächst', until their last day is over", async ({ server, tab }) => {
    // The day itself: the event is not over yet.
    await fixToday(tab, 2012, 4, 15);
    await tab.page.goto(`${server.origin}/termine/`);
    await tab.page.waitForSelector("[data-upcoming-section]:not([hidden])");
    assert.ok(await tab.page.isVisible('[data-upcoming-list] li[data-event-date="2012-05-15"]'));
    assert.ok(await tab.page.isHidden('li[data-event-date="2012-05-15"] [data-past-event]'));
    assert.ok(await tab.page.isHidden("[data-upcoming-section] [data-no-upcoming-events]"));
    assert.ok(await tab.page.isHidden("[data-event-year]"), "a year left without events disappears");
    const headings = await tab.page.$$eval("main h2", (found) => found.filter((h) => !h.closest("[hidden]")).map((h) => h.textContent));
    assert.equal(headings, ["Demnächst"]);
  });

  start("an event's page says when it is over and no longer offers the calendar download", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/termine/arbeitstagung-koeln-2012/`);
    await tab.page.waitForSelector("[data-past-event]:not([hidden])");
    assert.ok(await tab.page.isHidden("[data-calendar-download]"));
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  start("an event's page keeps the calendar download on its last day", async ({ server, tab }) => {
    await fixToday(tab, 2012, 4, 15);
    await tab.page.goto(`${server.origin}/termine/arbeitstagung-koeln-2012/`);
    await tab.page.waitForLoadState("load");
    assert.ok(await tab.page.isVisible("[data-calendar-download] a[download]"));
    assert.ok(await tab.page.isHidden("[data-past-event]"));
  });

  start.run();
}
