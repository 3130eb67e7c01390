/** The `html` tagged template that the TypeScript pages are written with (scripts/site/html.ts). */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { escapeHtml, html, trustedHtml, SafeHtml } from "../../scripts/site/html.ts";

const tag = suite("html tagged template");

tag("escapes every interpolated string, in text and in attributes", () => {
  const hostile = `"><script>alert('x')</script>&`;
  assert.is(html`<p title="${hostile}">${hostile}</p>`.toString(), `<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>`);
});

tag("nested templates are inserted once, not escaped twice", () => {
  const inner = html`<b>${"A & B"}</b>`;
  assert.is(html`<p>${inner}</p>`.toString(), "<p><b>A &amp; B</b></p>");
});

tag("lists are joined, each item escaped or trusted on its own", () => {
  assert.is(html`<ul>${["<a>", html`<li>${"x"}</li>`]}</ul>`.toString(), "<ul>&lt;a&gt;<li>x</li></ul>");
});

tag("false, null and undefined render nothing; numbers render, including 0", () => {
  assert.is(html`${false}${null}${undefined}|${0}|${7.5}`.toString(), "|0|7.5");
});

tag("only trustedHtml passes markup through", () => {
  assert.is(html`${trustedHtml("<svg></svg>")}${"<svg></svg>"}`.toString(), "<svg></svg>&lt;svg&gt;&lt;/svg&gt;");
  assert.ok(trustedHtml("x") instanceof SafeHtml);
});

tag("template syntax is just text", () => {
  assert.is(html`${"{{ 7*7 }} {% include 'page.njk' %}"}`.toString(), "{{ 7*7 }} {% include &#39;page.njk&#39; %}");
});

tag("an object that is not markup fails loudly instead of printing [object Object]", () => {
  assert.throws(() => html`${{} as never}`);
});

tag("escapeHtml leaves plain text alone", () => {
  assert.is(escapeHtml("Köln – Mülheim"), "Köln – Mülheim");
  assert.is(escapeHtml(""), "");
});

tag.run();
