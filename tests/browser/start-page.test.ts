/**
 * The start page in Chromium under the strict CSP: past events give way to a note, since which
 * events are "next" is decided in the browser (the build cannot know today's date).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { acquireBrowser, browserAvailable, releaseBrowser } from "../../scripts/browser/chromium.ts";
import { startStaticServer, type StaticServer } from "../../scripts/browser/static-server.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { cspViolations, newMapPage, type MapPage } from "./map-page.ts";

interface Context {
  browser: Browser;
  server: StaticServer;
  tab: MapPage;
}

if (browserAvailable("Startseiten-Tests")) {
  const start = suite<Context>("Startseite", {} as Context);
  start.before(async (context) => {
    context.browser = await acquireBrowser();
    context.server = await startStaticServer({ root: (await fixtureSite()).outDir });
  });
  start.after(async (context) => {
    await context.server.close();
    await releaseBrowser();
  });
  start.before.each(async (context) => {
    context.tab = await newMapPage(context.browser);
  });
  start.after.each(async (context) => {
    await context.tab.context.close();
  });

  start("hides past events and says that none are announced", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.waitForSelector("[data-no-upcoming-events]:not([hidden])");
    assert.ok(await tab.page.$eval('li[data-event-date="2012-05-15"]', (li) => (li as HTMLElement).hidden));
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  start("shows an upcoming event when the browser's date is before it", async ({ server, tab }) => {
    await tab.context.addInitScript(() => {
      const fixed = new Date(2012, 4, 1).getTime();
      const RealDate = Date;
      // A Date whose "now" is 1 May 2012, so the working conference of 15 May is still ahead.
      (globalThis as { Date: DateConstructor }).Date = class extends RealDate {
        constructor(...args: ConstructorParameters<DateConstructor>) {
          super(...((args.length ? args : [fixed]) as [number]));
        }
        static override now(): number {
          return fixed;
        }
      } as DateConstructor;
    });
    await tab.page.goto(`${server.origin}/`);
    await tab.page.waitForFunction(() => document.querySelector<HTMLElement>("[data-no-upcoming-events]")?.hidden === true);
    assert.not.ok(await tab.page.$eval('li[data-event-date="2012-05-15"]', (li) => (li as HTMLElement).hidden));
  });

  start.run();
}
