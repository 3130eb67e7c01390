/**
 * Finishes the Pagefind index while Eleventy renders instead of after it. The network records are
 * in the index before Eleventy starts (search-index.ts); the few other searchable pages (front
 * matter or directory data `search: true`, all of them Markdown: the initiative, newsletter
 * articles, events) are indexed from their source: a preprocessor collects title, lead and text
 * while Eleventy prepares the templates, and once Eleventy knows every page's URL
 * (`eleventy.contentMap`, before the first page is rendered) Pagefind gets them and writes its
 * files – a thousand fragments at a thousand networks – while Eleventy renders and writes the
 * site. The build waits for it at the end and fails with it.
 *
 * Template syntax in those Markdown files is dropped from the indexed text (it is not rendered
 * here). A searchable page that is not plain Markdown, or is paginated, cannot be indexed from its
 * source; then every searchable page is indexed from its rendered HTML after the build, as slow
 * but complete.
 *
 * It also provides the filter `searchPlacesJson` for the search's place file `/suche/orte.json`
 * (content/suche/orte.njk, see search-places.ts).
 */
import { plainText, type PendingSearchIndex, type SearchablePage } from "./search-index.ts";
import { searchPlacesFile, serializeSearchPlaces } from "./search-places.ts";
import type { SiteModel } from "./site-model.ts";

/** Minimal type of the Eleventy config API as used here. */
interface EleventyConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPreprocessor(name: string, extensions: string, callback: (this: never, data: PageData, content: unknown) => void): void;
  addTransform(name: string, callback: (this: { page: { inputPath: string; url: string | false } }, content: string) => string): void;
  on(event: "eleventy.before", handler: (event: { directories: { output: string } }) => Promise<void>): void;
  on(event: "eleventy.contentMap", handler: (map: { inputPathToUrl: Record<string, string[]> }) => void): void;
  on(event: "eleventy.after", handler: () => Promise<void>): void;
}

interface PageData {
  readonly search?: unknown;
  readonly pagination?: unknown;
  readonly title?: unknown;
  readonly lead?: unknown;
  readonly summary?: unknown;
  readonly page: { readonly inputPath: string };
}

/** A searchable Markdown page as the preprocessor saw it. */
interface SourcePage {
  readonly inputPath: string;
  readonly title: string;
  readonly text: string;
}

const TEMPLATE_SYNTAX = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;

/**
 * Registers the search index with Eleventy.
 *
 * @param eleventyConfig Eleventy's configuration API
 * @param currentIndex the index of the build about to run, or undefined when it builds none (npm start)
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, currentIndex: () => PendingSearchIndex | undefined): void {
  let index: PendingSearchIndex | undefined;
  let outputDir = "";
  let sources: SourcePage[] = [];
  let fromRenderedHtml = false;
  let rendered: SearchablePage[] = [];
  let finishing: Promise<void> | undefined;

  eleventyConfig.addFilter("searchPlacesJson", (model: SiteModel) => serializeSearchPlaces(searchPlacesFile(model)));

  const finish = (pages: readonly SearchablePage[]) => {
    if (!index || finishing) return;
    finishing = index.finish(outputDir, pages);
    // Awaited in eleventy.after; until then a failure must not count as unhandled.
    finishing.catch(() => undefined);
  };

  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    index = currentIndex();
    outputDir = directories.output;
    sources = [];
    fromRenderedHtml = false;
    rendered = [];
    finishing = undefined;
  });

  eleventyConfig.addPreprocessor("search-index", "*", (data, content) => {
    if (!index || data.search !== true) return;
    const inputPath = data.page.inputPath;
    if (data.pagination || !inputPath.endsWith(".md") || typeof content !== "string") {
      fromRenderedHtml = true;
      return;
    }
    const title = typeof data.title === "string" ? data.title : "";
    const lead = [data.lead, data.summary].find((value): value is string => typeof value === "string") ?? "";
    sources.push({ inputPath, title, text: [lead, plainText(content.replace(TEMPLATE_SYNTAX, " "))].filter(Boolean).join("\n") });
  });

  eleventyConfig.on("eleventy.contentMap", ({ inputPathToUrl }) => {
    if (!index || fromRenderedHtml) return;
    const pages: SearchablePage[] = [];
    for (const source of sources) {
      const url = inputPathToUrl[source.inputPath]?.[0];
      if (url) pages.push({ url, title: source.title, text: source.text });
    }
    finish(pages);
  });

  eleventyConfig.addTransform("search-index", function (content) {
    const { url } = this.page;
    if (index && fromRenderedHtml && typeof url === "string" && content.includes("data-pagefind-body")) rendered.push({ url, html: content });
    return content;
  });

  eleventyConfig.on("eleventy.after", async () => {
    finish(rendered);
    try {
      await finishing;
    } catch (error) {
      throw new Error(`Pagefind konnte den Suchindex nicht erstellen: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}
