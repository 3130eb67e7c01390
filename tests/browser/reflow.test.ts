/**
 * WCAG 1.4.10 Reflow: at 320 CSS pixels wide (a 1280 px screen at 400 % zoom) no page may scroll
 * sideways. Every HTML page of the fixture site – whose hostile entry has long unbroken words and
 * URLs – in Chromium; the interactive map's own panes are covered by the map tests.
 */
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { browserSuite } from "./browser-suite.ts";

/** The CMS is Decap's own interface, not ours. */
const SKIPPED = /^admin\//;

if (browserAvailable("Umbruch bei 320 px")) {
  const reflow = browserSuite<{ browser: Browser; server: StaticServer; site: FixtureSite }>("Umbruch bei 320 px (WCAG 1.4.10)", {
    open: async (context) => {
      context.site = await fixtureSite();
      context.server = await startStaticServer({ root: context.site.outDir, csp: strictCsp() });
      return context.server;
    },
  });

  reflow("no page scrolls sideways at 320 px", async ({ browser, server, site }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const tooWide: string[] = [];
      const pages = site.htmlFiles.filter((file) => !SKIPPED.test(file));
      assert.ok(pages.length > 50, `${pages.length} Seiten`);
      for (const file of pages) {
        await page.goto(`${server.origin}/${file.replace(/index\.html$/, "")}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 320) tooWide.push(`${file}: ${width} px`);
      }
      assert.equal(tooWide, []);
    } finally {
      await context.close();
    }
  });

  reflow.run();
}
