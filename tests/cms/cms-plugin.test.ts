/**
 * The /admin/ output of the CMS plugin, built as a mini-site: the page, the generated config.yml
 * and Decap's bundle copied from node_modules (no CDN, no source maps).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { buildAdminSite } from "./admin-site.ts";
import { decapBundleFiles } from "../../scripts/cms/cms-plugin.ts";
import { decapConfig, serializeDecapConfig } from "../../scripts/cms/decap-config.ts";
import { ROOT } from "../../scripts/paths.ts";
import site from "../../content/_data/site.js";

const plugin = suite<{ out: string; files: string[]; html: string }>("CMS plugin: /admin/");

plugin.before(async (context) => {
  context.out = await buildAdminSite();
  context.files = (await readdir(join(context.out, "admin"))).sort();
  context.html = await readFile(join(context.out, "admin", "index.html"), "utf8");
});

plugin("config.yml is the configuration generated from the schema and site settings", async ({ out }) => {
  const yaml = await readFile(join(out, "admin", "config.yml"), "utf8");
  assert.is(yaml, serializeDecapConfig(decapConfig({ repositoryUrl: site.repositoryUrl, branch: site.repositoryBranch, siteUrl: site.url })));
});

plugin("Decap's bundle, its chunks and WebAssembly files are copied from node_modules, without source maps", async ({ out, files }) => {
  const bundle = decapBundleFiles();
  assert.ok(bundle.length > 50, `${bundle.length} files`);
  for (const source of bundle) {
    const name = source.split("/").pop()!;
    assert.ok(files.includes(name), name);
    assert.is((await stat(join(out, "admin", name))).size, (await stat(source)).size, name);
  }
  assert.ok(bundle.every((file) => file.startsWith(join(ROOT, "node_modules", "decap-cms", "dist"))));
  assert.equal(files.filter((f) => f.endsWith(".map") || /^(\d+\.)?cms\.js$/.test(f)), []);
  assert.ok(files.includes("admin.css"));
});

plugin("the page loads only its own files: the bundle, its stylesheet and config.yml", ({ html }) => {
  const references = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  assert.equal(references.filter((url) => !url.startsWith("/")), ["#inhalt"]);
  assert.ok(html.includes('<script src="/admin/decap-cms.js"></script>'));
  assert.ok(html.includes('<link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">'));
  assert.ok(html.includes('<div id="nc-root"></div>'));
  assert.not.match(html, /<script>|<style|\sstyle=|\son\w+=/);
});

plugin("the page is valid HTML with one h1, German, landmarks, a skip link and noindex", async ({ html }) => {
  const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, extends: [] }));
  const report = await validator.validateString(html, join(ROOT, "page.html"));
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
  assert.equal(messages, []);
  assert.is(html.match(/<h1[ >]/g)?.length, 1);
  assert.match(html, /<html lang="de">/);
  for (const landmark of ["header", "nav", "main", "footer"]) assert.match(html, new RegExp(`<${landmark}[ >]`));
  assert.match(html, /<body>\s*<a class="admin-hidden" href="#inhalt">/);
  assert.match(html, /<main id="inhalt">/);
  assert.match(html, /<meta name="robots" content="noindex">/);
});

plugin.run();
