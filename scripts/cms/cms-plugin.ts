/**
 * The Eleventy plugin for the web form at /admin/ (issue #6): copies Decap CMS's prebuilt bundle
 * from node_modules (never a CDN, never committed) to /admin/ and renders /admin/config.yml from
 * the JSON Schema. The page itself is content/admin/index.njk.
 */
import { readdirSync } from "node:fs";
import { copyFile, link, mkdir, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { CONTENT_DIR, cwdRelative } from "../paths.ts";
import site from "../../content/_data/site.js";
import { decapConfig, serializeDecapConfig, type DecapConfigOptions } from "./decap-config.ts";
import { adminContentSecurityPolicy } from "./admin-csp.ts";

export interface CmsPluginOptions {
  /** See {@link DecapConfigOptions.localBackend}; default `true` (decap-server on localhost:8081). */
  readonly localBackend?: DecapConfigOptions["localBackend"];
  /** See {@link DecapConfigOptions.authBaseUrl}. */
  readonly authBaseUrl?: string;
}

/** Where the form is published. */
export const ADMIN_URL = "/admin/";

/** Minimal type of the Eleventy config API as used here. */
interface EleventyConfig {
  addWatchTarget(target: string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: { output: string } }) => Promise<void>): void;
  addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/**
 * The files of decap-cms/dist that the browser loads: the main bundle, the chunks it loads on
 * demand (named `<id>.decap-cms.js`, found next to the main bundle), two WebAssembly files and the
 * licence notices. Source maps (50 MB) and the legacy copies named `cms.js` stay behind.
 *
 * @returns absolute paths
 */
export function decapBundleFiles(): string[] {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve("decap-cms/package.json")), "dist");
  const files = readdirSync(dist)
    .filter((name) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name))
    .sort()
    .map((name) => join(dist, name));
  if (!files.some((file) => file.endsWith("/decap-cms.js"))) throw new Error(`Decap CMS fehlt in ${dist} – bitte „npm ci“ ausführen.`);
  return files;
}


/**
 * Puts Decap's files into `target`, skipping those already there unchanged. Hard links where the
 * file system allows (node_modules and the site on one disk): creating a file costs far more than
 * linking one, and these 6 MB never change; a copy otherwise.
 */
async function copyDecapBundle(bundle: readonly string[], target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  await Promise.all(
    bundle.map(async (file) => {
      const destination = join(target, basename(file));
      const [from, to] = await Promise.all([stat(file), stat(destination).catch(() => undefined)]);
      if (to && to.size === from.size && to.mtimeMs >= from.mtimeMs) return;
      if (to) await rm(destination);
      await link(file, destination).catch(() => copyFile(file, destination));
    }),
  );
}

/**
 * The plugin.
 *
 * @param eleventyConfig Eleventy's configuration API
 * @param options local backend address and GitHub login service
 * @example
 * eleventyConfig.addPlugin(cmsPlugin);
 */
export default function cmsPlugin(eleventyConfig: EleventyConfig, options: CmsPluginOptions = {}): void {
  // Decap's ~100 files are copied with the file system's own copy, in parallel, and skipped when an
  // identical copy is already there (npm start): Eleventy's passthrough copy took a third of a build.
  // Copying starts with the build and runs while Eleventy renders; the build waits for it at the end.
  // The form's own stylesheet goes along (copied, never linked: it is a source file); Eleventy's
  // passthrough machinery cost ~50 ms even for this one file.
  const bundle = decapBundleFiles();
  const stylesheet = join(CONTENT_DIR, "admin", "admin.css");
  eleventyConfig.addWatchTarget(cwdRelative(stylesheet));
  let copying: Promise<unknown> = Promise.resolve();
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const target = join(directories.output, "admin");
    copying = copyDecapBundle(bundle, target).then(() => copyFile(stylesheet, join(target, "admin.css")));
    copying.catch(() => undefined);
  });
  eleventyConfig.on("eleventy.after", async () => {
    await copying;
  });

  // Rendered once per configuration: the schema does not change during a build.
  const yaml = serializeDecapConfig(
    decapConfig({
      repositoryUrl: site.repositoryUrl,
      branch: site.repositoryBranch,
      siteUrl: site.url,
      ...(options.localBackend !== undefined ? { localBackend: options.localBackend } : {}),
      ...(options.authBaseUrl !== undefined ? { authBaseUrl: options.authBaseUrl } : {}),
    }),
  );
  // The page carries its policy itself, for servers that send none; frame-ancestors only works as a header.
  const localBackend = options.localBackend;
  const localBackendOrigins = typeof localBackend === "object" ? [new URL(localBackend.url).origin] : undefined;
  eleventyConfig.addFilter("adminPolicy", () =>
    adminContentSecurityPolicy(localBackendOrigins ? { localBackendOrigins } : {})
      .split("; ")
      .filter((directive) => !directive.startsWith("frame-ancestors"))
      .join("; "),
  );
  eleventyConfig.addTemplate(
    "admin/config.yml.11ty.js",
    { render: () => yaml },
    { permalink: `${ADMIN_URL}config.yml`, eleventyExcludeFromCollections: true },
  );
}
