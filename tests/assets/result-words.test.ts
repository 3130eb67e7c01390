import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EMPTY_FILTER } from "../../assets/map/filter-state.ts";
import { describeFilter, emptyListText, moreButtonText, resultCountText } from "../../assets/map/result-words.ts";

const labels = {
  challenges: [
    { slug: "bildung", label: "Bildung und Schulerfolg" },
    { slug: "inklusion", label: "Inklusion und Teilhabe" },
    { slug: "quartier", label: "Quartier und Zusammenhalt" },
  ],
  statuses: [
    { slug: "in-gruendung", label: "in Gründung" },
    { slug: "aktiv", label: "aktiv" },
  ],
  regierungsbezirke: [{ slug: "regierungsbezirk-detmold", label: "Detmold" }],
  kreise: [{ slug: "kreis-lippe", label: "Kreis Lippe" }],
};

const count = suite("resultCountText");

count("counts against all networks on the full map", () => {
  assert.is(resultCountText(12, 57), "12 von 57 Netzwerken");
  assert.is(resultCountText(57, 57), "Alle 57 Netzwerke");
  assert.is(resultCountText(0, 1), "0 von 1 Netzwerk");
  assert.is(resultCountText(1, 1), "1 Netzwerk");
});

count("counts within the locked selection of an embed, without claiming all of NRW", () => {
  assert.is(resultCountText(4, 4, { scoped: true }), "4 Netzwerke");
  assert.is(resultCountText(2, 4, { scoped: true }), "2 von 4 Netzwerken");
  assert.is(resultCountText(1, 1, { scoped: true }), "1 Netzwerk");
  assert.is(resultCountText(0, 0, { scoped: true }), "Keine Netzwerke");
});

count.run();

const describe = suite("describeFilter and emptyListText");

describe("names each chosen filter with its label, in the panel's order", () => {
  const filter = { ...EMPTY_FILTER, challenges: ["inklusion"], kreis: "kreis-lippe", regierungsbezirk: "regierungsbezirk-detmold", kmu: true, statuses: ["in-gruendung", "aktiv"], query: "  Pflege " };
  assert.equal(describeFilter(filter, labels), ["Thema „Inklusion und Teilhabe“", "Region „Kreis Lippe“", "nur mit KMU-Partnern", "Status „in Gründung“ oder „aktiv“", "Suche „Pflege“"]);
});

describe("several themes, a Regierungsbezirk alone, and nothing chosen", () => {
  assert.equal(describeFilter({ ...EMPTY_FILTER, challenges: ["bildung", "inklusion", "quartier"] }, labels), ["Themen „Bildung und Schulerfolg“, „Inklusion und Teilhabe“ oder „Quartier und Zusammenhalt“"]);
  assert.equal(describeFilter({ ...EMPTY_FILTER, regierungsbezirk: "regierungsbezirk-detmold" }, labels), ["Regierungsbezirk „Detmold“"]);
  assert.equal(describeFilter(EMPTY_FILTER, labels), []);
});

describe("the empty list says what is chosen, or that the (locked) map has nothing to show", () => {
  assert.is(emptyListText(["Thema „Inklusion und Teilhabe“", "Region „Kreis Lippe“"]), "Keine Netzwerke für diese Auswahl: Thema „Inklusion und Teilhabe“, Region „Kreis Lippe“.");
  assert.is(emptyListText([]), "Diese Karte zeigt zurzeit keine Netzwerke.");
});

describe.run();

const more = suite("moreButtonText");

more("says how many the click adds and how many are still hidden, not 'n von m'", () => {
  assert.is(moreButtonText(100, 150), "Weitere 100 Netzwerke anzeigen (noch 150 nicht gezeigt)");
  assert.is(moreButtonText(1, 7), "Ein weiteres Netzwerk anzeigen (noch 7 nicht gezeigt)");
});

more("the last page: the remaining ones, in the singular for one", () => {
  assert.is(moreButtonText(50, 50), "Die letzten 50 Netzwerke anzeigen");
  assert.is(moreButtonText(1, 1), "Letztes Netzwerk anzeigen");
});

more.run();
