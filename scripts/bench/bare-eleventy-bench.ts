/**
 * The baseline for the site build: plain Eleventy over the same Markdown files with a one-line
 * layout and nothing else, so "our build is N× bare Eleventy" compares like with like.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";
import { syntheticEntries } from "./synthetic-entries.ts";

/** Writes `entries` as an Eleventy input folder with a one-line layout; returns the folder. */
async function writeBareSite(entries: readonly [string, string][]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "gw-bare-"));
  await mkdir(join(dir, "_includes"));
  // Without a config of its own, Eleventy would load this project's .eleventy.js from the cwd.
  await writeFile(join(dir, "eleventy.config.mjs"), "export default function () {}\n");
  await writeFile(join(dir, "_includes", "page.njk"), "<!doctype html><title>{{ title }}</title>{{ content | safe }}\n");
  await mkdir(join(dir, "netzwerke"));
  await writeFile(join(dir, "netzwerke", "netzwerke.json"), JSON.stringify({ layout: "page.njk" }));
  await Promise.all(entries.map(([name, text]) => writeFile(join(dir, "netzwerke", name), text)));
  return dir;
}

/** Times a bare Eleventy build of the given entry files (default: `count` synthetic entries). */
export async function benchBareEleventy(entries: readonly [string, string][]): Promise<number> {
  const input = await writeBareSite(entries);
  const output = `${input}-out`;
  try {
    const start = performance.now();
    // Entries contain no template syntax; Markdown is rendered, front matter parsed, as for our pages.
    const eleventy = new Eleventy(input, output, { quietMode: true, configPath: join(input, "eleventy.config.mjs") });
    await eleventy.write();
    return performance.now() - start;
  } finally {
    await rm(input, { recursive: true, force: true });
    await rm(output, { recursive: true, force: true });
  }
}

/** `count` synthetic entries for both builds, so they see the same files. */
export function benchEntries(count: number): [string, string][] {
  return syntheticEntries(count);
}
