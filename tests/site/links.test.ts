/**
 * Walks every internal `href`/`src` of every built page (and `url()` in stylesheets) and checks
 * that the target file exists in the output, and that a link to a section (`/lernen/#wirkungstreppe`)
 * finds an element with that id there. Pagefind runs in the fixture build, so /pagefind/ is
 * checked like everything else.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage } from "./html.ts";

const SITE_ORIGIN = "https://karte.gemeinsam-wirken.nrw";
const links = suite<{ site: FixtureSite }>("internal links");

links.before(async (context) => {
  context.site = await fixtureSite();
});

/** The URL path of a page file: "a/index.html" → "/a/", "404.html" → "/404.html". */
function pageUrl(file: string): string {
  return `/${file}`.replace(/index\.html$/, "");
}

/** The file a site path is served from, or undefined if there is none. */
function targetFile(path: string, files: ReadonlySet<string>): string | undefined {
  const clean = decodeURIComponent(path).replace(/^\//, "");
  const candidates = clean === "" || clean.endsWith("/") ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => files.has(c));
}

interface Reference {
  readonly page: string;
  readonly url: string;
}

function internalPath(url: string, base: string): { path: string; hash: string } | undefined {
  const resolved = new URL(url, `${SITE_ORIGIN}${base}`);
  if (resolved.origin !== SITE_ORIGIN) return undefined;
  return { path: resolved.pathname, hash: resolved.hash };
}

links("every internal link and resource of every page resolves to a file", async ({ site }) => {
  const files = new Set(site.files);
  const references: Reference[] = [];
  const missing: string[] = [];
  const fragmentsMissing: string[] = [];
  const idsOf = new Map<string, ReadonlySet<string>>();
  // Links into another page ("/lernen/#wirkungstreppe"), checked once every page's ids are known.
  const intoPages: { from: string; target: string; id: string }[] = [];
  for (const file of site.htmlFiles) {
    const page = parsePage(await site.read(file));
    const base = pageUrl(file);
    const ids = new Set(page.all().map((e) => e.attribs.id).filter((id): id is string => Boolean(id)));
    idsOf.set(file, ids);
    for (const element of page.all()) {
      for (const attribute of ["href", "src"]) {
        const value = element.attribs[attribute];
        if (!value || /^(mailto|tel):/i.test(value)) continue;
        if (value.startsWith("#")) {
          if (value.length > 1 && !ids.has(value.slice(1))) fragmentsMissing.push(`${file}: ${value}`);
          continue;
        }
        const internal = internalPath(value, base);
        if (!internal) continue;
        references.push({ page: file, url: value });
        const target = targetFile(internal.path, files);
        if (!target) missing.push(`${file}: ${element.name} ${attribute}="${value}"`);
        else if (internal.hash.length > 1 && target.endsWith(".html")) intoPages.push({ from: file, target, id: decodeURIComponent(internal.hash.slice(1)) });
      }
    }
  }
  for (const { from, target, id } of intoPages) if (!idsOf.get(target)?.has(id)) fragmentsMissing.push(`${from}: ${target}#${id}`);
  assert.ok(references.length > 500, `only ${references.length} references found`);
  assert.ok(intoPages.length > 20, `only ${intoPages.length} links into other pages' sections found`);
  assert.equal(missing, [], `missing targets:\n${missing.join("\n")}`);
  assert.equal(fragmentsMissing, [], `missing anchors:\n${fragmentsMissing.join("\n")}`);
});

links("url() references in stylesheets resolve", async ({ site }) => {
  const files = new Set(site.files);
  const missing: string[] = [];
  for (const file of site.files.filter((f) => f.endsWith(".css"))) {
    const css = await site.read(file);
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const url = match[1]!;
      if (url.startsWith("data:") || url.startsWith("#")) continue;
      const internal = internalPath(url, `/${file}`);
      if (internal && !targetFile(internal.path, files)) missing.push(`${file}: ${url}`);
    }
  }
  assert.equal(missing, []);
});

links("every network page is reachable from the network list; the sitemap lists those that are not examples", async ({ site }) => {
  const networkPages = site.htmlFiles.filter((f) => /^netzwerke\/[^/]+\/index\.html$/.test(f));
  assert.is(networkPages.length, site.result.networkCount);
  const list = await site.read("netzwerke/index.html");
  const sitemap = await site.read("sitemap.xml");
  let listed = 0;
  for (const file of networkPages) {
    const url = pageUrl(file);
    assert.ok(list.includes(`href="${url}"`), url);
    // Example entries are noindex, so offering them to search engines would contradict the page.
    const example = (await site.read(file)).includes('<meta name="robots" content="noindex">');
    assert.is(sitemap.includes(`<loc>${SITE_ORIGIN}${url}</loc>`), !example, url);
    if (!example) listed++;
  }
  assert.ok(listed >= 2, "the fixture entries that are no examples");
});

links.run();
