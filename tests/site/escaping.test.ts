/**
 * The hostile fixture entry (tests/site/fixtures/networks/zz-feindlicher-eintrag.md): every string
 * arrives escaped, template syntax is shown literally and never evaluated, unsafe links are dropped.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, textOf } from "./html.ts";

const escaping = suite<{ site: FixtureSite; html: string }>("escaping of entry data");
const PAGE = "netzwerke/zz-feindlicher-eintrag/index.html";

escaping.before(async (context) => {
  context.site = await fixtureSite();
  context.html = await context.site.read(PAGE);
});

escaping("markup in front matter is escaped, not executed", ({ html }) => {
  assert.ok(html.includes("<h1 id=\"netzwerk-titel\">&lt;script&gt;alert(1)&lt;/script&gt; Netz {{ 7*7 }} &amp; Co</h1>"));
  assert.ok(html.includes("&lt;img src=x onerror=alert(1)&gt;"));
  assert.ok(html.includes("Firma &lt;b&gt;Fett&lt;/b&gt;"));
  assert.not.ok(html.includes("<b>Fett</b>"));
  assert.not.ok(html.includes("<script>alert"));
  assert.not.ok(/<img[^>]*onerror/i.test(html));
});

escaping("template syntax in entries appears literally and is never evaluated", ({ html }) => {
  const page = parsePage(html);
  assert.is(textOf(page.first("h1")!), "<script>alert(1)</script> Netz {{ 7*7 }} & Co");
  const text = page.mainText();
  assert.ok(text.includes("{% raw %}roh{% endraw %}"));
  assert.ok(text.includes("Rechnen: {{ 7*7 }} und {% raw %}nichts{% endraw %} und {%- set x = 1 -%}."));
  assert.ok(text.includes("– {% include 'page.njk' %}"), "an include in an entry stays text");
  assert.ok(text.includes("<i>Kursiv</i> {{ site.url }}"), "no access to template data");
  // 7*7 evaluated would show up as 49 in title, summary or body; the only numbers there are the literal ones.
  const header = textOf(page.first("header", (e) => (e.attribs.class ?? "").includes("network__header"))!);
  const body = textOf(page.first("div", (e) => (e.attribs.class ?? "").includes("entry-body"))!);
  assert.not.ok(/\b49\b/.test(header));
  assert.not.ok(/\b49\b/.test(body));
});

escaping("the Markdown body keeps only safe links and no raw HTML", ({ html }) => {
  const page = parsePage(html);
  const body = page.first("div", (e) => (e.attribs.class ?? "").includes("entry-body"))!;
  const hrefs: string[] = [];
  const collect = (node: { children?: unknown[]; name?: string; attribs?: Record<string, string> }) => {
    if (node.name === "a" && node.attribs?.href) hrefs.push(node.attribs.href);
    for (const child of (node.children ?? []) as (typeof node)[]) collect(child);
  };
  collect(body as never);
  assert.equal(hrefs.sort(), ["https://example.org/sicher", "https://tracker.example/pixel.png", "mailto:feind@example.org"].sort(), "relative links stay text");
  assert.not.ok(page.all("img").length, "images from entries are links, never <img>");
  assert.not.ok(/href="(?:javascript|data):/i.test(html));
  const external = page.all("a").filter((e) => e.attribs.href === "https://example.org/sicher")[0]!;
  assert.is(external.attribs.rel, "nofollow ugc noopener");
  assert.is(body.children.filter((c) => (c as { name?: string }).name === "h1").length, 0, "# in the body becomes h2");
});

escaping("a hostile website URL is escaped inside the attribute", ({ html }) => {
  assert.ok(html.includes('href="https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
});

escaping("a contact address cannot add recipients or header fields to its mail link", ({ html }) => {
  const page = parsePage(html);
  const link = page.first("a", (e) => (e.attribs.href ?? "").startsWith("mailto:") && textOf(e) === "feind?bcc=spion@example.org");
  assert.ok(link, "the address is shown as written");
  assert.is(link.attribs.href, "mailto:feind%3Fbcc%3Dspion@example.org");
});

escaping("JSON-LD cannot be closed by entry text and still parses to the original strings", ({ html }) => {
  const page = parsePage(html);
  const script = page.first("script", (e) => e.attribs.type === "application/ld+json")!;
  const json = textOf(script);
  assert.not.ok(json.includes("<"));
  const data = JSON.parse(json) as { name: string; mainEntity: { name: string; member: { name: string }[] } };
  assert.is(data.name, "<script>alert(1)</script> Netz {{ 7*7 }} & Co");
  assert.is(data.mainEntity.name, "<script>alert(1)</script> Netz {{ 7*7 }} & Co");
  assert.is(data.mainEntity.member[0]!.name, "Firma <b>Fett</b> {{ 7*7 }} GmbH");
});

escaping("hostile strings stay escaped in lists, feeds and the CSV", async ({ site }) => {
  const list = await site.read("netzwerke/index.html");
  assert.ok(list.includes("&lt;script&gt;alert(1)&lt;/script&gt; Netz {{ 7*7 }}"));
  assert.not.ok(list.includes("<script>alert"));
  const feed = await site.read("feed/netzwerke.xml");
  assert.not.ok(feed.includes("<script>"));
  assert.ok(feed.includes("&lt;script&gt;alert(1)&lt;/script&gt; Netz {{ 7*7 }} &amp; Co"));
});

escaping.run();
