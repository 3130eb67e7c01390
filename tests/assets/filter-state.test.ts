import { suite } from "uvu";
import * as assert from "uvu/assert";
import {
  EMPTY_FILTER,
  applyFilter,
  createFilterPredicate,
  isFilterActive,
  toFilterableNetwork,
  withFixedFilters,
  type FilterState,
} from "../../assets/map/filter-state.ts";
import { networkProperties } from "./network-fixtures.ts";

const networks = [
  networkProperties({ slug: "a", title: "Bildungskette", challenges: ["bildung", "quartier"], hasKmu: true, partners: ["Bäckerei Müller GmbH"] }),
  networkProperties({ slug: "b", title: "Quartiersbündnis", challenges: ["quartier"], status: "in-gruendung" }),
  networkProperties({
    slug: "c",
    title: "Pflegebündnis",
    challenges: ["gesundheit-pflege"],
    kreis: "Lippe",
    kreisSlug: "kreis-lippe",
    regierungsbezirk: "Detmold",
    regierungsbezirkSlug: "regierungsbezirk-detmold",
    hasKmu: true,
    summary: "Betriebe unterstützen pflegende Angehörige.",
  }),
].map(toFilterableNetwork);

const slugsFor = (filter: Partial<FilterState>) => applyFilter(networks, { ...EMPTY_FILTER, ...filter }).matching;

const predicate = suite("filter predicate");

predicate("no filter matches every network", () => {
  assert.equal(slugsFor({}), ["a", "b", "c"]);
  assert.not.ok(isFilterActive(EMPTY_FILTER));
});

predicate("challenges match when a network works on any of the ticked ones", () => {
  assert.equal(slugsFor({ challenges: ["quartier"] }), ["a", "b"]);
  assert.equal(slugsFor({ challenges: ["bildung", "gesundheit-pflege"] }), ["a", "c"]);
  assert.equal(slugsFor({ challenges: ["klima-umwelt"] }), []);
});

predicate("place, KMU and status restrict further", () => {
  assert.equal(slugsFor({ regierungsbezirk: "regierungsbezirk-detmold" }), ["c"]);
  assert.equal(slugsFor({ kreis: "koeln" }), ["a", "b"]);
  assert.equal(slugsFor({ kmu: true }), ["a", "c"]);
  assert.equal(slugsFor({ statuses: ["in-gruendung"] }), ["b"]);
  assert.equal(slugsFor({ kmu: true, challenges: ["quartier"] }), ["a"]);
});

predicate("text search covers title, summary and partner names, umlaut-insensitive", () => {
  assert.equal(slugsFor({ query: "buendnis" }), ["b", "c"]);
  assert.equal(slugsFor({ query: "Angehörige" }), ["c"]);
  assert.equal(slugsFor({ query: "baeckerei mueller" }), ["a"]);
  assert.equal(slugsFor({ query: "  " }), ["a", "b", "c"]);
});

predicate("a compiled predicate agrees with applyFilter", () => {
  const matches = createFilterPredicate({ ...EMPTY_FILTER, challenges: ["quartier"] });
  assert.equal(networks.filter(matches).map((n) => n.properties.slug), slugsFor({ challenges: ["quartier"] }));
});

predicate.run();

const counts = suite("challenge counts");

counts("count the networks per challenge under the other filters, ignoring the ticked challenges", () => {
  const result = applyFilter(networks, { ...EMPTY_FILTER, challenges: ["gesundheit-pflege"], kreis: "koeln" });
  assert.equal(result.matching, []);
  assert.equal(Object.fromEntries(result.challengeCounts), { bildung: 1, quartier: 2 });
});

counts.run();

const fixed = suite("fixed filters");

fixed("fixed filters override the visitor's choice field by field", () => {
  const merged = withFixedFilters({ ...EMPTY_FILTER, challenges: ["bildung"], kmu: true }, { challenges: ["quartier"] });
  assert.equal(merged.challenges, ["quartier"]);
  assert.is(merged.kmu, true);
  assert.is(withFixedFilters(EMPTY_FILTER, undefined), EMPTY_FILTER);
});

fixed.run();
