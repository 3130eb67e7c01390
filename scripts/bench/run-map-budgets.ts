/** Child-process entry: builds the example site into a temp dir and reports the map page's size budgets as JSON. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../site/build-site.ts";
import { MAP_BUDGETS, measureMapBudgets } from "./map-budgets.ts";
import { EMBED_BUDGETS, measureEmbedBudgets } from "./embed-budgets.ts";

const work = await mkdtemp(join(tmpdir(), "gw-budgets-"));
try {
  const { outDir } = await buildSite({ outDir: join(work, "site"), pagefind: false });
  const report = await measureMapBudgets(outDir);
  const embed = await measureEmbedBudgets(outDir);
  const entries = [
    { name: "JavaScript der Kartenseite", gzipBytes: report.pageScriptsGzip, budgetBytes: MAP_BUDGETS.mapScripts },
    { name: "CSS der Kartenseite", gzipBytes: report.pageStylesGzip, budgetBytes: MAP_BUDGETS.mapStyles },
    { name: "Kreisgrenzen", gzipBytes: report.boundaries.gzip, budgetBytes: MAP_BUDGETS.boundaries },
    { name: "JavaScript von /embed/ (eingebettet)", gzipBytes: embed.embedScriptsGzip, budgetBytes: EMBED_BUDGETS.embedScripts },
    { name: "/embed.js für Partnerseiten", gzipBytes: embed.loader.gzip, budgetBytes: EMBED_BUDGETS.loader },
    { name: "turf in Browser-Bundles (Dateien)", gzipBytes: report.bundlesWithTurf.length, budgetBytes: 0 },
  ];
  process.stdout.write(`${JSON.stringify({ entries })}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
