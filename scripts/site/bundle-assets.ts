/**
 * Bundles the browser code and stylesheets in assets/ with esbuild into `<output>/assets/`, and the
 * partners' embed script into `<output>/embed.js`; copies the files in assets/static/ (pictures
 * no page script imports, such as the link preview image) to `<output>/assets/` as they are.
 * TypeScript entry points are listed here (modules they import are bundled, not listed); every
 * top-level assets/*.css is an entry. File names carry no hash – the site is small, and stable names
 * keep the build byte-identical and the links in templates simple.
 */
import { existsSync, readdirSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as esbuild from "esbuild";
import { ROOT } from "../paths.ts";

/** Where browser sources live. */
export const ASSETS_DIR = join(ROOT, "assets");

/** Files published unchanged under /assets/. */
export const STATIC_ASSETS_DIR = join(ASSETS_DIR, "static");

/**
 * Browser entry points (relative to assets/), each becoming /assets/<name>.js.
 * Add the map's entry points here (issue #4); missing files are skipped.
 */
export const SCRIPT_ENTRY_POINTS: readonly string[] = ["search.ts", "events.ts", "map.ts", "embed.ts", "einbetten.ts"];

/**
 * The script partners include to embed the map, published as /embed.js. At the site root, not
 * under /assets/, so the address in partners' snippets stays short and stable (/assets/embed.js is
 * the embed page's own script).
 */
export const EMBED_LOADER_ENTRY_POINT = "embed-loader.ts";

const TARGET = ["es2020", "chrome100", "firefox100", "safari15"];

export interface BundleOptions {
  /** The site's output directory; files go to `<outDir>/assets/`. */
  readonly outDir: string;
  /** Development: sourcemaps, no minification. */
  readonly dev: boolean;
}

/** The entry points that exist right now (scripts from the list, every top-level stylesheet). */
export function assetEntryPoints(): string[] {
  if (!existsSync(ASSETS_DIR)) return [];
  const styles = readdirSync(ASSETS_DIR)
    .filter((name) => name.endsWith(".css"))
    .sort();
  const scripts = SCRIPT_ENTRY_POINTS.filter((name) => existsSync(join(ASSETS_DIR, name)));
  return [...scripts, ...styles].map((name) => join(ASSETS_DIR, name));
}

/**
 * Bundles every entry point and the embed script; does nothing for files that do not exist.
 *
 * @param options output directory and mode
 * @returns the number of entry points bundled
 * @throws when esbuild reports an error (the message names file and line)
 */
export async function bundleAssets({ outDir, dev }: BundleOptions): Promise<number> {
  // Relative output paths (as Eleventy passes them) are relative to the working directory.
  const outputRoot = resolve(outDir);
  const entryPoints = assetEntryPoints();
  const loader = join(ASSETS_DIR, EMBED_LOADER_ENTRY_POINT);
  const hasLoader = existsSync(loader);
  await Promise.all([
    entryPoints.length > 0 && bundlePageAssets(entryPoints, outputRoot, dev),
    hasLoader && bundleEmbedLoader(loader, outputRoot),
    copyStaticAssets(join(outputRoot, "assets")),
  ]);
  return entryPoints.length + (hasLoader ? 1 : 0);
}

function bundlePageAssets(entryPoints: string[], outputRoot: string, dev: boolean) {
  return esbuild.build({
    entryPoints,
    outdir: join(outputRoot, "assets"),
    outbase: ASSETS_DIR,
    bundle: true,
    // Loaded as classic `<script src defer>`; an IIFE keeps top-level names out of the global scope.
    format: "iife",
    platform: "browser",
    target: TARGET,
    minify: !dev,
    sourcemap: dev ? "linked" : false,
    legalComments: "none",
    // Images and fonts referenced from CSS stay as separate files next to the bundle.
    loader: { ".svg": "file", ".png": "file", ".woff2": "file" },
    assetNames: "[name]",
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
}

async function copyStaticAssets(target: string): Promise<void> {
  if (!existsSync(STATIC_ASSETS_DIR)) return;
  await mkdir(target, { recursive: true });
  await Promise.all(readdirSync(STATIC_ASSETS_DIR).map((name) => copyFile(join(STATIC_ASSETS_DIR, name), join(target, name))));
}

// Always minified, also in development: partners load it on every page view (budget: 5 KB
// gzipped, see scripts/bench/embed-budgets.ts).
function bundleEmbedLoader(entryPoint: string, outputRoot: string) {
  return esbuild.build({
    entryPoints: [entryPoint],
    outfile: join(outputRoot, "embed.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: TARGET,
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    absWorkingDir: ROOT,
  });
}
