/**
 * The map page's size budgets, read from the built fixture site (no browser needed): all JavaScript
 * of the page ≤ 70 KB, all its CSS ≤ 10 KB, Kreis boundaries ≤ 120 KB (all gzipped), and no turf
 * in any bundle.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite } from "../setup/build-site.ts";
import { MAP_BUDGETS, formatMapBudgets, measureMapBudgets, type MapBudgetReport } from "../../scripts/bench/map-budgets.ts";

const budgets = suite<{ report: MapBudgetReport }>("Karte: Größenbudgets", {} as { report: MapBudgetReport });

budgets.before(async (context) => {
  context.report = await measureMapBudgets((await fixtureSite()).outDir);
});

budgets("the map page loads its bundle and Leaflet's styles", ({ report }) => {
  assert.ok(report.scripts.some((s) => s.path === "/assets/map.js"), formatMapBudgets(report));
});

budgets("all JavaScript of the map page stays within 70 KB gzipped", ({ report }) => {
  assert.ok(report.pageScriptsGzip <= MAP_BUDGETS.mapScripts, formatMapBudgets(report));
  assert.ok(report.withinBudget.mapScripts);
});

budgets("all CSS of the map page stays within 10 KB gzipped", ({ report }) => {
  assert.ok(report.pageStylesGzip <= MAP_BUDGETS.mapStyles, formatMapBudgets(report));
  assert.ok(report.styles.some((s) => s.path === "/assets/map.css"));
});

budgets("the Kreis boundaries stay within 120 KB gzipped", ({ report }) => {
  assert.ok(report.boundaries.gzip <= MAP_BUDGETS.boundaries, formatMapBudgets(report));
});

budgets("no browser bundle contains turf", ({ report }) => {
  assert.equal(report.bundlesWithTurf, []);
});

budgets.run();
