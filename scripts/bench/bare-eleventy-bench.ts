/**
 * The baseline for the site build: plain Eleventy over the same Markdown files with a one-line
 * layout and nothing else, so "our build is N× bare Eleventy" compares like with like.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Eleventy from "@11ty/eleventy";

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

/** Wall and CPU time (all threads of this process) of one build, in milliseconds. */
export interface BuildTime {
  readonly ms: number;
  readonly cpuMs: number;
}

/** Times a bare Eleventy build of the given entry files, without writing the input folder. */
export async function benchBareEleventy(entries: readonly [string, string][]): Promise<BuildTime> {
  const input = await writeBareSite(entries);
  const output = `${input}-out`;
  try {
    const start = performance.now();
    const cpuBefore = process.cpuUsage();
    // Entries contain no template syntax; Markdown is rendered, front matter parsed, as for our pages.
    const eleventy = new Eleventy(input, output, { quietMode: true, configPath: join(input, "eleventy.config.mjs") });
    await eleventy.write();
    const cpu = process.cpuUsage(cpuBefore);
    return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    await rm(input, { recursive: true, force: true });
    await rm(output, { recursive: true, force: true });
  }
}
