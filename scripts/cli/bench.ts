/**
 * `npm run bench`: measures what the project promises about speed and size, one fresh Node process
 * per measurement so times and peak memory are not polluted by earlier runs. Prints a table and
 * writes bench-results/latest.json. Targets are reported, not enforced: benchmarks inform, tests
 * decide.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly ok: boolean | undefined;
}

/** Runs `scripts/bench/<script>` in a fresh process and parses the JSON it prints last. */
function runStep<T>(script: string, args: string[] = []): T | { error: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(ROOT, "scripts", "bench", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = result.stdout.trim().split("\n").pop() ?? "";
  try {
    if (result.status !== 0) throw new Error(result.stderr.trim().split("\n").slice(-3).join(" "));
    return JSON.parse(last) as T;
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

const rows: Row[] = [];
const results: Record<string, unknown> = { node: process.version, date: new Date().toISOString() };
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

for (const count of [1000, 10000]) {
  const r = runStep<{ totalMs: number; readMs: number; loadMs: number; validateMs: number; pipelineMs: number; peakRssMb: number; problems: number }>(
    "run-dataset-bench.ts",
    [String(count)],
  );
  results[`dataset${count}`] = r;
  if ("error" in r) {
    rows.push({ measure: `Daten: ${count} Einträge`, value: `Fehler: ${r.error}`, target: "", ok: false });
    continue;
  }
  rows.push({
    measure: `Daten: ${count} Einträge laden + prüfen + anreichern`,
    value: `${ms(r.totalMs)} (lesen ${ms(r.readMs)}, YAML ${ms(r.loadMs)}, Schema+Regeln ${ms(r.validateMs)}), Spitze ${Math.round(r.peakRssMb)} MB`,
    target: count === 10000 ? "< 3000 ms" : "",
    ok: count === 10000 ? r.totalMs < 3000 : undefined,
  });
}

interface SiteRun {
  entries: number;
  coldMs: number;
  warmMs: number;
  timings?: { dataset: number; eleventy: number };
}

for (const [label, which] of [
  ["Seite: Beispiele", "examples"],
  ["Seite: 1000 Einträge", "1000"],
] as const) {
  // Each build in its own process, so neither profits from modules the other has loaded.
  const site = runStep<SiteRun>("run-site-bench.ts", ["site", which]);
  const bare = runStep<SiteRun>("run-site-bench.ts", ["bare", which]);
  results[label] = { site, bare };
  if ("error" in site || "error" in bare) {
    rows.push({ measure: label, value: `Fehler: ${"error" in site ? site.error : ""} ${"error" in bare ? bare.error : ""}`, target: "", ok: false });
    continue;
  }
  const cold = site.coldMs / bare.coldMs;
  const warm = site.warmMs / bare.warmMs;
  const t = site.timings!;
  rows.push({
    measure: `${label} (${site.entries}) – voller Build vs. bloßes Eleventy, erster Lauf`,
    value: `${ms(site.coldMs)} (Daten ${ms(t.dataset)}, Eleventy mit Netzwerkseiten und Suchindex ${ms(t.eleventy)}) vs. ${ms(bare.coldMs)} = ${cold.toFixed(2)}×`,
    target: "≤ 2×",
    ok: cold <= 2,
  });
  rows.push({
    measure: `${label} (${site.entries}) – dasselbe im zweiten Lauf (ohne Startkosten)`,
    value: `${ms(site.warmMs)} vs. ${ms(bare.warmMs)} = ${warm.toFixed(2)}×`,
    target: "",
    ok: undefined,
  });
}

const budgets = runStep<{ entries: { name: string; gzipBytes: number; budgetBytes: number }[] }>("run-map-budgets.ts");
results.mapBudgets = budgets;
if ("error" in budgets) rows.push({ measure: "Größen", value: `Fehler: ${budgets.error}`, target: "", ok: false });
else
  for (const e of budgets.entries) {
    const isCount = e.name.startsWith("turf");
    rows.push({
      measure: `Größe: ${e.name}${isCount ? "" : " (gzip)"}`,
      value: isCount ? String(e.gzipBytes) : kb(e.gzipBytes),
      target: isCount ? "0" : `≤ ${kb(e.budgetBytes)}`,
      ok: e.gzipBytes <= e.budgetBytes,
    });
  }

for (const count of [1000, 10000]) {
  const filter = runStep<{ count: number; medianMs: number }>("run-map-filter-bench.ts", [String(count)]);
  results[`mapFilter${count}`] = filter;
  if ("error" in filter) rows.push({ measure: `Karte: Filter bei ${count} Netzwerken`, value: `Fehler: ${filter.error}`, target: "", ok: false });
  else
    rows.push({
      measure: `Karte: Filter bei ${filter.count} Netzwerken (Klick bis Marker+Liste gezeichnet)`,
      value: `Median ${ms(filter.medianMs)}`,
      target: "< 100 ms",
      ok: filter.medianMs < 100,
    });
}

const width = Math.max(...rows.map((r) => r.measure.length));
for (const row of rows) {
  const mark = row.ok === undefined ? " " : row.ok ? "✓" : "✗";
  console.log(`${mark} ${row.measure.padEnd(width)}  ${row.value}${row.target ? `  (Ziel ${row.target})` : ""}`);
}
mkdirSync(join(ROOT, "bench-results"), { recursive: true });
writeFileSync(join(ROOT, "bench-results", "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
