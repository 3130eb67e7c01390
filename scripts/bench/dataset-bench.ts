/**
 * Measures the data pipeline (read + load + validate + enrich) on synthetic entries in this process,
 * with the time of each step, so we see which one dominates. Run it in a fresh process per size so
 * the peak memory (maxRSS) belongs to that size alone.
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readEntrySources, buildDatasetFromSources } from "../dataset/build-dataset.ts";
import { loadEntry } from "../dataset/load-entry.ts";
import { validateEntry } from "../dataset/validate-entry.ts";
import { nrwGeoIndex } from "../dataset/geo-index.ts";
import { writeSyntheticEntries } from "./synthetic-entries.ts";

export interface DatasetBenchResult {
  readonly entries: number;
  readonly networks: number;
  readonly problems: number;
  /** Wall time of the full pipeline, including reading the files. */
  readonly totalMs: number;
  readonly readMs: number;
  readonly loadMs: number;
  readonly validateMs: number;
  readonly pipelineMs: number;
  readonly peakRssMb: number;
}

/** Benchmarks the pipeline on `count` synthetic entries written to a temp dir. */
export async function benchDataset(count: number): Promise<DatasetBenchResult> {
  const dir = join(tmpdir(), `gw-bench-${process.pid}-${count}`);
  const cleanup = await writeSyntheticEntries(dir, count);
  try {
    const geo = nrwGeoIndex();
    const start = performance.now();
    const sources = await readEntrySources(dir);
    const read = performance.now();
    const { dataset, problems } = buildDatasetFromSources(sources, { geo, currentYear: 2026 });
    const end = performance.now();

    // Step times are measured on a second pass, so they exclude one-off warm-up (schema compile, geodata load).
    const t0 = performance.now();
    const loaded = sources.map((s) => loadEntry(s.sourcePath, "x", s.bytes));
    const t1 = performance.now();
    for (const result of loaded) if (result.ok) validateEntry(result.entry, geo, { currentYear: 2026 });
    const t2 = performance.now();

    return {
      entries: count,
      networks: dataset.networks.length,
      problems: problems.length,
      totalMs: end - start,
      readMs: read - start,
      loadMs: t1 - t0,
      validateMs: t2 - t1,
      pipelineMs: end - read,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await cleanup();
  }
}
