/** Child-process entry: builds the example site into a temp dir and reports its size budgets (map, embed, search, heaviest pages) as JSON. */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "../site/build-site.ts";
import { MAP_BUDGETS, measureMapBudgets } from "./map-budgets.ts";
import { EMBED_BUDGETS, measureEmbedBudgets } from "./embed-budgets.ts";
import { PAGE_BUDGETS, weighPages } from "./page-weight.ts";
import { SEARCH_BUDGETS, measureSearchBudgets } from "./search-budgets.ts";
import { readdir } from "node:fs/promises";

const work = await mkdtemp(join(tmpdir(), "gw-budgets-"));
try {
  const { outDir } = await buildSite({ outDir: join(work, "site"), pagefind: false });
  const report = await measureMapBudgets(outDir);
  const embed = await measureEmbedBudgets(outDir);
  const search = await measureSearchBudgets(outDir);
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith(".html") && !f.startsWith("admin/")).sort();
  const [heaviest] = await weighPages(outDir, pages);
  const heaviestHtml = (await weighPages(outDir, pages)).sort((a, b) => b.htmlGzip - a.htmlGzip)[0];
  const entries = [
    { name: `schwerste Seite mit allem, was sie lädt (${heaviest!.page})`, gzipBytes: heaviest!.totalGzip, budgetBytes: PAGE_BUDGETS.total },
    { name: `größtes HTML (${heaviestHtml!.page})`, gzipBytes: heaviestHtml!.htmlGzip, budgetBytes: PAGE_BUDGETS.html },
    { name: "JavaScript der Kartenseite", gzipBytes: report.pageScriptsGzip, budgetBytes: MAP_BUDGETS.mapScripts },
    { name: "CSS der Kartenseite", gzipBytes: report.pageStylesGzip, budgetBytes: MAP_BUDGETS.mapStyles },
    { name: "Kreisgrenzen", gzipBytes: report.boundaries.gzip, budgetBytes: MAP_BUDGETS.boundaries },
    { name: "JavaScript von /embed/ (eingebettet)", gzipBytes: embed.embedScriptsGzip, budgetBytes: EMBED_BUDGETS.embedScripts },
    { name: "/embed.js für Partnerseiten", gzipBytes: embed.loader.gzip, budgetBytes: EMBED_BUDGETS.loader },
    { name: "Suchskript (auf jeder Seite)", gzipBytes: search.script.gzip, budgetBytes: SEARCH_BUDGETS.script },
    { name: "Ortsliste der Suche", gzipBytes: search.places.gzip, budgetBytes: SEARCH_BUDGETS.places },
    { name: "turf in Browser-Bundles (Dateien)", gzipBytes: report.bundlesWithTurf.length, budgetBytes: 0 },
  ];
  process.stdout.write(`${JSON.stringify({ entries })}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
