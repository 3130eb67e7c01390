/** Where the project's folders are, resolved once from this file so every CLI works from any cwd. */
import { fileURLToPath } from "node:url";
import { join, dirname, relative } from "node:path";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DATA_DIR = join(ROOT, "data");
export const SCHEMA_DIR = join(DATA_DIR, "schema");
export const GEO_DIR = join(DATA_DIR, "geo");
export const CONTENT_DIR = join(ROOT, "content");
export const NETWORKS_DIR = join(CONTENT_DIR, "networks");
export const SITE_DIR = join(ROOT, "_site");

/**
 * `path` relative to the working directory with forward slashes ("." for the directory itself):
 * Eleventy resolves its folders, ignore and watch globs against the working directory.
 */
export function cwdRelative(path: string): string {
  return relative(process.cwd(), path).split("\\").join("/") || ".";
}
