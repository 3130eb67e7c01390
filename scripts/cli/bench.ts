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
  /** CPU time of the first build in the bench process, all threads (child processes not included). */
  cpuMs: number;
  cores: number;
  timings?: { dataset: number; eleventy: number };
}

/** Fresh-process builds per size and kind; the ratio of medians is reported. */
const SITE_RUNS = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median cold build per size and kind, for the cost per entry below. */
const coldMedians: { entries: number; site: number; bare: number }[] = [];

for (const [label, which] of [
  ["Seite: Beispiele", "examples"],
  ["Seite: 1000 Einträge", "1000"],
] as const) {
  // Each build in its own process, so neither profits from modules the other has loaded; the two
  // kinds alternate, so a slow moment of a shared machine hits both alike.
  const sites: SiteRun[] = [];
  const bares: SiteRun[] = [];
  let failure: string | undefined;
  for (let run = 0; run < SITE_RUNS && !failure; run++) {
    const site = runStep<SiteRun>("run-site-bench.ts", ["site", which]);
    const bare = runStep<SiteRun>("run-site-bench.ts", ["bare", which]);
    if ("error" in site || "error" in bare) failure = `${"error" in site ? site.error : ""} ${"error" in bare ? bare.error : ""}`;
    else {
      sites.push(site);
      bares.push(bare);
    }
  }
  results[label] = { site: sites, bare: bares };
  if (failure) {
    rows.push({ measure: label, value: `Fehler: ${failure}`, target: "", ok: false });
    continue;
  }
  const siteCold = median(sites.map((r) => r.coldMs));
  const bareCold = median(bares.map((r) => r.coldMs));
  const siteWarm = median(sites.map((r) => r.warmMs));
  const bareWarm = median(bares.map((r) => r.warmMs));
  const cold = siteCold / bareCold;
  const warm = siteWarm / bareWarm;
  coldMedians.push({ entries: sites[0]!.entries, site: siteCold, bare: bareCold });
  const range = (runs: SiteRun[]) => `${ms(Math.min(...runs.map((r) => r.coldMs)))}–${ms(Math.max(...runs.map((r) => r.coldMs)))}`;
  const dataset = median(sites.map((r) => r.timings!.dataset));
  const eleventy = median(sites.map((r) => r.timings!.eleventy));
  rows.push({
    measure: `${label} (${sites[0]!.entries}) – voller Build vs. bloßes Eleventy, erster Lauf, Median aus ${SITE_RUNS}`,
    value: `${ms(siteCold)} (${range(sites)}; Daten ${ms(dataset)}, Eleventy mit Netzwerk-, Themen- und Regionsseiten und Suchindex ${ms(eleventy)}) vs. ${ms(bareCold)} (${range(bares)}) = ${cold.toFixed(2)}×`,
    target: "≤ 2×",
    ok: cold <= 2,
  });
  // Wall time cannot fall below CPU time spread over every core; this bounds what any
  // optimisation of scheduling alone could reach.
  const siteCpu = median(sites.map((r) => r.cpuMs));
  const bareCpu = median(bares.map((r) => r.cpuMs));
  const cores = sites[0]!.cores;
  rows.push({
    measure: `${label} (${sites[0]!.entries}) – CPU-Zeit des ersten Laufs, alle Threads (ohne esbuild- und Pagefind-Prozess)`,
    value: `${ms(siteCpu)} vs. ${ms(bareCpu)}; auf ${cores} Kernen braucht der volle Build also mindestens ${ms(siteCpu / cores)} = ${(siteCpu / cores / bareCold).toFixed(2)}× bloßes Eleventy`,
    target: "",
    ok: undefined,
  });
  rows.push({
    measure: `${label} (${sites[0]!.entries}) – dasselbe im zweiten Lauf (ohne Startkosten)`,
    value: `${ms(siteWarm)} vs. ${ms(bareWarm)} = ${warm.toFixed(2)}×`,
    target: "",
    ok: undefined,
  });
}

// What each further entry costs, apart from the fixed cost of a build: the slope between the two
// sizes. At 21 entries the fixed costs (start-up, the site's ~50 other pages, search index, bundles)
// decide the ratio above; this shows how the build grows.
if (coldMedians.length === 2) {
  const [small, large] = coldMedians as [(typeof coldMedians)[0], (typeof coldMedians)[0]];
  const entries = large.entries - small.entries;
  const site = (large.site - small.site) / entries;
  const bare = (large.bare - small.bare) / entries;
  results.perEntry = { site, bare, fixedSite: small.site - site * small.entries, fixedBare: small.bare - bare * small.entries };
  rows.push({
    measure: `Seite: Kosten je weiteren Eintrag (Steigung zwischen ${small.entries} und ${large.entries} Einträgen)`,
    value: `${site.toFixed(2)} ms vs. ${bare.toFixed(2)} ms = ${(site / bare).toFixed(2)}×; feste Kosten ${ms(small.site - site * small.entries)} vs. ${ms(small.bare - bare * small.entries)}`,
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
