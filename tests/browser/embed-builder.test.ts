/**
 * The builder /einbetten/ in Chromium, on the fixture site under the strict CSP: choices taken from
 * the page's address, a preview that loads once, the exact number of networks of a choice (the
 * preview's number, also for criteria that exclude each other) and the theme counts, the warning
 * about an empty map with what to drop, the feed that fits the choice, buttons of one size, and
 * the preview without JavaScript. (Snippets, copying and the Enter key are covered in embed.test.ts.)
 */
import * as assert from "uvu/assert";
import type { Browser, Frame, Page } from "playwright-core";
import { browserAvailable } from "../../scripts/browser/chromium.ts";
import type { BuilderCatalog } from "../../assets/embed/builder-catalog.ts";
import { browserSuite } from "./browser-suite.ts";
import { cspViolations, newMapPage, serveMapSite, type MapPage, type MapSite } from "./map-page.ts";

interface Context {
  browser: Browser;
  site: MapSite;
  tab: MapPage;
  /** Paths with query of every document loaded into a frame of the page (the preview's loads). */
  frameLoads: string[];
  /** Requests that failed (an aborted preview load among them), as "url error". */
  failed: string[];
}

type Properties = MapSite["networks"]["features"][number]["properties"];

function slugsWhere(site: MapSite, predicate: (p: Properties) => boolean): string[] {
  return site.networks.features.filter((f) => predicate(f.properties)).map((f) => f.properties.slug).sort();
}

function countWhere(site: MapSite, predicate: (p: Properties) => boolean): number {
  return slugsWhere(site, predicate).length;
}

/** "1 Netzwerk", "3 Netzwerke" – as the builder writes numbers. */
function networkCount(count: number): string {
  return `${count} ${count === 1 ? "Netzwerk" : "Netzwerke"}`;
}

/** The text of the line next to the form that counts the choice, once it says `expected`. */
async function countLine(page: Page, expected: string): Promise<string> {
  await page.waitForFunction((text) => document.querySelector("[data-builder-count]")?.textContent === text, expected);
  return (await page.textContent("[data-builder-count]")) ?? "";
}

/** Opens the builder with `search` and waits until the script has shown the form. */
async function openBuilder({ site, tab }: Context, search = ""): Promise<Page> {
  await tab.page.goto(`${site.server.origin}/einbetten/${search}`);
  await tab.page.waitForSelector("form[data-builder-form]:not([hidden])");
  return tab.page;
}

/** The preview frame once it shows `src` and its map has drawn. */
async function previewWith(page: Page, src: string): Promise<Frame> {
  await page.waitForFunction((expected) => document.querySelector("iframe[data-builder-preview]")?.getAttribute("src") === expected, src);
  const frame = await (await page.$("iframe[data-builder-preview]"))!.contentFrame();
  if (!frame) throw new Error("Vorschau ohne Inhalt");
  await frame.waitForURL((url) => `${url.pathname}${url.search}` === src);
  await frame.waitForFunction(() => (window as unknown as { gwMap?: unknown }).gwMap !== undefined);
  await frame.evaluate(() => (window as unknown as { gwMap: Promise<unknown> }).gwMap.then(() => undefined));
  return frame;
}

function visibleSlugs(frame: Frame): Promise<string[]> {
  return frame.$$eval("[data-map-list] li[data-slug]:not([hidden])", (items) => items.map((li) => (li as HTMLElement).dataset.slug ?? "").sort());
}

function catalogOf(page: Page): Promise<BuilderCatalog> {
  return page.$eval("#einbetten-daten", (block) => JSON.parse(block.textContent ?? "{}") as BuilderCatalog);
}

function warnings(page: Page): Promise<{ text: string; role: string | null; visible: boolean }[]> {
  return page.$$eval("[data-builder-warning]", (elements) =>
    elements.map((e) => ({ text: e.textContent ?? "", role: e.getAttribute("role"), visible: e.getBoundingClientRect().height > 0 })),
  );
}

if (browserAvailable("Einbetten: Baukasten (Browser-Tests)")) {
  const builder = browserSuite<Context>("Einbetten: Baukasten /einbetten/", {
    open: async (context) => {
      context.site = await serveMapSite();
      return context.site;
    },
    openEach: async (context) => {
      context.tab = await newMapPage(context.browser, { viewport: { width: 1280, height: 900 } });
      context.frameLoads = [];
      context.failed = [];
      context.tab.page.on("request", (request) => {
        const url = new URL(request.url());
        if (request.isNavigationRequest() && request.frame() !== context.tab.page.mainFrame()) context.frameLoads.push(`${url.pathname}${url.search}`);
      });
      context.tab.page.on("requestfailed", (request) => context.failed.push(`${request.url()} ${request.failure()?.errorText ?? ""}`));
      return context.tab.context;
    },
  });

  builder("a theme and a Kreis in the address are preselected; the preview loads once, with them", async (context) => {
    const page = await openBuilder(context, "?thema=quartier&kreis=koeln");
    const src = "/embed/?thema=quartier&kreis=koeln&fix=thema,kreis&id=vorschau";
    const frame = await previewWith(page, src);
    assert.ok(await page.isChecked("input[name=thema][value=quartier]"));
    assert.is(await page.$$eval("input[name=thema]:checked", (boxes) => boxes.length), 1);
    assert.is(await page.inputValue("select[name=region]"), "kreis:koeln");
    assert.match(await page.inputValue("textarea[data-builder-snippet=script]"), 'data-thema="quartier" data-kreis="koeln" data-fix="thema,kreis"');
    const expected = slugsWhere(context.site, (p) => p.challenges.includes("quartier") && p.kreisSlugs.includes("koeln"));
    assert.equal(await visibleSlugs(frame), expected);
    assert.is(await countLine(page, `Ihre Auswahl: ${networkCount(expected.length)}`), `Ihre Auswahl: ${networkCount(expected.length)}`);
    // One load of the preview, no aborted first load of /embed/ and nothing in the console.
    assert.equal(context.frameLoads, [src]);
    assert.equal(context.failed, []);
    assert.equal(context.tab.log.errors, []);
    assert.equal(await cspViolations(page), []);
  });

  builder("without choices in the address the preview loads once too, without an aborted load", async (context) => {
    const page = await openBuilder(context);
    await previewWith(page, "/embed/?id=vorschau");
    assert.equal(context.frameLoads, ["/embed/?id=vorschau"]);
    assert.equal(context.failed, []);
    assert.equal(context.tab.log.errors, []);
  });

  builder("the address is read like the embed's: short Bezirk names, display options, unknown values ignored", async (context) => {
    const page = await openBuilder(context, "?bezirk=detmold&thema=gibt-es-nicht&filter=aus&liste=aus&hoehe=600");
    await previewWith(page, "/embed/?bezirk=regierungsbezirk-detmold&filter=aus&liste=aus&hoehe=600&id=vorschau");
    assert.is(await page.inputValue("select[name=region]"), "bezirk:regierungsbezirk-detmold");
    assert.is(await page.$$eval("input[name=thema]:checked", (boxes) => boxes.length), 0);
    assert.ok(await page.isChecked("input[name=besucher][value=aus]"));
    assert.not.ok(await page.isChecked("input[name=liste]"));
    assert.is(await page.inputValue("input[name=hoehe]"), "600");
    assert.equal(context.tab.log.errors, []);
  });

  builder("a Kreis without networks: its option says (0), a warning names the Regierungsbezirk, and the preview is indeed empty", async (context) => {
    const page = await openBuilder(context);
    const catalog = await catalogOf(page);
    const { site } = context;
    const kreis = site.config.kreise.find((k) => countWhere(site, (p) => p.kreisSlugs.includes(k.slug)) === 0 && countWhere(site, (p) => p.regierungsbezirkSlugs.includes(k.regierungsbezirkSlug)) > 0)!;
    const value = `kreis:${kreis.slug}`;
    const empty = catalog.scopes[value]!;
    assert.is(empty.parent, `bezirk:${kreis.regierungsbezirkSlug}`);
    const parent = catalog.scopes[empty.parent!]!;
    const parentCount = countWhere(site, (p) => p.regierungsbezirkSlugs.includes(kreis.regierungsbezirkSlug));
    assert.is(await page.$eval(`option[value="${value}"]`, (o) => o.textContent), `${empty.label} (0)`);
    await countLine(page, `Ihre Auswahl: ${networkCount(site.networks.features.length)}`);
    assert.equal((await warnings(page)).map((w) => w.text), ["", ""]);

    await page.selectOption("select[name=region]", value);
    await page.waitForFunction(() => (document.querySelector("[data-builder-warning]")?.textContent ?? "") !== "");
    const [live, beforeCode] = await warnings(page);
    assert.is(live!.role, "status");
    assert.ok(live!.visible && beforeCode!.visible);
    assert.is(beforeCode!.text, live!.text);
    assert.match(live!.text, "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer.");
    assert.match(live!.text, `Wählen Sie z. B. den ${parent.label} (${networkCount(parentCount)})`);
    assert.is(await page.textContent("[data-builder-count]"), "Ihre Auswahl: 0 Netzwerke");
    const frame = await previewWith(page, `/embed/?kreis=${value.slice("kreis:".length)}&fix=kreis&id=vorschau`);
    assert.equal(await visibleSlugs(frame), []);

    // The suggestion helps: its Regierungsbezirk has networks, and the warning goes.
    await page.selectOption("select[name=region]", empty.parent!);
    await page.waitForFunction(() => (document.querySelector("[data-builder-warning]")?.textContent ?? "") === "");
    assert.ok((await warnings(page)).every((w) => w.text === "" && !w.visible));
  });

  builder("theme counts follow the chosen region; a theme without networks there is warned about", async (context) => {
    const page = await openBuilder(context);
    const themeCounts = () => page.$$eval("[data-theme-count]", (counts) => Object.fromEntries(counts.map((c) => [(c as HTMLElement).dataset.themeCount, c.textContent])));
    const expected = (kreis: string) =>
      Object.fromEntries(context.site.config.challenges.map((c) => [c.slug, `(${slugsWhere(context.site, (p) => p.challenges.includes(c.slug) && (!kreis || p.kreisSlugs.includes(kreis))).length})`]));
    assert.equal(await themeCounts(), expected(""));
    await page.selectOption("select[name=region]", "kreis:koeln");
    await page.waitForFunction((koeln) => JSON.stringify(Object.fromEntries([...document.querySelectorAll<HTMLElement>("[data-theme-count]")].map((c) => [c.dataset.themeCount, c.textContent]))) === JSON.stringify(koeln), expected("koeln"));

    const missing = context.site.config.challenges.find((c) => expected("koeln")[c.slug] === "(0)");
    assert.ok(missing, "a theme without networks in Köln");
    await page.check(`input[name=thema][value="${missing.slug}"]`);
    await page.waitForFunction(() => (document.querySelector("[data-builder-warning]")?.textContent ?? "") !== "");
    assert.match((await warnings(page))[0]!.text, `In Köln gibt es bisher kein Netzwerk zum Thema „${missing.label}“.`);
  });

  builder("a theme and a status that each have networks but none together: 0 and what to drop, without the preview", async (context) => {
    const { site } = context;
    const withTheme = (slug: string) => countWhere(site, (p) => p.challenges.includes(slug));
    const withStatus = (slug: string) => countWhere(site, (p) => p.status === slug);
    const pair = site.config.challenges
      .flatMap((theme) => site.config.statuses.map((status) => ({ theme, status })))
      .find(({ theme, status }) => withTheme(theme.slug) > 0 && withStatus(status.slug) > 0 && countWhere(site, (p) => p.challenges.includes(theme.slug) && p.status === status.slug) === 0);
    assert.ok(pair, "the examples have a theme and a status that exclude each other");
    const { theme, status } = pair;
    // The preview is replaced by a blank page: count and warning must not come from it.
    let previewRequests = 0;
    await context.tab.page.route(
      (url) => url.pathname === "/embed/",
      (route) => {
        previewRequests += 1;
        return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>leer</title>" });
      },
    );
    const page = await openBuilder(context);
    await countLine(page, `Ihre Auswahl: ${networkCount(site.networks.features.length)}`);
    await page.check(`input[name=thema][value="${theme.slug}"]`);
    await countLine(page, `Ihre Auswahl: ${networkCount(withTheme(theme.slug))}`);
    assert.equal((await warnings(page)).map((w) => w.text), ["", ""]);
    await page.check(`input[name=status][value="${status.slug}"]`);
    await countLine(page, "Ihre Auswahl: 0 Netzwerke");
    await page.waitForFunction(() => (document.querySelector("[data-builder-warning]")?.textContent ?? "") !== "");
    const [live, beforeCode] = await warnings(page);
    assert.is(beforeCode!.text, live!.text);
    assert.ok(live!.visible);
    assert.match(live!.text, "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer.");
    assert.match(live!.text, `In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „${theme.label}“ und mit dem Status „${status.label}“.`);
    // What to drop, each with the number of networks it gives.
    assert.match(live!.text, `den Status „${status.label}“ weg (${networkCount(withTheme(theme.slug))})`);
    assert.match(live!.text, `das Thema „${theme.label}“ weg (${networkCount(withStatus(status.slug))})`);
    assert.ok(previewRequests > 0, "the preview was asked for, and got a blank page");

    // Following the suggestion: the warning goes and the count is the theme's.
    await page.uncheck(`input[name=status][value="${status.slug}"]`);
    await countLine(page, `Ihre Auswahl: ${networkCount(withTheme(theme.slug))}`);
    assert.ok((await warnings(page)).every((w) => w.text === "" && !w.visible));
    assert.equal(context.tab.log.errors, []);
  });

  builder("a choice of several criteria with networks: the count and the theme counts are those the preview shows", async (context) => {
    const { site } = context;
    // A Regierungsbezirk, a status and KMU whose networks are fewer than each criterion's alone.
    const candidates = site.config.regierungsbezirke.flatMap((bezirk) =>
      site.config.statuses.map((status) => {
        const matches = (p: Properties) => p.regierungsbezirkSlugs.includes(bezirk.slug) && p.status === status.slug && p.hasKmu;
        return { bezirk, status, matches, count: countWhere(site, matches) };
      }),
    );
    const choice = candidates.find((c) => c.count > 0 && c.count < countWhere(site, (p) => p.regierungsbezirkSlugs.includes(c.bezirk.slug)) && c.count < countWhere(site, (p) => p.status === c.status.slug));
    assert.ok(choice, "a combination with networks that each criterion alone has more of");
    const page = await openBuilder(context);
    await page.selectOption("select[name=region]", `bezirk:${choice.bezirk.slug}`);
    await page.check(`input[name=status][value="${choice.status.slug}"]`);
    await page.check("input[name=kmu]");
    const line = `Ihre Auswahl: ${networkCount(choice.count)}`;
    assert.is(await countLine(page, line), line);
    assert.equal((await warnings(page)).map((w) => w.text), ["", ""]);
    // Per theme: the networks of the choice that work on it, as the map's filter panel counts.
    const themeCounts = await page.$$eval("[data-theme-count]", (counts) => Object.fromEntries(counts.map((c) => [(c as HTMLElement).dataset.themeCount, c.textContent])));
    assert.equal(themeCounts, Object.fromEntries(site.config.challenges.map((c) => [c.slug, `(${countWhere(site, (p) => choice.matches(p) && p.challenges.includes(c.slug))})`])));

    const frame = await previewWith(page, `/embed/?bezirk=${choice.bezirk.slug}&kmu=ja&status=${choice.status.slug}&fix=bezirk,kmu,status&id=vorschau`);
    const shown = await visibleSlugs(frame);
    assert.equal(shown, slugsWhere(site, choice.matches));
    assert.is(shown.length, choice.count);
    assert.match((await frame.textContent("[data-map-count]")) ?? "", new RegExp(`^${choice.count} `));
    assert.equal(context.tab.log.errors, []);
  });

  builder("next to the code: the feed of the chosen theme or region, else the feed of all networks", async (context) => {
    const page = await openBuilder(context);
    const feed = () => page.$eval("[data-builder-feed]", (p) => ({ text: p.textContent ?? "", href: p.querySelector("a")?.getAttribute("href") ?? "" }));
    const until = (href: string) => page.waitForFunction((h) => document.querySelector("[data-builder-feed] a")?.getAttribute("href") === h, href);
    assert.is((await feed()).href, "/feed/netzwerke.xml");

    await page.check("input[name=thema][value=quartier]");
    await until("/themen/quartier/feed.xml");
    assert.match((await feed()).text, "Neue Netzwerke zum Thema „Quartier und Zusammenhalt“ als Feed: https://");

    await page.check("input[name=thema][value=bildung]");
    await until("/feed/netzwerke.xml");
    assert.match((await feed()).text, "Für diese Auswahl gibt es keinen eigenen Feed. Neue Netzwerke in ganz Nordrhein-Westfalen als Feed:");

    await page.uncheck("input[name=thema][value=quartier]");
    await page.uncheck("input[name=thema][value=bildung]");
    await page.selectOption("select[name=region]", "kreis:koeln");
    await until("/regionen/koeln/feed.xml");
    assert.match((await feed()).text, "Neue Netzwerke in Köln als Feed:");
    for (const href of ["/themen/quartier/feed.xml", "/regionen/koeln/feed.xml", "/feed/netzwerke.xml"]) {
      const response = await page.request.get(`${context.site.server.origin}${href}`);
      assert.is(response.status(), 200, href);
    }
  });

  builder("every button of the builder has the site's text size and the same height", async (context) => {
    const page = await openBuilder(context);
    const sizes = await page.$$eval(".gw-builder button", (buttons) =>
      buttons.map((b) => ({ text: b.textContent, font: getComputedStyle(b).fontSize, height: Math.round(b.getBoundingClientRect().height) })),
    );
    const bodyFont = await page.evaluate(() => getComputedStyle(document.body).fontSize);
    assert.is(sizes.length, 3);
    for (const size of sizes) {
      assert.is(size.font, bodyFont, size.text ?? "");
      assert.is(size.height, sizes[0]!.height, size.text ?? "");
    }
  });

  builder("without JavaScript a preview of the whole map is shown, and the builder's empty frame stays hidden", async (context) => {
    const noScript = await context.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const page = await noScript.newPage();
      await page.goto(`${context.site.server.origin}/einbetten/`);
      assert.ok(await page.isHidden("iframe[data-builder-preview]"));
      assert.is(await page.getAttribute("iframe[data-builder-preview]", "src"), null);
      const fallback = await page.waitForSelector('iframe[src="/embed/"]');
      assert.ok(await fallback.isVisible());
      const frame = await fallback.contentFrame();
      assert.ok(frame);
      await frame.waitForSelector("li[data-slug]");
      assert.is(await frame.$$eval("li[data-slug]", (items) => items.length), context.site.networks.features.length);
    } finally {
      await noScript.close();
    }
  });

  builder.run();
}
