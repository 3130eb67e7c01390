/**
 * The set-up every browser suite shares: the process's one Chromium for all its tests, what the
 * suite serves (a site, a partner page) started once, and what each test has of its own (a page in
 * a fresh browser context) – everything closed again in the right order: a test's own things right
 * after it, the served things after the last test, and only then the browser.
 */
import { suite, type Test } from "uvu";
import type { Browser } from "playwright-core";
import { acquireBrowser, releaseBrowser } from "../../scripts/browser/chromium.ts";
import { newMapPage, serveMapSite, type MapPage, type MapSite } from "./map-page.ts";

/** Something a suite or a test started and has to stop again: a server, a browser context. */
export interface Closable {
  close(): Promise<void>;
}

/** What an opener hands back to be closed later: one thing, several (closed in that order), or nothing. */
export type ToClose = Closable | readonly Closable[] | void;

/** What a {@link browserSuite} starts besides the browser; both default to nothing. */
export interface BrowserSuiteOptions<C> {
  /**
   * Starts what all tests of the suite use and puts it into the context; runs once the browser is
   * there. What it returns is closed after the last test, before the browser is released.
   */
  readonly open?: (context: C) => Promise<ToClose>;
  /** Starts what each test has of its own and puts it into the context; what it returns is closed right after the test. */
  readonly openEach?: (context: C) => Promise<ToClose>;
}

/**
 * A uvu suite whose tests share the process's Chromium as `context.browser`, acquired before the
 * first test and released after the last.
 * @param name the suite's name
 * @param options what the suite and each test open; by default nothing but the browser
 * @returns the suite, to add tests (and any further hooks) to and `.run()`
 * @example
 * const start = browserSuite<{ browser: Browser; server: StaticServer }>("Startseite", {
 *   open: async (context) => {
 *     context.server = await startStaticServer({ root: (await fixtureSite()).outDir });
 *     return context.server;
 *   },
 * });
 */
export function browserSuite<C extends { browser: Browser }>(name: string, options: BrowserSuiteOptions<C> = {}): Test<C> {
  const s = suite<C>(name, {} as C);
  // uvu runs `after` even when `before` failed, and the after-each hook even when the test failed:
  // only what was really opened is closed, and the browser is released in any case.
  let suiteOpened: readonly Closable[] = [];
  let testOpened: readonly Closable[] = [];
  s.before(async (context) => {
    context.browser = await acquireBrowser();
    suiteOpened = asList(await options.open?.(context));
  });
  if (options.openEach) {
    const openEach = options.openEach;
    s.before.each(async (context) => {
      testOpened = asList(await openEach(context));
    });
    s.after.each(async () => {
      const closing = testOpened;
      testOpened = [];
      await closeAll(closing);
    });
  }
  s.after(async () => {
    try {
      await closeAll(suiteOpened);
    } finally {
      suiteOpened = [];
      await releaseBrowser();
    }
  });
  return s;
}

function asList(toClose: ToClose): readonly Closable[] {
  if (!toClose) return [];
  return "close" in toClose ? [toClose] : toClose;
}

async function closeAll(closables: readonly Closable[]): Promise<void> {
  for (const closable of closables) await closable.close();
}

/** A page's size in CSS pixels. */
type Viewport = { readonly width: number; readonly height: number };

/** What the tests of a {@link mapSuite} get. */
export interface MapSuiteContext {
  browser: Browser;
  /** The map fixture site, served for the whole suite. */
  site: MapSite;
}

/** What the tests of a {@link mapSuite} with `page` get. */
export interface MapPageSuiteContext extends MapSuiteContext {
  /** A page of the test's own, in a fresh browser context (own localStorage, own request log). */
  mapPage: MapPage;
}

/**
 * A browser suite serving the map fixture site ({@link serveMapSite}) as `context.site`.
 * @param name the suite's name
 * @param options `page`: give every test a fresh page ({@link newMapPage}) as `context.mapPage`,
 *   closed after the test – of this viewport size, or with `true` of the default size
 */
export function mapSuite(name: string): Test<MapSuiteContext>;
export function mapSuite(name: string, options: { readonly page: Viewport | true }): Test<MapPageSuiteContext>;
export function mapSuite(name: string, options: { readonly page?: Viewport | true } = {}): Test<MapPageSuiteContext> {
  const { page } = options;
  return browserSuite<MapPageSuiteContext>(name, {
    open: async (context) => {
      context.site = await serveMapSite();
      return context.site;
    },
    openEach: page
      ? async (context) => {
          context.mapPage = await newMapPage(context.browser, page === true ? {} : { viewport: page });
          return context.mapPage.context;
        }
      : undefined,
  });
}
