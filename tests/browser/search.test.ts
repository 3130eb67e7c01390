/**
 * Site search in Chromium: Pagefind loads only when someone starts to search, finds networks from
 * the header and on /suche/, and runs under the site's CSP – which for WebAssembly needs
 * 'wasm-unsafe-eval' (it permits compiling WebAssembly, not evaluating JavaScript strings).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs the given axe rules on the page as it is now (Pagefind's UI included) and expects no violations. */
async function axeRules(tab: MapPage, rules: readonly string[]): Promise<void> {
  // evaluate() runs through the DevTools protocol, which the page's CSP does not govern.
  await tab.page.evaluate(`${AXE_SOURCE}\n;0`);
  const violations = await tab.page.evaluate(
    (values) =>
      (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe
        .run(document, { runOnly: { type: "rule", values } })
        .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`)),
    [...rules],
  );
  assert.equal(violations, []);
}

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

  search("loads nothing of Pagefind when the search box only gets focus, and all on the first letter", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/karte/`);
    await tab.page.waitForLoadState("networkidle");
    assert.not.ok(tab.log.requests.some((url) => url.includes("/pagefind/")), tab.log.requests.join("\n"));
    // Tabbing through the header must leave it as it is.
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.press("Tab");
    await tab.page.waitForLoadState("networkidle");
    assert.not.ok(tab.log.requests.some((url) => url.includes("/pagefind/")), tab.log.requests.join("\n"));
    assert.ok(await tab.page.isVisible(".site-search__form"));
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.type("P");
    await tab.page.waitForSelector("#suche .pagefind-ui__search-input");
    assert.ok(tab.log.requests.some((url) => url.endsWith("/pagefind/pagefind-ui.js")));
    assert.is(await tab.page.inputValue("#suche .pagefind-ui__search-input"), "P", "the letter typed is kept");
  });

  search("finds a network from the header search and links to its page", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.focus("#suchfeld");
    // Typed while Pagefind loads: the first letter starts it, the rest must not get lost.
    await tab.page.keyboard.type("Porz");
    await tab.page.waitForSelector("#suche .pagefind-ui__search-input");
    assert.ok(await tab.page.evaluate(() => document.activeElement?.classList.contains("pagefind-ui__search-input")), "focus moves into the search field");
    assert.is(await tab.page.inputValue("#suche .pagefind-ui__search-input"), "Porz");
    const link = await tab.page.waitForSelector('#suche .pagefind-ui__result-link[href*="/netzwerke/pflegenetz-koeln-porz/"]');
    assert.match((await link.textContent()) ?? "", /Porz/);
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  search("the header search is one landmark labelled for the whole site, with a named field", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.type("K");
    await tab.page.waitForSelector("#suche .pagefind-ui__search-input");
    const header = tab.page.locator(".site-header");
    assert.is(await header.getByRole("search").count(), 1);
    assert.is(await header.getByRole("search", { name: "Website durchsuchen", exact: true }).count(), 1);
    assert.is(await tab.page.locator("[role=search] [role=search], search [role=search], [role=search] search").count(), 0);
    const field = header.getByRole("textbox", { name: "Website durchsuchen", exact: true });
    assert.ok(await field.evaluate((input) => input === document.activeElement));
    await axeRules(tab, ["label", "label-title-only", "landmark-unique", "aria-prohibited-attr", "aria-allowed-attr"]);
  });

  search("Escape and the clear button empty the field and keep focus in it", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.type("Porz");
    const field = tab.page.locator("#suche .pagefind-ui__search-input");
    await field.waitFor();
    await tab.page.waitForSelector("#suche .pagefind-ui__result-link");
    await tab.page.keyboard.press("Escape");
    assert.is(await field.inputValue(), "");
    assert.ok(await field.evaluate((input) => input === document.activeElement), "focus stays in the field after Escape");
    await tab.page.waitForSelector("#suche .pagefind-ui__result-link", { state: "detached" });
    await tab.page.keyboard.press("Escape");
    assert.ok(await field.evaluate((input) => input === document.activeElement), "Escape in an empty field keeps focus too");
    await tab.page.keyboard.type("Kalk");
    await tab.page.waitForSelector("#suche .pagefind-ui__result-link");
    await tab.page.click("#suche .pagefind-ui__search-clear");
    assert.is(await field.inputValue(), "");
    assert.ok(await field.evaluate((input) => input === document.activeElement), "focus returns to the field after clearing");
    assert.equal(tab.log.errors, []);
  });

  search("/suche/: one live search, a named field, search landmarks with distinct names", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/?q=Kalk`);
    await tab.page.waitForSelector("#suche-seite .pagefind-ui__result-link");
    assert.is(await tab.page.locator("#suche-seite").getByRole("textbox", { name: "Website durchsuchen", exact: true }).count(), 1);
    // The header form stays plain here: typing into it starts no second Pagefind UI.
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.type("x");
    await tab.page.waitForTimeout(200);
    assert.is(await tab.page.locator(".pagefind-ui").count(), 1);
    assert.is(await tab.page.getByRole("search", { name: "Website durchsuchen", exact: true }).count(), 1);
    await axeRules(tab, ["label", "label-title-only", "landmark-unique", "aria-prohibited-attr", "aria-allowed-attr"]);
  });

  search("/suche/: the header form searches by loading the page with the new term", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/?q=Kalk`);
    await tab.page.waitForSelector("#suche-seite .pagefind-ui__result-link");
    await tab.page.fill("#suchfeld", "Porz");
    await tab.page.press("#suchfeld", "Enter");
    await tab.page.waitForURL(/\/suche\/\?q=Porz$/);
    await tab.page.waitForSelector('#suche-seite .pagefind-ui__result-link[href*="/netzwerke/pflegenetz-koeln-porz/"]');
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
