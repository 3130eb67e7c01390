/**
 * Shared setup of the map's browser tests: the fixture site served on loopback under the strict
 * CSP, a fresh browser context per use (own localStorage), every request recorded, every request
 * to a non-loopback host blocked (the tile host answered by a local fake), and console errors,
 * page errors, CSP violations and dialogs collected.
 */
// The DOM lib types the functions that run in the page (page.evaluate); the test itself runs in Node.
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { NetworkFeatureCollection } from "../../scripts/outputs/networks-geojson.ts";
import type { MapConfig } from "../../assets/map/map-config.ts";
import { fixtureSite } from "../setup/build-site.ts";
import { startStaticServer, strictCsp, type StaticServer } from "../../scripts/browser/static-server.ts";
import site from "../../content/_data/site.js";

/** What the tests use of the running map app (assets/map/map-app.ts `MapApp`, exposed as window.gwMap). */
export interface PageMapApp {
  readonly map: {
    fitBounds(bounds: [[number, number], [number, number]], options?: { animate?: boolean }): void;
    setView(center: [number, number], zoom: number, options?: { animate?: boolean }): void;
    getZoom(): number;
    latLngToContainerPoint(latLng: [number, number]): { x: number; y: number };
    on(types: string, listener: (event: { type: string }) => void): void;
  };
  select(slug: string): void;
}

declare global {
  interface Window {
    gwMap?: Promise<PageMapApp>;
  }
}

/** The origin of the configured tile server, e.g. "https://tile.openstreetmap.org". */
export const TILE_ORIGIN = new URL(site.tiles.url.replace(/\{[a-z]\}/g, "0")).origin;

/** The fake tile: a plain grey square. */
const FAKE_TILE = '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#ddd"/></svg>';

export interface MapSite {
  readonly server: StaticServer;
  readonly networks: NetworkFeatureCollection;
  readonly config: MapConfig;
  close(): Promise<void>;
}

/** Serves the shared fixture site (built once per process) with the strict CSP. */
export async function serveMapSite(): Promise<MapSite> {
  const fixture = await fixtureSite();
  const server = await startStaticServer({ root: fixture.outDir, csp: strictCsp(TILE_ORIGIN) });
  const networks = JSON.parse(await fixture.read("daten/netzwerke.geojson")) as NetworkFeatureCollection;
  const html = await fixture.read("karte/index.html");
  const configJson = /<script type="application\/json" id="karte-config">([^<]*)<\/script>/.exec(html)?.[1];
  if (!configJson) throw new Error("karte/index.html: Konfiguration #karte-config fehlt");
  return { server, networks, config: JSON.parse(configJson) as MapConfig, close: () => server.close() };
}

/** What happened in a page, for assertions. */
export interface PageLog {
  /** Every requested URL, in order. */
  readonly requests: string[];
  /** Console messages of type "error" and uncaught exceptions. */
  readonly errors: string[];
  /** `securitypolicyviolation` events: "directive blocked-uri". */
  readonly cspViolations: string[];
  /** alert/confirm/prompt messages (none should ever open). */
  readonly dialogs: string[];
}

export interface MapPage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly log: PageLog;
}

/** A new context and page with recording and the network fence in place (not yet navigated). */
export async function newMapPage(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<MapPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
  const log: PageLog = { requests: [], errors: [], cspViolations: [], dialogs: [] };
  // Nothing may leave the machine: block every non-loopback request; answer tiles locally.
  await context.route((url) => url.hostname !== "127.0.0.1", (route) => route.abort("blockedbyclient"));
  await context.route(`${TILE_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: "image/svg+xml", body: FAKE_TILE }));
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on("request", (request) => log.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") log.errors.push(message.text());
  });
  page.on("pageerror", (error) => log.errors.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { context, page, log };
}

/** Opens `/karte/<search>` and waits until the map has drawn its markers. */
export async function openMap(mapPage: MapPage, site: MapSite, search = ""): Promise<void> {
  await mapPage.page.goto(`${site.server.origin}/karte/${search}`);
  await waitForMap(mapPage.page);
}

/** Waits for the map app to start (or fail) and for markers to be drawn. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForFunction(() => window.gwMap !== undefined);
  await page.evaluate(() => window.gwMap!.then(() => undefined));
  await page.waitForSelector(".leaflet-marker-icon");
}

/** CSP violations the page recorded. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Slugs of the list entries that are not hidden, in list order. */
export function visibleListSlugs(page: Page): Promise<string[]> {
  return page.$$eval("[data-map-list] li[data-slug]:not([hidden])", (items) => items.map((li) => (li as HTMLElement).dataset.slug ?? ""));
}

/**
 * Networks on the map right now: single markers by slug plus the networks inside clusters,
 * counted – their sum must equal the number of networks shown.
 */
export function markerTotals(page: Page): Promise<{ singles: string[]; clustered: number; total: number }> {
  return page.$$eval(".leaflet-marker-pane .leaflet-marker-icon", (icons) => {
    const singles = icons.map((i) => (i as HTMLElement).dataset.slug).filter((s): s is string => !!s);
    const clustered = icons.reduce((sum, i) => sum + Number((i as HTMLElement).dataset.count ?? 0), 0);
    return { singles, clustered, total: singles.length + clustered };
  });
}

/** Shows all of NRW so that every marker is in view. */
export async function showAllOfNrw(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const app = await window.gwMap!;
    app.map.fitBounds([[50.3, 5.85], [52.55, 9.47]], { animate: false });
  });
}
