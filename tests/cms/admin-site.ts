/**
 * A mini-site with nothing but /admin/: the real page (content/admin/index.njk) and the real
 * plugin (scripts/cms/cms-plugin.ts), built by Eleventy into a temporary folder in well under a
 * second, so the CMS tests do not depend on the rest of the site.
 */
import { mkdir, copyFile } from "node:fs/promises";
import { join, relative } from "node:path";
import Eleventy from "@11ty/eleventy";
import cmsPlugin, { type CmsPluginOptions } from "../../scripts/cms/cms-plugin.ts";
import { CONTENT_DIR } from "../../scripts/paths.ts";
import site from "../../content/_data/site.js";
import { temporaryDir } from "../setup/build-site.ts";

/**
 * Builds the mini-site.
 *
 * @param options passed to the plugin, e.g. the address of a test's decap-server
 * @returns the output folder
 */
export async function buildAdminSite(options: CmsPluginOptions = {}): Promise<string> {
  const input = temporaryDir("cms-input");
  const output = join(temporaryDir("cms-site"), "_site");
  await mkdir(join(input, "admin"), { recursive: true });
  await copyFile(join(CONTENT_DIR, "admin", "index.njk"), join(input, "admin", "index.njk"));
  const eleventy = new Eleventy(relative(process.cwd(), input), output, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig: { addGlobalData(name: string, value: unknown): void; addPlugin(plugin: unknown, options?: unknown): void }) {
      eleventyConfig.addGlobalData("site", site);
      eleventyConfig.addPlugin(cmsPlugin, options);
    },
  });
  if (!process.env.DEBUG) eleventy.disableLogger();
  await eleventy.write();
  return output;
}
