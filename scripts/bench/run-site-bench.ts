/**
 * Child-process entry for one site-build benchmark: the full build (dataset, Eleventy, assets,
 * Pagefind) of either the example entries or N synthetic ones, next to a bare Eleventy build of
 * the same Markdown files. Prints the result as JSON on stdout.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../site/build-site.ts";
import { NETWORKS_DIR } from "../paths.ts";
import { benchBareEleventy } from "./bare-eleventy-bench.ts";
import { syntheticEntries, writeSyntheticEntries } from "./synthetic-entries.ts";

const which = process.argv[2] ?? "examples";
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
  // Bare first, so neither build profits from a cache warmed by the other in a way the other does not.
  const bareMs = await benchBareEleventy(entries);
  const result = await buildSite({ networksDir, outDir: join(work, "site"), pagefind: true });
  process.stdout.write(`${JSON.stringify({ entries: entries.length, buildMs: result.timings.total, timings: result.timings, bareMs })}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
