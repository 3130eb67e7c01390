/**
 * Embedding the map (issue #5) in Chromium. The fixture site runs on one loopback origin
 * (http://127.0.0.1:<p1>, strict CSP, `/embed/` frameable); partner pages come from a second one
 * (http://localhost:<p2>, their own strict CSP) and embed the map with embed.js or a plain iframe,
 * built with the same snippet functions as the builder /einbetten/. Checks: only the matching
 * networks, locked filters, resizing, links to the main site, forged messages, hints, privacy,
 * the builder itself.
 */
import * as assert from "uvu/assert";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import { browserSuite, type BrowserSuiteOptions } from "./browser-suite.ts";
import { serveMapSite, type MapSite } from "./map-page.ts";
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from "../../assets/embed/embed-params.ts";
import { iframeSnippet, scriptSnippet } from "../../assets/embed/embed-snippets.ts";
import { HEIGHT_MESSAGE_TYPE } from "../../assets/embed/height-message.ts";
import { EMPTY_FILTER } from "../../assets/map/filter-state.ts";
import siteData from "../../content/_data/site.js";

interface PageMapApp {
  setFilter(filter: unknown): void;
  select(slug: string): void;
}

declare global {
  interface Window {
    __cspViolations: string[];
  }
}

/** One theme in one Kreis: matches at least one fixture network and excludes others of both. */
const FIXED: EmbedOptions = { ...DEFAULT_EMBED_OPTIONS, filter: { ...EMPTY_FILTER, challenges: ["quartier"], kreis: "koeln" }, fixed: ["thema", "kreis"] };

/** A partner's own strict policy: only the map's origin for embed.js and the frame. */
function partnerCsp(mapOrigin: string, styleAttributes = false): string {
  return [
    "default-src 'none'",
    `script-src ${mapOrigin}`,
    `frame-src ${mapOrigin}`,
    // The plain iframe snippet carries style="border:0" for the partner's page; a partner whose
    // policy forbids style attributes uses embed.js (which sets the style as a property) instead.
    styleAttributes ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function partnerPage(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>Text der Partnerseite.</p>${body}<p>Ende der Partnerseite.</p></body></html>`;
}

interface PartnerSite {
  readonly origin: string;
  close(): Promise<void>;
}

/** The partner's server on a second loopback origin (`localhost` instead of 127.0.0.1). */
async function servePartner(mapOrigin: string): Promise<PartnerSite> {
  const pages: Record<string, { html: string; csp: string }> = {
    "/skript.html": { html: partnerPage("Partner mit Skript", scriptSnippet(FIXED, mapOrigin)), csp: partnerCsp(mapOrigin) },
    "/iframe.html": { html: partnerPage("Partner mit iframe", iframeSnippet(FIXED, mapOrigin)), csp: partnerCsp(mapOrigin, true) },
  };
  const server: Server = createServer((request, response) => {
    const page = pages[new URL(request.url ?? "/", "http://localhost").pathname];
    if (!page) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'" });
      response.end("Nicht gefunden");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": page.csp, "Cache-Control": "no-store" });
    response.end(page.html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Log {
  readonly requests: string[];
  readonly errors: string[];
  readonly dialogs: string[];
}

interface Context {
  browser: Browser;
  site: MapSite;
  partner: PartnerSite;
  context: BrowserContext;
  page: Page;
  log: Log;
}

/** A context that records every request (all frames) and lets only the two origins through. */
async function newContext(context: Context, options: { javaScriptEnabled?: boolean } = {}): Promise<void> {
  const allowed = new Set([context.site.server.origin, context.partner.origin]);
  context.context = await context.browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  context.log = { requests: [], errors: [], dialogs: [] };
  context.context.on("request", (request) => context.log.requests.push(request.url()));
  await context.context.route((url) => !allowed.has(url.origin), (route) => route.abort("blockedbyclient"));
  await context.context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${location.origin} ${e.violatedDirective} ${e.blockedURI}`));
  });
  context.page = await context.context.newPage();
  context.page.on("console", (message) => {
    if (message.type() === "error") context.log.errors.push(message.text());
  });
  context.page.on("pageerror", (error) => context.log.errors.push(`pageerror: ${error.message}`));
  context.page.on("dialog", (dialog) => {
    context.log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/** The map site and a partner site embedding it, for all tests; a fresh context (see newContext) for each. */
const embedSetUp: BrowserSuiteOptions<Context> = {
  open: async (context) => {
    context.site = await serveMapSite();
    context.partner = await servePartner(context.site.server.origin);
    return [context.partner, context.site];
  },
  openEach: async (context) => {
    await newContext(context);
    // Some tests replace the context (to switch JavaScript off): close the one there is at the end.
    return { close: () => context.context.close() };
  },
};

/** Waits until the embed in `frame` has started its map and drawn markers. */
async function waitForEmbed(frame: Frame): Promise<Frame> {
  await frame.waitForFunction(() => (window as unknown as { gwMap?: unknown }).gwMap !== undefined);
  await frame.evaluate(() => (window as unknown as { gwMap: Promise<unknown> }).gwMap.then(() => undefined));
  await frame.waitForSelector(".leaflet-marker-icon");
  return frame;
}

/** The embed's frame on a partner page, once its map has drawn. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector("iframe");
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("iframe ohne Inhalt");
  return waitForEmbed(frame);
}

/** Polls until `read` gives `expected` (or returns the last value after `ms`). */
async function eventually<T>(read: () => Promise<T>, expected: () => Promise<T>, ms = 3000): Promise<[T, T]> {
  const until = Date.now() + ms;
  for (;;) {
    const [actual, wanted] = [await read(), await expected()];
    if (actual === wanted || Date.now() > until) return [actual, wanted];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function visibleSlugs(frame: Frame): Promise<string[]> {
  return frame.$$eval("[data-map-list] li[data-slug]:not([hidden])", (items) => items.map((li) => (li as HTMLElement).dataset.slug ?? "").sort());
}

function markerTotal(frame: Frame): Promise<number> {
  return frame.$$eval(".leaflet-marker-pane .leaflet-marker-icon", (icons) => icons.reduce((sum, i) => sum + ((i as HTMLElement).dataset.slug ? 1 : Number((i as HTMLElement).dataset.count ?? 0)), 0));
}

function slugsWhere(site: MapSite, predicate: (p: MapSite["networks"]["features"][number]["properties"]) => boolean): string[] {
  return site.networks.features.filter((f) => predicate(f.properties)).map((f) => f.properties.slug).sort();
}

const quartierInKoeln = (s: MapSite) => slugsWhere(s, (p) => p.challenges.includes("quartier") && p.kreisSlug === "koeln");

async function violations(page: Page): Promise<string[]> {
  const all: string[] = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations ?? []).catch(() => [])));
  return all;
}

if (browserAvailable("Einbetten (Browser-Tests)")) {
  const partner = browserSuite("Einbetten: Partnerseite mit embed.js", embedSetUp);

  partner("the fixture has networks inside and outside the fixed theme and Kreis", ({ site }) => {
    assert.ok(quartierInKoeln(site).length >= 1);
    assert.ok(slugsWhere(site, (p) => p.challenges.includes("quartier") && p.kreisSlug !== "koeln").length >= 1);
    assert.ok(slugsWhere(site, (p) => !p.challenges.includes("quartier") && p.kreisSlug === "koeln").length >= 1);
  });

  partner("embed.js inserts a titled, lazy frame from the map origin showing only the matching networks", async ({ site, partner, page }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const iframe = await page.$eval("iframe", (f) => ({ src: f.src, title: f.title, loading: f.getAttribute("loading") }));
    assert.is(new URL(iframe.src).origin, site.server.origin);
    assert.is(new URL(iframe.src).search, "?thema=quartier&kreis=koeln&fix=thema,kreis&id=gemeinsam-wirken-karte-1");
    assert.is(iframe.title, "Karte der Wirkungsnetzwerke in Nordrhein-Westfalen");
    assert.is(iframe.loading, "lazy");
    assert.not.ok(await page.$("[data-gemeinsam-wirken-karte] > a"), "the fallback link is replaced");

    const expected = quartierInKoeln(site);
    assert.equal(await visibleSlugs(frame), expected);
    assert.is(await frame.$$eval("[data-map-list] li[data-slug]", (items) => items.length), expected.length, "entries that do not match are not in the list");
    assert.is(await markerTotal(frame), expected.length);
    assert.is(await frame.textContent("[data-embed-note]"), "Diese Karte zeigt nur Netzwerke zum Thema „Quartier und Zusammenhalt“ in der Region „Köln“.");
    assert.ok(await frame.isHidden("[data-embed-hints]"));
  });

  partner("locked filters cannot be removed: no controls, reset and wider filters keep them, later URL values lose", async ({ site, partner, page }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const expected = quartierInKoeln(site);
    for (const control of ["input[name=thema]", "select[name=kreis]", "select[name=bezirk]"]) assert.is(await frame.$(control), null, control);
    // Locked filters are not the visitor's: not counted as active, nothing to reset.
    assert.is(await frame.textContent(".gw-filter__active"), "");
    assert.ok(await frame.isDisabled(".gw-filter__reset"));

    // The free filters still work: KMU narrows, reset brings back the locked view – not more.
    await frame.check("input[name=kmu]");
    assert.equal(await visibleSlugs(frame), slugsWhere(site, (p) => expected.includes(p.slug) && p.hasKmu));
    await frame.fill("input[name=suche]", "zzz-nichts");
    await frame.waitForFunction(() => document.querySelectorAll("[data-map-list] li[data-slug]:not([hidden])").length === 0);
    await frame.click(".gw-filter__reset");
    assert.equal(await visibleSlugs(frame), expected);

    // Even the app's own API cannot widen it.
    await frame.evaluate(async (filter) => (await (window as unknown as { gwMap: Promise<PageMapApp> }).gwMap).setFilter(filter), { ...EMPTY_FILTER });
    assert.equal(await visibleSlugs(frame), expected);
    assert.is(await markerTotal(frame), expected.length);

    // Other values appended to the frame's address do not override the locked ones.
    const src = await page.$eval("iframe", (f) => f.src);
    await frame.goto(`${src}&thema=bildung&kreis=essen&fix=alle`);
    await frame.waitForSelector(".leaflet-marker-icon");
    assert.equal(await visibleSlugs(frame), expected);
    const hints = (await frame.textContent("[data-embed-hints]")) ?? "";
    assert.match(hints, "„thema“ ist mehrfach angegeben; es gilt der erste Wert.");
    assert.match(hints, "„kreis“ ist mehrfach angegeben; es gilt der erste Wert.");
  });

  partner("the frame takes the height the embed reports, also when the content changes", async ({ partner, page }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.querySelector("[data-embed]")!.getBoundingClientRect().height));
    const frameHeight = () => page.$eval("iframe", (f) => Number(f.getAttribute("height")));
    const [applied, initial] = await eventually(frameHeight, contentHeight);
    assert.is(applied, initial);
    assert.is.not(initial, 480 + 160, "the frame kept its initial height");
    // The list shrinks when KMU is ticked (or a hint appears): the frame follows.
    await frame.fill("input[name=suche]", "zzz-nichts");
    await frame.waitForFunction(() => document.querySelectorAll("[data-map-list] li[data-slug]:not([hidden])").length === 0);
    await page.waitForFunction((h) => Number(document.querySelector("iframe")!.getAttribute("height")) !== h, initial);
    const [after, content] = await eventually(frameHeight, contentHeight);
    assert.is(after, content);
    assert.ok(after < initial);
  });

  partner("forged or malformed height messages are ignored", async ({ partner, page }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const frameHeight = () => page.$eval("iframe", (f) => Number(f.getAttribute("height")));
    const contentHeight = () => frame.evaluate(() => Math.ceil(document.querySelector("[data-embed]")!.getBoundingClientRect().height));
    const [before] = await eventually(frameHeight, contentHeight);
    const id = "gemeinsam-wirken-karte-1";

    // From the partner page itself, and from another frame of the partner's origin.
    await page.evaluate(({ type, id }) => window.postMessage({ type, height: 321, id }, "*"), { type: HEIGHT_MESSAGE_TYPE, id });
    await page.evaluate(() => {
      const other = document.createElement("iframe");
      other.name = "andere";
      document.body.append(other);
    });
    const other = page.frames().find((f) => f.name() === "andere");
    assert.ok(other);
    await other.evaluate(({ type, id }) => parent.postMessage({ type, height: 322, id }, "*"), { type: HEIGHT_MESSAGE_TYPE, id });
    // From the real frame, but malformed.
    const malformed: unknown[] = [
      { type: HEIGHT_MESSAGE_TYPE, height: "333", id },
      { type: HEIGHT_MESSAGE_TYPE, height: 99999, id },
      { type: HEIGHT_MESSAGE_TYPE, height: 10, id },
      { type: HEIGHT_MESSAGE_TYPE, height: Number.NaN, id },
      { type: HEIGHT_MESSAGE_TYPE, height: 334.5, id },
      { type: HEIGHT_MESSAGE_TYPE, height: 335, id: "andere-karte" },
      { type: HEIGHT_MESSAGE_TYPE, height: 336 },
      { type: "andere:hoehe", height: 337, id },
      [HEIGHT_MESSAGE_TYPE, 338, id],
      null,
      "gemeinsam-wirken:hoehe 339",
    ];
    for (const message of malformed) await frame.evaluate((m) => parent.postMessage(m, "*"), message);
    await page.waitForTimeout(200);
    assert.is(await frameHeight(), before);

    // The same message, well-formed and from the real frame, is applied (the checks are not too strict).
    await frame.evaluate(({ type, id }) => parent.postMessage({ type, height: 777, id }, "*"), { type: HEIGHT_MESSAGE_TYPE, id });
    await page.waitForFunction(() => document.querySelector("iframe")!.getAttribute("height") === "777");
  });

  partner("links open the main site in a new tab; the partner page stays", async ({ site, partner, page, context }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const [slug] = quartierInKoeln(site);
    // Every link but Leaflet's own controls (zoom buttons, attribution to other sites).
    const own = await frame.$$eval("a[href]:not(.leaflet-control-container a)", (anchors) =>
      anchors.map((a) => ({ attr: a.getAttribute("href") ?? "", target: (a as HTMLAnchorElement).target, rel: (a as HTMLAnchorElement).rel })),
    );
    for (const expected of quartierInKoeln(site)) {
      assert.ok(own.some((link) => link.attr === `${site.server.origin}/netzwerke/${expected}/`), `link to ${expected}`);
    }
    for (const link of own) {
      assert.is(new URL(link.attr).origin, site.server.origin, link.attr);
      assert.is(link.target, "_blank", link.attr);
      assert.match(link.rel, "noopener", link.attr);
    }
    assert.is(await frame.getAttribute("[data-embed-full-map]", "href"), `${site.server.origin}/karte/?thema=quartier&kreis=koeln`);

    await frame.evaluate(async (s) => (await (window as unknown as { gwMap: Promise<PageMapApp> }).gwMap).select(s), slug!);
    const popupLink = await frame.waitForSelector(`.leaflet-popup .gw-popup[data-slug="${slug}"] .gw-popup__title a`);
    assert.is(await popupLink.getAttribute("href"), `${site.server.origin}/netzwerke/${slug}/`);
    assert.is(await popupLink.getAttribute("target"), "_blank");
    assert.is(await popupLink.getAttribute("rel"), "noopener");

    const [opened] = await Promise.all([context.waitForEvent("page"), frame.click(`[data-map-list] li[data-slug="${slug}"] .network-card__title a`)]);
    await opened.waitForLoadState("domcontentloaded");
    assert.is(opened.url(), `${site.server.origin}/netzwerke/${slug}/`);
    assert.is(page.url(), `${partner.origin}/skript.html`);
    await opened.close();
  });

  partner("nothing leaves the two origins, no cookies, no storage, no history; CSP and console clean", async ({ site, partner, page, context, log }) => {
    await page.goto(`${partner.origin}/skript.html`);
    const frame = await embedFrame(page);
    const historyBefore = await page.evaluate(() => history.length);
    const src = await page.$eval("iframe", (f) => f.src);
    await frame.check("input[name=kmu]");
    await frame.click(".leaflet-marker-icon");
    await frame.waitForSelector(".leaflet-popup");
    await frame.fill("input[name=suche]", "Kalk");
    await frame.waitForTimeout(400);
    // An embed of the default height gets the collapsed form of the control (background-map-control.ts).
    assert.ok(await frame.isVisible(".gw-background-disclosure"), "the same consent control as /karte/, collapsed");

    const origins = new Set(log.requests.map((u) => new URL(u).origin));
    assert.equal([...origins].sort(), [site.server.origin, partner.origin].sort());
    assert.equal(await context.cookies(), []);
    // Browsers that block storage in third-party frames throw here: then nothing can be stored either.
    const stored = () => {
      try {
        return localStorage.length;
      } catch {
        return 0;
      }
    };
    assert.is(await frame.evaluate(stored), 0);
    assert.is(await page.evaluate(stored), 0);
    assert.is(frame.url(), src, "the embed writes nothing to its address");
    assert.is(await page.evaluate(() => history.length), historyBefore);
    assert.equal(log.errors, []);
    assert.equal(log.dialogs, []);
    assert.equal(await violations(page), []);
  });

  partner("a plain iframe works too, at the snippet's fixed height", async ({ site, partner, page, log }) => {
    await page.goto(`${partner.origin}/iframe.html`);
    const frame = await embedFrame(page);
    assert.equal(await visibleSlugs(frame), quartierInKoeln(site));
    await page.waitForTimeout(300);
    assert.is(await page.$eval("iframe", (f) => f.getAttribute("height")), "640");
    // It fills the partner's column (the width comes from its style, not from an invalid width="100%").
    const widths = await page.$eval("iframe", (f) => [f.getBoundingClientRect().width, f.parentElement!.clientWidth]);
    assert.is(widths[0], widths[1]);
    assert.equal(log.errors, []);
    assert.equal(await violations(page), []);
  });

  partner.run();

  const options = browserSuite("Einbetten: Parameter im Browser", embedSetUp);

  options("invalid and hostile parameters show a hint, run nothing, and the map still works", async ({ site, page, log }) => {
    const search = `?thema=xyz&kreis=koeln&ansicht=NaN/1/2&suche=${encodeURIComponent("<img src=x onerror=alert(1)>")}&__proto__=1&netzwerk=${encodeURIComponent("javascript:alert(1)")}`;
    await page.goto(`${site.server.origin}/embed/${search}`);
    const frame = await waitForEmbed(page.mainFrame());
    const hints = (await frame.$$eval("[data-embed-hints] li", (items) => items.map((li) => li.textContent ?? ""))).join("\n");
    assert.match(hints, "Unbekanntes Thema „xyz“ wurde ignoriert.");
    assert.match(hints, "Unbekannter Parameter „__proto__“ wurde ignoriert.");
    assert.match(hints, "„javascript:alert(1)“");
    assert.match(hints, "Ansicht");
    assert.is(await frame.$$eval("[data-embed-hints] img, [data-embed-hints] script", (found) => found.length), 0);
    // Not locked: the Kreis is preselected and can be changed; the text search is a search.
    assert.is(await frame.inputValue("select[name=kreis]"), "koeln");
    assert.is(await frame.inputValue("input[name=suche]"), "<img src=x onerror=alert(1)>");
    const koeln = slugsWhere(site, (p) => p.kreisSlug === "koeln");
    await frame.fill("input[name=suche]", "");
    await frame.waitForFunction((n) => document.querySelectorAll("[data-map-list] li[data-slug]:not([hidden])").length === n, koeln.length);
    assert.equal(await visibleSlugs(frame), koeln);
    await frame.selectOption("select[name=kreis]", "");
    assert.is((await visibleSlugs(frame)).length, site.networks.features.length);
    assert.equal(log.dialogs, []);
    assert.equal(log.errors, []);
    assert.equal(await violations(page), []);
  });

  options("filter=aus and liste=aus leave only the map, with the locked filters named", async ({ site, page }) => {
    await page.goto(`${site.server.origin}/embed/?bezirk=detmold&kmu=ja&filter=aus&liste=aus&hoehe=300`);
    await page.waitForSelector(".leaflet-marker-icon");
    assert.ok(await page.isHidden("[data-map-controls]"));
    assert.ok(await page.isHidden("[data-map-list]"));
    assert.is(await page.$eval("[data-map-canvas]", (c) => Math.round(c.getBoundingClientRect().height)), 300);
    assert.is(await page.textContent("[data-embed-note]"), "Diese Karte zeigt nur Netzwerke im Regierungsbezirk „Detmold“, mit Partnern aus kleinen und mittleren Unternehmen.");
    const expected = slugsWhere(site, (p) => p.regierungsbezirkSlug === "regierungsbezirk-detmold" && p.hasKmu);
    assert.is(await markerTotal(page.mainFrame()), expected.length);
  });

  options("without JavaScript the embed lists every network and links to /karte/", async (context) => {
    await context.context.close();
    await newContext(context, { javaScriptEnabled: false });
    const { page, site } = context;
    await page.goto(`${site.server.origin}/embed/?thema=quartier&fix=thema`);
    assert.is(await page.$$eval("li[data-slug]:not([hidden])", (items) => items.length), site.networks.features.length);
    assert.match((await page.textContent(".gw-embed__nojs")) ?? "", "Ohne JavaScript zeigt diese Karte alle Netzwerke");
    assert.is(await page.getAttribute("[data-embed-full-map]", "href"), "/karte/");
    assert.is(await page.$eval("base", (b) => b.getAttribute("target")), "_blank");
  });

  options("with locked filters the count counts within them, and further filters count against that", async ({ site, page }) => {
    const pflege = slugsWhere(site, (p) => p.challenges.includes("gesundheit-pflege"));
    // A status some, but not all, of them have.
    const status = site.config.statuses.find(({ slug }) => {
      const n = slugsWhere(site, (p) => pflege.includes(p.slug) && p.status === slug).length;
      return n > 0 && n < pflege.length;
    })?.slug;
    assert.ok(status, "fixture: Pflege networks of different status");
    const narrowed = slugsWhere(site, (p) => pflege.includes(p.slug) && p.status === status);
    await page.goto(`${site.server.origin}/embed/?thema=gesundheit-pflege&fix=thema`);
    const frame = await waitForEmbed(page.mainFrame());
    assert.is(await frame.textContent("[data-map-count]"), `${pflege.length} Netzwerke`);
    await frame.check(`input[name=status][value="${status}"]`);
    assert.is(await frame.textContent("[data-map-count]"), `${narrowed.length} von ${pflege.length} Netzwerken`);

    // Without locked filters the embed counts against all networks, as /karte/ does.
    await page.goto(`${site.server.origin}/embed/?thema=gesundheit-pflege`);
    await waitForEmbed(page.mainFrame());
    assert.is(await page.textContent("[data-map-count]"), `${pflege.length} von ${site.networks.features.length} Netzwerken`);
  });

  options("one locked theme colours every marker in its colour and needs no legend", async ({ site, page }) => {
    await page.goto(`${site.server.origin}/embed/?thema=gesundheit-pflege&fix=thema`);
    const frame = await waitForEmbed(page.mainFrame());
    await frame.evaluate(async () => {
      const app = await (window as unknown as { gwMap: Promise<{ map: { setView(c: [number, number], z: number, o: { animate: boolean }): void } }> }).gwMap;
      // Close enough that no two networks share a cluster.
      app.map.setView([51.5, 7.5], 8, { animate: false });
    });
    const dots = await frame.$$eval(".gw-marker__dot", (items) => items.map((dot) => dot.className));
    assert.ok(dots.length > 0);
    assert.ok(dots.every((name) => name.includes("challenge--gesundheit-pflege")), dots.join(", "));
    assert.ok(slugsWhere(site, (p) => p.challenges.includes("gesundheit-pflege") && p.challenges[0] !== "gesundheit-pflege").length > 0, "fixture: a Pflege network whose first theme is another");
    assert.is(await frame.$$eval(".gw-legend", (items) => items.length), 0);

    // Two themes (or none) locked: the colours tell them apart, so the legend stays.
    await page.goto(`${site.server.origin}/embed/?thema=gesundheit-pflege,bildung&fix=thema`);
    await waitForEmbed(page.mainFrame());
    assert.is(await page.$$eval(".gw-legend", (items) => items.length), 1);
  });

  options("no match: the list says so; the reset keeps the locked filters and resets only the visitor's own", async ({ site, page }) => {
    const lippe = slugsWhere(site, (p) => p.kreisSlug === "kreis-lippe");
    assert.ok(lippe.length > 0 && slugsWhere(site, (p) => p.kreisSlug === "kreis-lippe" && p.challenges.includes("inklusion")).length === 0);
    await page.goto(`${site.server.origin}/embed/?kreis=kreis-lippe&fix=kreis`);
    const frame = await waitForEmbed(page.mainFrame());
    await frame.check("input[name=thema][value=inklusion]");
    assert.is(await frame.textContent(".gw-map-empty [role=status]"), "Keine Netzwerke für diese Auswahl: Thema „Inklusion und Teilhabe“.");
    await frame.click(".gw-map-empty__reset");
    assert.equal(await visibleSlugs(frame), lippe);
    assert.is(await frame.textContent("[data-map-count]"), lippe.length === 1 ? "1 Netzwerk" : `${lippe.length} Netzwerke`);
    assert.is(await frame.textContent(".gw-map-empty [role=status]"), "");
  });

  options("locked filters that match nothing: the embed says so, with nothing to reset", async ({ site, page }) => {
    const used = new Set(site.networks.features.map((f) => f.properties.kreisSlug));
    const kreis = site.config.kreise.find((k) => !used.has(k.slug));
    assert.ok(kreis, "fixture: a Kreis without networks");
    await page.goto(`${site.server.origin}/embed/?kreis=${kreis.slug}&fix=kreis`);
    await page.evaluate(() => (window as unknown as { gwMap: Promise<unknown> }).gwMap.then(() => undefined));
    assert.is(await page.textContent(".gw-map-empty [role=status]"), "Diese Karte zeigt zurzeit keine Netzwerke.");
    assert.ok(await page.isHidden(".gw-map-empty__reset"));
    assert.is(await page.textContent("[data-map-count]"), "Keine Netzwerke");
  });

  options("an unknown Kreis in the address is named in the hints and leaves the map whole", async ({ site, page }) => {
    await page.goto(`${site.server.origin}/embed/?kreis=lippe`);
    const frame = await waitForEmbed(page.mainFrame());
    assert.match((await frame.textContent("[data-embed-hints]")) ?? "", "Unbekannter Kreis „lippe“ wurde ignoriert.");
    assert.is(await frame.textContent("[data-map-count]"), `Alle ${site.networks.features.length} Netzwerke`);
  });

  options.run();

  const builder = browserSuite("Einbetten: Baukasten /einbetten/", embedSetUp);

  builder("choosing options updates the preview and both snippets; copying puts the snippet on the clipboard", async ({ site, page, context, log }) => {
    const origin = site.server.origin;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await page.goto(`${origin}/einbetten/`);
    await page.waitForSelector("form[data-builder-form]:not([hidden])");
    assert.ok(await page.isHidden("[data-builder-nojs]"));
    const previewSrc = () => page.$eval("iframe[data-builder-preview]", (f) => f.getAttribute("src"));
    const snippet = (kind: string) => page.inputValue(`textarea[data-builder-snippet=${kind}]`);
    assert.is(await previewSrc(), "/embed/?id=vorschau");

    await page.check("input[name=thema][value=quartier]");
    await page.selectOption("select[name=region]", "kreis:koeln");
    await page.waitForFunction(() => document.querySelector("iframe[data-builder-preview]")!.getAttribute("src") === "/embed/?thema=quartier&kreis=koeln&fix=thema,kreis&id=vorschau");
    assert.is(
      await snippet("iframe"),
      `<iframe src="${siteData.url}/embed/?thema=quartier&amp;kreis=koeln&amp;fix=thema,kreis" title="Karte der Wirkungsnetzwerke in Nordrhein-Westfalen" loading="lazy" height="640" style="width:100%;border:0"></iframe>`,
    );
    assert.is(
      await snippet("script"),
      [
        `<div data-gemeinsam-wirken-karte data-thema="quartier" data-kreis="koeln" data-fix="thema,kreis">`,
        `  <a href="${siteData.url}/karte/?thema=quartier&amp;kreis=koeln">Karte der Wirkungsnetzwerke in Nordrhein-Westfalen</a>`,
        `</div>`,
        `<script src="${siteData.url}/embed.js" defer></script>`,
      ].join("\n"),
    );
    // The preview shows what the snippet will show.
    const frame = await embedFrame(page);
    assert.equal(await visibleSlugs(frame), quartierInKoeln(site));

    await page.check("input[name=besucher][value=aus]");
    await page.uncheck("input[name=liste]");
    await page.fill("input[name=hoehe]", "600");
    await page.waitForFunction(() => document.querySelector("iframe[data-builder-preview]")!.getAttribute("src") === "/embed/?thema=quartier&kreis=koeln&filter=aus&liste=aus&hoehe=600&id=vorschau");
    assert.match(await snippet("iframe"), 'embed/?thema=quartier&amp;kreis=koeln&amp;filter=aus&amp;liste=aus&amp;hoehe=600" ');
    assert.match(await snippet("iframe"), 'height="760"');
    assert.match(await snippet("script"), 'data-filter="aus" data-liste="aus" data-hoehe="600">');

    await page.click("button[data-copy=script]");
    await page.waitForFunction(() => (document.querySelector("[data-builder-status]")?.textContent ?? "") !== "");
    assert.is(await page.evaluate(() => navigator.clipboard.readText()), await snippet("script"));
    assert.match((await page.textContent("[data-builder-status]")) ?? "", "Zwischenablage");
    assert.equal(log.errors, []);
    assert.equal(await violations(page), []);
  });

  builder("Enter in the height field keeps the page and its choices and leads to the code", async ({ site, page, log }) => {
    await page.goto(`${site.server.origin}/einbetten/`);
    await page.waitForSelector("form[data-builder-form]:not([hidden])");
    await page.check("input[name=thema][value=quartier]");
    await page.fill("input[name=hoehe]", "600");
    await page.press("input[name=hoehe]", "Enter");
    await page.waitForFunction(() => document.activeElement?.matches("textarea[data-builder-snippet=script]"));
    assert.is(page.url(), `${site.server.origin}/einbetten/`);
    assert.ok(await page.isChecked("input[name=thema][value=quartier]"));
    const code = await page.inputValue("textarea[data-builder-snippet=script]");
    assert.match(code, 'data-thema="quartier"');
    assert.match(code, 'data-hoehe="600">');
    // The preview frame fills its column although it has no width attribute.
    const widths = await page.$eval("iframe[data-builder-preview]", (f) => [f.getBoundingClientRect().width, f.parentElement!.clientWidth]);
    assert.is(widths[0], widths[1]);
    assert.equal(log.errors, []);
  });

  builder("without JavaScript the builder explains embedding and offers the default snippets", async (context) => {
    await context.context.close();
    await newContext(context, { javaScriptEnabled: false });
    const { page, site } = context;
    await page.goto(`${site.server.origin}/einbetten/`);
    assert.ok(await page.isVisible("[data-builder-nojs]"));
    assert.ok(await page.isHidden("form[data-builder-form]"));
    assert.match(await page.inputValue("textarea[data-builder-snippet=script]"), `<script src="${siteData.url}/embed.js" defer></script>`);
    assert.match(await page.inputValue("textarea[data-builder-snippet=iframe]"), `<iframe src="${siteData.url}/embed/" title=`);
    assert.match((await page.textContent("#datenschutz + ul")) ?? "", "keine Cookies");
  });

  builder.run();
}
