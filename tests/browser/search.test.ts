/**
 * Site search in Chromium: Pagefind loads only when someone starts to search, finds networks from
 * the header and on /suche/, and runs under the site's CSP – which for WebAssembly needs
 * 'wasm-unsafe-eval' (it permits compiling WebAssembly, not evaluating JavaScript strings).
 * A query that names a place gets a place answer on top of the results (assets/search/).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as assert from "uvu/assert";
import type { Browser } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import { browserSuite } from "./browser-suite.ts";
import { newMapPage, cspViolations, type MapPage } from "./map-page.ts";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { GAZETTEER_FILE, type GazetteerFile } from "../../scripts/geo/gazetteer.ts";

interface Context {
  browser: Browser;
  server: StaticServer;
  tab: MapPage;
  /** Networks per region slug in the fixture site, as the region pages count them. */
  counts: Map<string, number>;
}

const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;
const agsOf = (name: string) => gazetteer.gemeinden.find((g) => g.name === name)!.ags;

/** "1 Netzwerk", "3 Netzwerke". */
const networks = (count: number) => (count === 1 ? "1 Netzwerk" : `${count} Netzwerke`);

/** The place answer's sentences and links, as a visitor sees them. */
async function placeAnswer(tab: MapPage, root: string): Promise<{ summaries: string[]; links: { href: string; text: string }[] }> {
  const box = tab.page.locator(`${root} .search-places:not([hidden])`);
  await box.waitFor();
  return {
    summaries: await box.locator(".search-places__summary").allTextContents(),
    links: await box.locator("a").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" }))),
  };
}

/** Waits until the status region says `text`. */
async function announced(tab: MapPage, root: string, text: string): Promise<void> {
  await tab.page.waitForFunction(([selector, expected]) => document.querySelector(selector!)?.textContent === expected, [`${root} [role=status]`, text]);
}

/** Every request went to the test server. */
function sameOrigin(tab: MapPage, server: StaticServer): void {
  assert.equal(tab.log.requests.filter((url) => !url.startsWith(`${server.origin}/`)), []);
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
  const search = browserSuite<Context>("Suche", {
    open: async (context) => {
      const site = await fixtureSite();
      context.server = await startStaticServer({ root: site.outDir, csp: SEARCH_CSP });
      const model = buildSiteModel((await buildDataset(site.networksDir)).dataset);
      context.counts = new Map(model.regionOverview.flatMap((b) => [[b.slug, b.count] as const, ...b.kreise.map((k) => [k.slug, k.count] as const)]));
      return context.server;
    },
    openEach: async (context) => {
      context.tab = await newMapPage(context.browser);
      return context.tab.context;
    },
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

  search("/suche/?q=Kreis Gütersloh answers with the Kreis's networks, above the results, with links that lead there", async ({ server, tab, counts }) => {
    const count = counts.get("kreis-guetersloh")!;
    assert.ok(count > 0, "the fixture has networks in Kreis Gütersloh");
    await tab.page.goto(`${server.origin}/suche/?q=${encodeURIComponent("Kreis Gütersloh")}`);
    const answer = await placeAnswer(tab, "#suche-seite");
    assert.equal(answer.summaries, [`Kreis Gütersloh: ${networks(count)}`]);
    assert.equal(answer.links, [
      { href: "/regionen/kreis-guetersloh/", text: "Netzwerke im Kreis Gütersloh" },
      { href: "/karte/?kreis=kreis-guetersloh", text: "Kreis Gütersloh auf der Karte" },
    ]);
    await tab.page.waitForSelector("#suche-seite .pagefind-ui__result-link");
    assert.ok(
      await tab.page.evaluate(() => {
        const box = document.querySelector("#suche-seite .search-places")!;
        const results = document.querySelector("#suche-seite .pagefind-ui__results-area")!;
        return box.parentElement!.classList.contains("pagefind-ui__drawer") && !!(box.compareDocumentPosition(results) & Node.DOCUMENT_POSITION_FOLLOWING);
      }),
      "the answer comes first in the result drawer",
    );
    await announced(tab, "#suche-seite", `Kreis Gütersloh: ${networks(count)}.`);

    // By keyboard: from the field past "Löschen" to the answer's first link.
    await tab.page.focus("#suche-seite .pagefind-ui__search-input");
    for (let i = 0; i < 3 && !(await tab.page.evaluate(() => !!document.activeElement?.closest(".search-places"))); i++) await tab.page.keyboard.press("Tab");
    assert.is(await tab.page.evaluate(() => document.activeElement?.getAttribute("href")), "/regionen/kreis-guetersloh/");
    await tab.page.keyboard.press("Enter");
    await tab.page.waitForURL(`${server.origin}/regionen/kreis-guetersloh/`);
    assert.is(await tab.page.textContent("h1"), "Kreis Gütersloh");

    await tab.page.goto(`${server.origin}/suche/?q=${encodeURIComponent("Kreis Gütersloh")}`);
    await tab.page.click("#suche-seite .search-places a[href^='/karte/']");
    await tab.page.waitForURL(`${server.origin}/karte/?kreis=kreis-guetersloh`);
    await tab.page.waitForFunction(() => document.querySelector<HTMLSelectElement>("select[name=kreis]")?.value === "kreis-guetersloh");
    sameOrigin(tab, server);
    assert.equal(tab.log.errors, []);
  });

  search("a Gemeinde typed into the header names its Kreis; the place file loads only once someone searches", async ({ server, tab, counts }) => {
    await tab.page.goto(`${server.origin}/`);
    await tab.page.waitForLoadState("networkidle");
    assert.not.ok(tab.log.requests.some((url) => url.endsWith("/suche/orte.json")), "nothing before the search starts");
    await tab.page.focus("#suchfeld");
    await tab.page.keyboard.type("Rheda-Wiedenbrück");
    const answer = await placeAnswer(tab, "#suche");
    assert.equal(answer.summaries, [`Rheda-Wiedenbrück liegt im Kreis Gütersloh: ${networks(counts.get("kreis-guetersloh")!)}`]);
    assert.equal(
      answer.links.map((l) => l.href),
      ["/regionen/kreis-guetersloh/", "/karte/?kreis=kreis-guetersloh", `/karte/?nahe=${agsOf("Rheda-Wiedenbrück")}`],
    );
    assert.is(answer.links[2]!.text, "Netzwerke in der Nähe von Rheda-Wiedenbrück");
    assert.is(tab.log.requests.filter((url) => url.endsWith("/suche/orte.json")).length, 1);
    sameOrigin(tab, server);
    assert.equal(tab.log.errors, []);
    assert.equal(await cspViolations(tab.page), []);
  });

  search("a place without networks says so and leads to networks nearby on the map", async ({ server, tab, counts }) => {
    assert.is(counts.get("kreis-mettmann"), 0, "the fixture has no network in Kreis Mettmann");
    await tab.page.goto(`${server.origin}/suche/?q=Mettmann`);
    const answer = await placeAnswer(tab, "#suche-seite");
    assert.equal(answer.summaries, ["Mettmann liegt im Kreis Mettmann: noch kein Netzwerk eingetragen"]);
    assert.not.ok(answer.links.some((l) => l.href.startsWith("/regionen/")), "an empty region has no page");
    assert.equal(answer.links[0], { href: `/karte/?nahe=${agsOf("Mettmann")}`, text: "Netzwerke in der Nähe von Mettmann" });
    await tab.page.click("#suche-seite .search-places a[href*='nahe=']");
    await tab.page.waitForURL(`${server.origin}/karte/?nahe=${agsOf("Mettmann")}`);
    await tab.page.waitForFunction(() => (document.querySelector<HTMLInputElement>(".gw-nearby input")?.value ?? "").includes("Mettmann"));
    sameOrigin(tab, server);
    assert.equal(tab.log.errors, []);
  });

  search("the answer is announced once typing pauses, for the place finally typed, and goes with the place", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/`);
    const field = tab.page.locator("#suche-seite .pagefind-ui__search-input");
    await field.waitFor();
    await tab.page.evaluate(() => {
      const status = document.querySelector("#suche-seite [role=status]")!;
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => heard.push(status.textContent ?? "")).observe(status, { childList: true, characterData: true, subtree: true });
      // Two keystrokes in one task: "Hamm" is a place, but no timer can run before "Hamminkeln".
      const input = document.querySelector<HTMLInputElement>("#suche-seite .pagefind-ui__search-input")!;
      for (const value of ["Hamm", "Hamminkeln"]) {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    const summary = (await placeAnswer(tab, "#suche-seite")).summaries[0]!;
    assert.match(summary, /^Hamminkeln liegt im Kreis Wesel: /);
    await announced(tab, "#suche-seite", `${summary}.`);
    assert.equal(await tab.page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter(Boolean)), [`${summary}.`]);

    await field.fill("Bildung");
    await tab.page.waitForSelector("#suche-seite .search-places[hidden]", { state: "attached" });
    await announced(tab, "#suche-seite", "");
    await field.fill("Kreis Lippe");
    await placeAnswer(tab, "#suche-seite");
    await field.press("Escape");
    await tab.page.waitForSelector("#suche-seite .search-places[hidden]", { state: "attached" });
    assert.equal(tab.log.errors, []);
  });

  search("the place answer passes axe's checks for links, lists and contrast", async ({ server, tab }) => {
    await tab.page.goto(`${server.origin}/suche/?q=Detmold`);
    const answer = await placeAnswer(tab, "#suche-seite");
    assert.is(answer.summaries.length, 2, "Gemeinde Detmold and Regierungsbezirk Detmold");
    await axeRules(tab, ["link-name", "list", "listitem", "color-contrast", "aria-allowed-role", "landmark-unique"]);
  });

  search.run();
}
