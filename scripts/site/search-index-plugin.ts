/**
 * Finishes the Pagefind index during the Eleventy build instead of after it: the network records
 * are in the index before Eleventy starts (search-index.ts), and the few other searchable pages
 * (front matter `search: true`) are handed over as soon as Eleventy has rendered them. Once the
 * last of them is in, Pagefind writes its files – a thousand fragments – while Eleventy renders
 * and writes the rest of the site. The build waits for it at the end and fails with it.
 *
 * Eleventy prepares every template (including the preprocessors that learn which pages are
 * searchable) before it renders the first, so when the last expected page arrives, no other can
 * follow. A paginated searchable template has an unknown number of pages; then the index is
 * finished after the build.
 */
import type { PendingSearchIndex, SearchablePage } from "./search-index.ts";

/** Minimal type of the Eleventy config API as used here. */
interface EleventyConfig {
  addPreprocessor(name: string, extensions: string, callback: (data: PageData, content: unknown) => void): void;
  addTransform(name: string, callback: (this: { page: { inputPath: string; url: string | false } }, content: string) => string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: { output: string } }) => Promise<void>): void;
}

interface PageData {
  readonly search?: unknown;
  readonly pagination?: unknown;
  readonly page: { readonly inputPath: string };
}

/**
 * Registers the search index with Eleventy.
 *
 * @param eleventyConfig Eleventy's configuration API
 * @param currentIndex the index of the build about to run, or undefined when it builds none (npm start)
 */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, currentIndex: () => PendingSearchIndex | undefined): void {
  let index: PendingSearchIndex | undefined;
  let outputDir = "";
  let expected = new Set<string>();
  let waitForAll = false;
  let pages: SearchablePage[] = [];
  let finishing: Promise<void> | undefined;

  const finish = () => {
    if (!index || finishing) return;
    finishing = index.finish(outputDir, pages);
    // Awaited in eleventy.after; until then a failure must not count as unhandled.
    finishing.catch(() => undefined);
  };

  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    index = currentIndex();
    outputDir = directories.output;
    expected = new Set();
    waitForAll = false;
    pages = [];
    finishing = undefined;
  });

  eleventyConfig.addPreprocessor("search-index", "*", (data) => {
    if (!index || data.search !== true) return;
    expected.add(data.page.inputPath);
    if (data.pagination) waitForAll = true;
  });

  eleventyConfig.addTransform("search-index", function (content) {
    const { inputPath, url } = this.page;
    if (expected.size === 0 && !waitForAll) finish();
    if (index && typeof url === "string" && expected.has(inputPath) && content.includes("data-pagefind-body")) {
      pages.push({ url, html: content });
      if (!waitForAll) {
        expected.delete(inputPath);
        if (expected.size === 0) finish();
      }
    }
    return content;
  });

  eleventyConfig.on("eleventy.after", async () => {
    finish();
    try {
      await finishing;
    } catch (error) {
      throw new Error(`Pagefind konnte den Suchindex nicht erstellen: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  });
}
