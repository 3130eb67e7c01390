/**
 * The Eleventy plugin that turns the dataset into the site: it provides the validated dataset and
 * its derived views as global data, registers filters, the newsletter feed, the asset bundler and
 * the watch targets. `.eleventy.js` only declares folders and adds this plugin.
 *
 * The dataset reaches Eleventy one of two ways: `npm run build` (and tests) validate first and hand
 * the finished dataset over with {@link provideBuildInputs}; `npm start` provides nothing, and the
 * plugin rebuilds the dataset before every build so that editing an entry shows up live.
 */
import { feedPlugin } from "@11ty/eleventy-plugin-rss";
import { buildDataset } from "../dataset/build-dataset.ts";
import type { Dataset, Network } from "../dataset/types.ts";
import { cwdRelative, NETWORKS_DIR, ROOT } from "../paths.ts";
import { reportProblems } from "../dataset/report-problems.ts";
import { serializeNetworksGeoJson, networksGeoJson, NETWORK_FEATURE_PROPERTY_DOCS } from "../outputs/networks-geojson.ts";
import { serializeFootprintsGeoJson } from "../outputs/footprints-geojson.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMA_DIR } from "../paths.ts";
import { filters, impactSteps } from "./filters.ts";
import { buildSiteModel, type SiteModel } from "./site-model.ts";
import { bundleAssets } from "./bundle-assets.ts";
import { datasetPageUrls, writeDatasetPages } from "./dataset-pages.ts";
import { sitemapUrls, type SitemapPage } from "./sitemap.ts";
import { renderNetworkList, type NetworkListOptions } from "./pages/network-list.ts";
import { searchIndexPlugin } from "./search-index-plugin.ts";
import type { PendingSearchIndex } from "./search-index.ts";
import { serializeNetworksCsv, CSV_COLUMNS } from "./csv-export.ts";
import { serializeDatasetJson } from "./json-export.ts";
import { challengeCss } from "./challenge-css.ts";
import { sitePolicy } from "./content-security-policy.ts";
import { nrwOutlineSvg } from "./static-map-svg.ts";
import { embedBuilderData } from "./embed-builder-data.ts";
import { inlineCode } from "./inline-code.ts";
import { networkFieldDocs, PUBLISHED_SCHEMA_FILES } from "../dataset/schema-docs.ts";
import mapPlugin from "./map-plugin.ts";
import cmsPlugin from "../cms/cms-plugin.ts";
import site from "../../content/_data/site.js";

/** What `npm run build` hands to the plugin for one build. */
export interface BuildInputs {
  /** The validated dataset. */
  readonly dataset: Dataset;
  /** The search index, with the networks already in it; the build adds the other pages and writes it. */
  readonly searchIndex?: PendingSearchIndex | undefined;
}

let provided: BuildInputs | undefined;
let current: Dataset | undefined;
const models = new WeakMap<Dataset, SiteModel>();

/**
 * Hands a validated dataset (and the search index to finish) to the next build, until called again
 * with `undefined`.
 *
 * @param inputs a dataset without problems and optionally a search index, or undefined to let the
 *   plugin build the dataset itself (npm start)
 */
export function provideBuildInputs(inputs: BuildInputs | undefined): void {
  provided = inputs;
}

/** The derived views of a dataset, computed once per dataset object. */
export function siteModelFor(dataset: Dataset): SiteModel {
  let model = models.get(dataset);
  if (!model) {
    model = buildSiteModel(dataset);
    models.set(dataset, model);
  }
  return model;
}

/**
 * Builds the dataset from content/networks for `npm start`. Problems are printed, and the valid
 * entries are still shown, so a typo in one entry does not take the dev server down.
 */
async function refreshDataset(): Promise<Dataset> {
  const { dataset, problems } = await buildDataset(NETWORKS_DIR);
  if (problems.length > 0) {
    reportProblems(problems);
    process.stderr.write("Die Vorschau zeigt nur die fehlerfreien Einträge.\n");
  }
  current = dataset;
  return dataset;
}

async function datasetForBuild(): Promise<Dataset> {
  return provided?.dataset ?? current ?? (await refreshDataset());
}

/** Minimal type of the Eleventy config API as used here (Eleventy ships no TypeScript types). */
interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addNunjucksGlobal(name: string, value: unknown): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  addWatchTarget(target: string, options?: { resetConfig?: boolean }): void;
  on(event: string, handler: (...args: never[]) => unknown): void;
  addPreprocessor(name: string, extensions: string, callback: (...args: never[]) => unknown): void;
  addTransform(name: string, callback: (this: never, content: string) => string): void;
  ignores: { add(glob: string): void };
  setServerOptions(options: Record<string, unknown>): void;
  setWatchJavaScriptDependencies(watch: boolean): void;
}

interface BeforeEvent {
  readonly directories: { readonly output: string };
  readonly runMode: "build" | "watch" | "serve";
}


/**
 * The site plugin.
 *
 * @param eleventyConfig Eleventy's configuration API
 */
export default function sitePlugin(eleventyConfig: EleventyConfig): void {
  // Entries are data, never templates: Eleventy must not even read them.
  eleventyConfig.ignores.add(`${cwdRelative(NETWORKS_DIR)}/**`);
  eleventyConfig.addWatchTarget(`${cwdRelative(NETWORKS_DIR)}/`);
  eleventyConfig.addWatchTarget(`${cwdRelative(join(ROOT, "assets"))}/`);
  eleventyConfig.addWatchTarget(`${cwdRelative(join(ROOT, "data"))}/`);

  eleventyConfig.addGlobalData("dataset", datasetForBuild);
  eleventyConfig.addGlobalData("model", async () => siteModelFor(await datasetForBuild()));
  eleventyConfig.addNunjucksGlobal("impactSteps", impactSteps());
  // Frozen, so Eleventy passes them by reference instead of deep-copying them into every page.
  eleventyConfig.addGlobalData("csvColumns", Object.freeze(CSV_COLUMNS.map(({ key, description }) => Object.freeze({ key, description }))));
  eleventyConfig.addGlobalData("fieldDocs", Object.freeze(networkFieldDocs()));
  eleventyConfig.addGlobalData("schemaFiles", Object.freeze([...PUBLISHED_SCHEMA_FILES]));
  eleventyConfig.addGlobalData("geojsonProperties", Object.freeze(Object.entries(NETWORK_FEATURE_PROPERTY_DOCS).map(([key, description]) => Object.freeze({ key, description }))));
  // Data of one page, but global rather than a data file next to it: Eleventy loads data files
  // anew on every build, through tsx, with all the TypeScript they import.
  eleventyConfig.addGlobalData("embedBuilder", () => embedBuilderData(site));

  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter as (...args: never[]) => unknown);

  // Text files under /daten/, /schema/ and /assets/ are rendered by one-line templates from these.
  eleventyConfig.addFilter("networksGeoJson", (dataset: Dataset) => serializeNetworksGeoJson(networksGeoJson(dataset)));
  eleventyConfig.addFilter("footprintsGeoJson", (dataset: Dataset) => serializeFootprintsGeoJson(dataset));
  eleventyConfig.addFilter("networksCsv", (dataset: Dataset, baseUrl: string) => serializeNetworksCsv(dataset, baseUrl));
  eleventyConfig.addFilter("datasetJson", (dataset: Dataset, baseUrl: string) => serializeDatasetJson(dataset, { baseUrl, contentLicense: site.contentLicense }));
  eleventyConfig.addFilter("sitePolicy", () => sitePolicy());
  // The page functions use filters.ts, so their filter is registered here rather than there.
  eleventyConfig.addFilter("networkList", (networks: readonly Network[], options?: NetworkListOptions) => renderNetworkList(networks, options).toString());
  eleventyConfig.addFilter("sitemapUrls", (pages: readonly SitemapPage[], dataset: Dataset) => sitemapUrls(pages, datasetPageUrls(dataset, siteModelFor(dataset))));
  eleventyConfig.addFilter("challengeCss", (dataset: Dataset) => challengeCss(dataset.challenges));
  eleventyConfig.addFilter("nrwOutlineSvg", () => nrwOutlineSvg());
  eleventyConfig.addFilter("inlineCode", (text: string) => inlineCode(text));
  eleventyConfig.addFilter("schemaFileText", (file: string) => {
    if (!PUBLISHED_SCHEMA_FILES.includes(file)) throw new Error(`Kein veröffentlichtes Schema: ${file}`);
    return readFileSync(join(SCHEMA_DIR, file), "utf8");
  });

  // Pagefind's index, finished while Eleventy renders (issue #3).
  searchIndexPlugin(eleventyConfig, () => provided?.searchIndex);
  // The interactive map's build-time part (issue #4): its filters and data files.
  eleventyConfig.addPlugin(mapPlugin);
  // The web form at /admin/ (issue #6): Decap's bundle and config.yml.
  eleventyConfig.addPlugin(cmsPlugin);

  eleventyConfig.addPlugin(feedPlugin, {
    type: "atom",
    outputPath: "/feed/newsletter.xml",
    collection: { name: "newsletter", limit: 0 },
    metadata: {
      language: "de",
      title: `${site.name} – Newsletter`,
      subtitle: "Neuigkeiten der Initiative „Gemeinsam wirken“ in Nordrhein-Westfalen.",
      base: `${site.url}/`,
      author: { name: site.publisher.name },
    },
  });

  // Started before Eleventy renders and awaited (failing the build with them) after it: esbuild
  // bundles in its own process, and the network, theme and region pages – an output of the dataset,
  // not Eleventy templates – are written by a worker thread (dataset-pages.ts).
  let pending: Promise<unknown> = Promise.resolve();
  eleventyConfig.on("eleventy.before", async ({ directories, runMode }: BeforeEvent) => {
    const dev = runMode !== "build";
    if (dev && !provided) await refreshDataset();
    const dataset = await datasetForBuild();
    pending = Promise.all([
      bundleAssets({ outDir: directories.output, dev }),
      writeDatasetPages(dataset, siteModelFor(dataset), site, directories.output),
    ]);
    pending.catch(() => undefined);
  });
  eleventyConfig.on("eleventy.after", async () => {
    await pending;
  });

  eleventyConfig.setServerOptions({ port: 8080, showAllHosts: false });
  // Eleventy scans JavaScript imports with acorn to watch them, which cannot read TypeScript; the
  // watch targets above cover content and data, changes to build code need a restart.
  eleventyConfig.setWatchJavaScriptDependencies(false);
}
