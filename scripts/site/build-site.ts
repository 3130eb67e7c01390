/**
 * One complete, all-or-nothing site build: validate the entries, render with Eleventy into a
 * temporary folder next to the output, index it with Pagefind, then swap it into place. If anything
 * fails – a bad entry, a template error, Pagefind – the previous output stays exactly as it was and
 * no temporary folder is left behind. Used by `npm run build`, the tests and the benchmark.
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { dirname, basename, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import { openSearchIndex, type PendingSearchIndex } from "./search-index.ts";
import type { Dataset } from "../dataset/types.ts";
import { buildDataset } from "../dataset/build-dataset.ts";
import type { Problem } from "../dataset/problem.ts";
import { CONTENT_DIR, cwdRelative, NETWORKS_DIR, ROOT, SITE_DIR } from "../paths.ts";
import { provideBuildInputs } from "./site-plugin.ts";

export interface BuildSiteOptions {
  /** Folder of the network entries (default content/networks). */
  readonly networksDir?: string;
  /** Where the finished site ends up (default _site); replaced only on success. */
  readonly outDir?: string;
  /** Build the Pagefind search index (default true). */
  readonly pagefind?: boolean;
}

/** Milliseconds spent per step, for `npm run bench`. */
export interface BuildSiteTimings {
  /** Reading and checking the entries (Pagefind starts meanwhile). */
  readonly dataset: number;
  /** Eleventy, with the network pages, the asset bundle and the search index written meanwhile. */
  readonly eleventy: number;
  /** Moving the new site into place and removing the old one. */
  readonly swap: number;
  readonly total: number;
}

export interface BuildSiteResult {
  readonly outDir: string;
  readonly networkCount: number;
  readonly timings: BuildSiteTimings;
}

/** The entries have problems; nothing was written. `problems` holds every one of them. */
export class EntryProblemsError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(`${problems.length} ${problems.length === 1 ? "Fehler" : "Fehler"} in den Einträgen – die Seite wurde nicht gebaut.`);
    this.name = "EntryProblemsError";
    this.problems = problems;
  }
}

/** A build step failed; the message names the step, `cause` holds the original error. */
export class SiteBuildError extends Error {
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = "SiteBuildError";
  }
}

// The dataset reaches the Eleventy plugin through module state, so two builds in one process must
// not overlap; calls queue up behind each other.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Builds the site.
 *
 * @param options entries folder, output folder, whether to run Pagefind
 * @returns the output folder, the number of networks and the time per step
 * @throws {EntryProblemsError} when an entry is invalid (nothing written)
 * @throws {SiteBuildError} when Eleventy or Pagefind fail (output untouched)
 * @example
 * const { timings } = await buildSite({ networksDir: "tests/site/fixtures/networks", outDir: "/tmp/site" });
 */
export function buildSite(options: BuildSiteOptions = {}): Promise<BuildSiteResult> {
  const run = queue.then(() => buildSiteNow(options));
  queue = run.catch(() => undefined);
  return run;
}

async function buildSiteNow(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const networksDir = resolve(options.networksDir ?? NETWORKS_DIR);
  const outDir = resolve(options.outDir ?? SITE_DIR);
  const start = performance.now();

  // Next to the output, so the final rename stays on one file system; `_site.*/` is git-ignored.
  const tmpDir = join(dirname(outDir), `${basename(outDir)}.tmp-${process.pid}`);

  // While the entries are read and checked: Pagefind starts as a separate process, and Eleventy
  // loads its configuration and plugins (it needs the dataset only once it builds).
  const opening = options.pagefind ?? true ? step("Pagefind ließ sich nicht starten", openSearchIndex) : undefined;
  opening?.catch(() => undefined);
  const eleventy = createEleventy(tmpDir);
  const initializing = step("Eleventy konnte die Seite nicht erzeugen", () => eleventy.init());
  initializing.catch(() => undefined);
  let search: PendingSearchIndex | undefined;
  let dataset: Dataset;
  try {
    const built = await buildDataset(networksDir);
    if (built.problems.length > 0) throw new EntryProblemsError(built.problems);
    dataset = built.dataset;
    search = await opening;
  } catch (error) {
    await (await opening?.catch(() => undefined))?.abandon().catch(() => undefined);
    throw error;
  }
  const datasetDone = performance.now();

  let eleventyDone = datasetDone;
  try {
    await step("Der Zwischenordner ließ sich nicht anlegen", () => rm(tmpDir, { recursive: true, force: true }));
    search?.addNetworks(dataset);
    // Pagefind's index is finished by the site plugin while Eleventy renders (search-index-plugin.ts).
    provideBuildInputs({ dataset, searchIndex: search });
    try {
      await initializing;
      await step("Eleventy konnte die Seite nicht erzeugen", () => eleventy.write());
    } finally {
      provideBuildInputs(undefined);
    }
    eleventyDone = performance.now();

    await step("Die fertige Seite ließ sich nicht an ihren Platz bringen", () => swapIntoPlace(tmpDir, outDir));
  } catch (error) {
    await search?.abandon().catch(() => undefined);
    await rm(tmpDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  const end = performance.now();
  return {
    outDir,
    networkCount: dataset.networks.length,
    timings: {
      dataset: datasetDone - start,
      eleventy: eleventyDone - datasetDone,
      swap: end - eleventyDone,
      total: end - start,
    },
  };
}

/** An Eleventy instance for `content/` that writes to `outDir`, quiet unless DEBUG=1. */
function createEleventy(outDir: string): Eleventy {
  // Eleventy resolves its folders and ignore globs against the working directory.
  const eleventy = new Eleventy(eleventyPath(CONTENT_DIR), outDir, {
    configPath: eleventyPath(join(ROOT, ".eleventy.js")),
    quietMode: true,
  });
  // `dir.output` in .eleventy.js would otherwise win over the folder given here (Eleventy
  // freezes the folders only for its own CLI).
  eleventy.directories.freeze();
  // Eleventy prints its own error report with stack traces; ours is one line unless DEBUG=1.
  if (!process.env.DEBUG) eleventy.disableLogger();
  return eleventy;
}

/**
 * Replaces `outDir` by `newDir` so that at every moment one complete site exists: the old one is
 * moved aside first and only deleted once the new one is in place (and moved back if that fails).
 */
async function swapIntoPlace(newDir: string, outDir: string): Promise<void> {
  const oldDir = `${newDir}-alt`;
  await rm(oldDir, { recursive: true, force: true });
  const hadOld = existsSync(outDir);
  if (hadOld) await rename(outDir, oldDir);
  try {
    await rename(newDir, outDir);
  } catch (error) {
    if (hadOld) await rename(oldDir, outDir).catch(() => undefined);
    throw error;
  }
  await rm(oldDir, { recursive: true, force: true });
}

/** Runs one build step; a failure becomes a {@link SiteBuildError} that names the step. */
async function step<T>(failure: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new SiteBuildError(`${failure}: ${messageOf(error)}`, { cause: error });
  }
}

/** Relative to the working directory where the path exists, as Eleventy expects; absolute otherwise. */
function eleventyPath(path: string): string {
  return existsSync(path) ? cwdRelative(path) : path;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] ?? message;
}
