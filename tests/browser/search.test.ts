/**
 * Site search in Chromium: Pagefind loads only when someone starts to search, finds networks from
 * the header and on /suche/, and runs under the site's CSP – which for WebAssembly needs
 * 'wasm-unsafe-eval' (it permits compiling WebAssembly, not evaluating JavaScript strings).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { acquireBrowser, browserAvailable, releaseBrowser } from "../../scripts/browser/chromium.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import { newMapPage, cspViolations, type MapPage } from "./map-page.ts";

interface Context {
  browser: Browser;
  server: StaticServer;
  tab: MapPage;
}

/** The deployed policy: the strict one, plus WebAssembly for Pagefind. */
const SEARCH_CSP = strictCsp().replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

if (browserAvailable("Such-Tests")) {
  const search = suite<Context>("Suche", {} as Context);
  search.before(async (context) => {
    context.browser = await acquireBrowser();
    context.server = await startStaticServer({ root: (await fixtureSite()).outDir, csp: SEARCH_CSP });
  });
  search.after(async (context) => {
    await context.server.close();
    await releaseBrowser();
  });
  search.before.each(async (context) => {
    context.tab = await newMapPage(context.browser);
  });
  search.after.each(async (context) => {
    await context.tab.context.close();
  });

  search("loads nothing of Pagefind until the search box gets focus", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/karte/`);
    await tab.page.waitForLoadState("networkidle");
    assert.not.ok(tab.log.requests.some((url) => url.includes("/pagefind/")), tab.log.requests.join("\n"));
    await tab.page.focus("#suchfeld");
    await tab.page.waitForSelector("#suche .pagefind-ui__search-input");
    assert.ok(tab.log.requests.some((url) => url.endsWith("/pagefind/pagefind-ui.js")));
  });

  search("finds a network from the header search and links to its page", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.focus("#suchfeld");
    await tab.page.waitForSelector("#suche .pagefind-ui__search-input");
    assert.ok(await tab.page.evaluate(() => document.activeElement?.classList.contains("pagefind-ui__search-input")), "focus moves into the search field");
    await tab.page.keyboard.type("Porz");
    const link = await tab.page.waitForSelector('#suche .pagefind-ui__result-link[href*="/netzwerke/pflegenetz-koeln-porz/"]');
    assert.match((await link.textContent()) ?? "", /Porz/);
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  search("/suche/?q= searches at once", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/?q=Kalk`);
    await tab.page.waitForSelector('#suche-seite .pagefind-ui__result-link[href*="/netzwerke/quartiersbuendnis-koeln-kalk-nord/"]');
    assert.is(await tab.page.inputValue("#suche-seite .pagefind-ui__search-input"), "Kalk");
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  search("finds the initiative's own pages too: the interview, the event", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/?q=Arbeitstagung`);
    const event = await tab.page.waitForSelector('#suche-seite .pagefind-ui__result-link[href$="/termine/arbeitstagung-koeln-2012/"]');
    assert.match((await event.textContent()) ?? "", /Arbeitstagung/);
    await tab.page.fill("#suche-seite .pagefind-ui__search-input", "Schöffmann");
    await tab.page.waitForSelector('#suche-seite .pagefind-ui__result-link[href$="/newsletter/interview-dieter-schoeffmann/"]');
    assert.equal(tab.log.errors, []);
  });

  search("the header form still submits to /suche/ when Pagefind cannot load", async ({ server, tab }) => {
    await tab.context.route("**/pagefind/pagefind-ui.js", (route) => route.fulfill({ status: 404, body: "" }));
    await tab.page.goto(`${server.origin}/`);
    await tab.page.fill("#suchfeld", "Kalk");
    await tab.page.press("#suchfeld", "Enter");
    await tab.page.waitForURL(/\/suche\/\?q=Kalk$/);
    await tab.page.waitForSelector("#suche-nicht-verfuegbar:not([hidden])");
  });

  search.run();
}
