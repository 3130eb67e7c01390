/**
 * Child-process entry for one site-build benchmark: `site` (the full build: dataset, Eleventy,
 * assets, search index) or `bare` (plain Eleventy over the same Markdown files with a one-line
 * layout), over the example entries or N synthetic ones. Each builds twice in this fresh process:
 * the first run is what `npm run build` costs, the second shows how much of it is start-up.
 * Also reports the CPU time of the first run in this process, all threads together (the site
 * build's esbuild and Pagefind processes not included): on a machine with `cores` cores no build
 * can take less wall time than that CPU time divided by the cores.
 * Prints the result as JSON on stdout.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../site/build-site.ts";
import { NETWORKS_DIR } from "../paths.ts";
import { benchBareEleventy } from "./bare-eleventy-bench.ts";
import { syntheticEntries, writeSyntheticEntries } from "./synthetic-entries.ts";

const [mode = "site", which = "examples"] = process.argv.slice(2);
const work = await mkdtemp(join(tmpdir(), "gw-site-bench-"));
try {
  let networksDir = NETWORKS_DIR;
  let entries: [string, string][];
  if (which === "examples") {
    const names = (await readdir(NETWORKS_DIR)).filter((n) => n.endsWith(".md")).sort();
    entries = await Promise.all(names.map(async (n) => [n, await readFile(join(NETWORKS_DIR, n), "utf8")] as [string, string]));
  } else {
    networksDir = join(work, "networks");
    await writeSyntheticEntries(networksDir, Number(which));
    entries = syntheticEntries(Number(which));
  }
  const runs: number[] = [];
  let timings: unknown;
  const cpus: number[] = [];
  for (let i = 0; i < 2; i++) {
    if (mode === "bare") {
      const bare = await benchBareEleventy(entries);
      runs.push(bare.ms);
      cpus.push(bare.cpuMs);
    } else {
      const cpuBefore = process.cpuUsage();
      const result = await buildSite({ networksDir, outDir: join(work, "site"), pagefind: true });
      runs.push(result.timings.total);
      const cpu = process.cpuUsage(cpuBefore);
      cpus.push((cpu.user + cpu.system) / 1000);
      timings ??= result.timings;
    }
  }
  process.stdout.write(`${JSON.stringify({ mode, entries: entries.length, coldMs: runs[0], warmMs: runs[1], cpuMs: cpus[0], cores: availableParallelism(), timings })}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
