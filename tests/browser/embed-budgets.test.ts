/**
 * Embedding's size budgets, read from the built fixture site (no browser needed): the partners'
 * /embed.js ≤ 5 KB and all JavaScript of /embed/ ≤ 70 KB (gzipped), and neither carries turf.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fixtureSite } from "../setup/build-site.ts";
import { EMBED_BUDGETS, formatEmbedBudgets, measureEmbedBudgets, type EmbedBudgetReport } from "../../scripts/bench/embed-budgets.ts";
import { TURF_MARKERS } from "../../scripts/bench/map-budgets.ts";

const budgets = suite<{ report: EmbedBudgetReport; outDir: string }>("Einbetten: Größenbudgets", {} as { report: EmbedBudgetReport; outDir: string });

budgets.before(async (context) => {
  context.outDir = (await fixtureSite()).outDir;
  context.report = await measureEmbedBudgets(context.outDir);
});

budgets("the partners' /embed.js stays within 5 KB gzipped", ({ report }) => {
  assert.ok(report.loader.gzip > 500, formatEmbedBudgets(report));
  assert.ok(report.loader.gzip <= EMBED_BUDGETS.loader, formatEmbedBudgets(report));
});

budgets("all JavaScript of /embed/ stays within the map page's 70 KB gzipped", ({ report }) => {
  assert.equal(report.scripts.map((s) => s.path), ["/assets/embed.js"], formatEmbedBudgets(report));
  assert.ok(report.withinBudget.embedScripts, formatEmbedBudgets(report));
});

budgets("the loader carries neither Leaflet nor turf, only what it needs", async ({ outDir }) => {
  const loader = await readFile(join(outDir, "embed.js"), "utf8");
  assert.not.ok(loader.includes("leaflet"));
  assert.not.ok(TURF_MARKERS.some((marker) => loader.includes(marker)));
  assert.ok(loader.includes("gemeinsam-wirken:hoehe"));
});

budgets.run();
