/**
 * Every built page: valid HTML (html-validate, .htmlvalidate.json), one h1, German, landmarks and
 * skip link, and nothing a strict Content Security Policy (`script-src 'self'`, `style-src 'self'`)
 * would block: no inline scripts (JSON data blocks excepted), no inline event handlers, no `style`
 * attributes or elements. No page loads anything from another origin.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { sitePolicy } from "../../scripts/site/content-security-policy.ts";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, type Page } from "./html.ts";
import { ROOT } from "../../scripts/paths.ts";

const quality = suite<{ site: FixtureSite; pages: Map<string, Page> }>("HTML quality");

quality.before(async (context) => {
  context.site = await fixtureSite();
  context.pages = new Map();
  for (const file of context.site.htmlFiles) context.pages.set(file, parsePage(await context.site.read(file)));
});

quality("every page passes html-validate", async ({ site }) => {
  // No global configuration: one with `root: true` stopped the search for .htmlvalidate.json, and
  // pages were validated against no rules at all.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const failures: string[] = [];
  for (const file of site.htmlFiles) {
    // Validate with the project's .htmlvalidate.json, as if the page lay in the project root.
    const html = await site.read(file);
    // long-title counts character references as written ("&amp;" as five characters), so an entry
    // title with "&" or "<" trips it below the length it measures; titles are the contributors'.
    const report = await validator.validateString(html, join(ROOT, "page.html"), { rules: { "long-title": "off" } });
    for (const result of report.results) {
      for (const message of result.messages) failures.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  assert.equal(failures, [], failures.join("\n"));
});

quality("every page has exactly one h1, lang=de, landmarks and a working skip link", ({ pages }) => {
  for (const [file, page] of pages) {
    assert.is(page.all("h1").length, 1, `${file}: h1 count`);
    assert.is(page.first("html")!.attribs.lang, "de", file);
    // The embeddable map /embed/ lives inside partners' pages: no site header, navigation or footer.
    if (file.startsWith("embed/")) {
      assert.is(page.first("main")!.attribs.id, "inhalt", file);
      continue;
    }
    for (const landmark of ["header", "nav", "main", "footer"]) assert.ok(page.first(landmark), `${file}: <${landmark}>`);
    const skip = page.all("a")[0]!;
    assert.is(skip.attribs.href, "#inhalt", `${file}: first link is the skip link`);
    assert.is(page.first("main")!.attribs.id, "inhalt", file);
  }
});

quality("no inline scripts, event handlers or inline styles (CSP-ready)", ({ pages }) => {
  const dataBlocks = new Set(["application/ld+json", "application/json"]);
  for (const [file, page] of pages) {
    for (const script of page.all("script")) {
      if (script.attribs.src) continue;
      assert.ok(dataBlocks.has(script.attribs.type ?? ""), `${file}: inline <script> of type "${script.attribs.type ?? ""}"`);
    }
    assert.is(page.all("style").length, 0, `${file}: <style> element`);
    for (const element of page.all()) {
      for (const name of Object.keys(element.attribs)) {
        assert.not.ok(/^on/i.test(name), `${file}: ${element.name} ${name}=`);
        assert.is.not(name.toLowerCase(), "style", `${file}: ${element.name} style=`);
      }
      const href = element.attribs.href ?? element.attribs.src ?? "";
      assert.not.ok(/^\s*javascript:/i.test(href), `${file}: javascript: URL`);
    }
  }
});

quality("no page requests anything from another origin", ({ pages }) => {
  const resourceAttributes: [string, string][] = [
    ["script", "src"], ["img", "src"], ["iframe", "src"], ["source", "src"], ["video", "src"], ["audio", "src"],
    ["embed", "src"], ["object", "data"], ["image", "href"], ["use", "href"], ["input", "src"],
  ];
  for (const [file, page] of pages) {
    const urls: string[] = [];
    for (const [tag, attribute] of resourceAttributes) for (const e of page.all(tag)) if (e.attribs[attribute]) urls.push(e.attribs[attribute]!);
    for (const link of page.all("link")) {
      // Only links the browser fetches by itself; canonical, alternate etc. are mere references.
      if (/\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/.test(link.attribs.rel ?? "")) urls.push(link.attribs.href ?? "");
    }
    for (const url of urls) assert.ok(url.startsWith("/") && !url.startsWith("//"), `${file}: third-party or relative resource ${url}`);
  }
});

quality("the header search works as a progressive enhancement", ({ pages }) => {
  for (const [file, page] of pages) {
    // The web form /admin/ is a standalone application page without the site's header.
    if (file.startsWith("admin/") || file.startsWith("embed/")) continue;
    assert.ok(page.first("div", (e) => e.attribs.id === "suche"), `${file}: search container`);
    assert.ok(page.first("form", (e) => e.attribs.action === "/suche/"), `${file}: search form that works before the search script loads`);
    assert.not.ok(page.first("script", (e) => e.attribs.src === "/pagefind/pagefind-ui.js"), `${file}: Pagefind loads on demand, not with every page`);
  }
});

quality("every page carries the strict policy itself, in case the server sends none", ({ pages }) => {
  for (const [file, page] of pages) {
    const meta = page.first("meta", (e) => (e.attribs["http-equiv"] ?? "").toLowerCase() === "content-security-policy");
    assert.ok(meta, `${file}: CSP meta element`);
    const policy = meta.attribs.content ?? "";
    if (file.startsWith("admin/")) continue; // Decap needs its own, documented policy.
    assert.is(policy, sitePolicy(), file);
    assert.not.match(policy, /'unsafe-inline'|'unsafe-eval'|frame-ancestors/, file);
  }
});

quality.run();
