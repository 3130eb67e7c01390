/**
 * The search's size budgets, read from the built fixture site (no browser needed): the search
 * script on every page ≤ 4 KB and the place file it fetches ≤ 8 KB (gzipped).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite } from "../setup/build-site.ts";
import { SEARCH_BUDGETS, formatSearchBudgets, measureSearchBudgets, type SearchBudgetReport } from "../../scripts/bench/search-budgets.ts";

const budgets = suite<{ report: SearchBudgetReport }>("Suche: Größenbudgets", {} as { report: SearchBudgetReport });

budgets.before(async (context) => {
  context.report = await measureSearchBudgets((await fixtureSite()).outDir);
});

budgets("the search script every page loads stays within 4 KB gzipped", ({ report }) => {
  assert.ok(report.script.gzip > 500, formatSearchBudgets(report));
  assert.ok(report.script.gzip <= SEARCH_BUDGETS.script, formatSearchBudgets(report));
});

budgets("the place file stays within 8 KB gzipped", ({ report }) => {
  assert.ok(report.places.bytes > 5000, formatSearchBudgets(report));
  assert.ok(report.withinBudget.places, formatSearchBudgets(report));
});

budgets.run();
