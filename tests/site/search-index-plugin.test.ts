/**
 * How the site plugin feeds Pagefind (scripts/site/search-index-plugin.ts), in a real Eleventy
 * build of a small site: Markdown pages marked `search: true` are handed over from their source
 * before the first page is rendered; any other searchable page makes the plugin wait for the
 * rendered HTML. The index here records what it gets (Pagefind itself is exercised by the
 * browser tests, which search the built site).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Eleventy from "@11ty/eleventy";
import { searchIndexPlugin } from "../../scripts/site/search-index-plugin.ts";
import type { PendingSearchIndex, SearchablePage } from "../../scripts/site/search-index.ts";

interface Recorded {
  pages: readonly SearchablePage[] | undefined;
  /** How many pages Eleventy had rendered (transforms run) when the index was finished. */
  renderedBefore: number;
}

async function buildWith(files: Record<string, string>): Promise<Recorded> {
  const dir = await mkdtemp(join(tmpdir(), "gw-search-plugin-"));
  const recorded: Recorded = { pages: undefined, renderedBefore: -1 };
  let rendered = 0;
  const index: PendingSearchIndex = {
    addNetworks() {},
    async finish(_siteDir, pages) {
      recorded.pages = pages;
      recorded.renderedBefore = rendered;
    },
    async abandon() {},
  };
  try {
    await mkdir(join(dir, "in"), { recursive: true });
    await writeFile(join(dir, "eleventy.config.mjs"), "export default function () {}\n");
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, "in", name), text);
    const eleventy = new Eleventy(join(dir, "in"), join(dir, "out"), {
      quietMode: true,
      configPath: join(dir, "eleventy.config.mjs"),
      config(eleventyConfig: never) {
        searchIndexPlugin(eleventyConfig, () => index);
        (eleventyConfig as { addTransform(name: string, f: (content: string) => string): void }).addTransform("count", (content) => {
          rendered++;
          return content;
        });
      },
    });
    eleventy.disableLogger();
    await eleventy.write();
    return recorded;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const plugin = suite("search index plugin");

plugin("Markdown pages go to the index from their source, before anything is rendered", async () => {
  const { pages, renderedBefore } = await buildWith({
    "initiative.md": "---\ntitle: Die Initiative\nlead: Gemeinsam wirken\nsearch: true\npermalink: /initiative/\n---\nProjektträger ist {{ site.name }}.\n\n## Ziel\n\nKooperation und *Wirkung*.\n",
    "other.md": "---\ntitle: Nicht durchsuchbar\n---\nText\n",
  });
  assert.is(renderedBefore, 0);
  assert.equal(pages, [{ url: "/initiative/", title: "Die Initiative", text: "Gemeinsam wirken\nProjektträger ist . Ziel Kooperation und Wirkung ." }]);
});

plugin("a searchable page that is not Markdown is indexed from its rendered HTML after the build", async () => {
  const { pages, renderedBefore } = await buildWith({
    "a.md": "---\ntitle: A\nsearch: true\n---\nText A\n",
    "b.njk": "---\nsearch: true\npermalink: /b/\n---\n<main data-pagefind-body><h1>B</h1></main>\n",
    "c.njk": "---\npermalink: /c/\n---\n<main><h1>C</h1></main>\n",
  });
  assert.is(renderedBefore, 3);
  assert.equal(
    pages?.map((page) => page.url),
    ["/b/"],
    "only pages whose HTML marks a search body",
  );
});

plugin.run();
