/**
 * Builds the fixture site once per test process and shares it between test files (site tests and
 * the map's browser tests). The fixture entries are the real examples from content/networks plus
 * the test entries in tests/site/fixtures/networks (a hostile one, a minimal one), copied into one
 * temporary folder; the site is built with Pagefind, exactly like `npm run build`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { copyFile, readdir, readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { buildSite, type BuildSiteResult } from "../../scripts/site/build-site.ts";
import { NETWORKS_DIR, ROOT } from "../../scripts/paths.ts";

/** Test-only entries, added to the real examples. */
export const FIXTURE_NETWORKS_DIR = join(ROOT, "tests/site/fixtures/networks");
/** A folder with one invalid entry. */
export const BROKEN_NETWORKS_DIR = join(ROOT, "tests/site/fixtures/broken");

export interface FixtureSite {
  /** The built site. */
  readonly outDir: string;
  /** The entries it was built from. */
  readonly networksDir: string;
  readonly result: BuildSiteResult;
  /** Every file of the site, relative with forward slashes, sorted. */
  readonly files: readonly string[];
  /** The HTML pages among them. */
  readonly htmlFiles: readonly string[];
  /** Reads a site file as text, e.g. `read("netzwerke/x/index.html")`. */
  read(path: string): Promise<string>;
}

const temporary: string[] = [];
process.on("exit", () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed when the process exits. */
export function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `gw-${prefix}-`));
  temporary.push(dir);
  return dir;
}

/** Copies the real examples and the fixture entries into one new folder. */
export async function fixtureNetworksDir(): Promise<string> {
  const dir = temporaryDir("networks");
  for (const source of [NETWORKS_DIR, FIXTURE_NETWORKS_DIR]) {
    for (const name of await readdir(source)) {
      if (name.endsWith(".md")) await copyFile(join(source, name), join(dir, name));
    }
  }
  return dir;
}

/** Every file under `dir`, relative with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** SHA-256 over every file's path and bytes: equal hashes mean byte-identical sites. */
export async function hashTree(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const file of await listFiles(dir)) {
    hash.update(file);
    hash.update("\0");
    hash.update(await readFile(join(dir, file)));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** SHA-256 of every file under `dir`, by relative path; compare two to find what differs. */
export async function fileHashes(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(dir)) hashes.set(file, createHash("sha256").update(await readFile(join(dir, file))).digest("hex"));
  return hashes;
}

/** Builds a fixture site into a new temporary folder (not shared). */
export async function buildFixtureSite(options: { pagefind?: boolean } = {}): Promise<FixtureSite> {
  const networksDir = await fixtureNetworksDir();
  const outDir = join(temporaryDir("site"), "_site");
  const result = await buildSite({ networksDir, outDir, pagefind: options.pagefind ?? true });
  const files = await listFiles(outDir);
  return {
    outDir,
    networksDir,
    result,
    files,
    htmlFiles: files.filter((f) => f.endsWith(".html")),
    read: (path) => readFile(join(outDir, path.replace(/^\//, "")), "utf8"),
  };
}

let shared: Promise<FixtureSite> | undefined;

/** The fixture site, built on first call and shared by every test in this process. */
export function fixtureSite(): Promise<FixtureSite> {
  shared ??= buildFixtureSite();
  return shared;
}
