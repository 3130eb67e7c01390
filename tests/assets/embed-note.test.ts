import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixedFilterNote } from "../../assets/embed/embed-note.ts";

const vocabulary = {
  challenges: [{ slug: "quartier", label: "Quartier und Zusammenhalt" }, { slug: "bildung", label: "Bildung und Schulerfolg" }],
  statuses: [{ slug: "aktiv", label: "aktiv" }],
  regierungsbezirke: [{ slug: "regierungsbezirk-detmold", label: "Detmold" }],
  kreise: [{ slug: "koeln", label: "Köln", regierungsbezirkSlug: "regierungsbezirk-koeln" }],
};

const note = suite("fixedFilterNote");

note("names locked theme and place as the builder and theme pages do", () => {
  assert.is(fixedFilterNote({ challenges: ["quartier"], kreis: "koeln" }, vocabulary), "Diese Karte zeigt nur Netzwerke zum Thema „Quartier und Zusammenhalt“ in der Region „Köln“.");
});

note("calls the status 'Status', as network pages and popups do", () => {
  assert.is(fixedFilterNote({ statuses: ["aktiv"] }, vocabulary), "Diese Karte zeigt nur Netzwerke mit dem Status „aktiv“.");
});

note("nothing locked, nothing said", () => {
  assert.is(fixedFilterNote({}, vocabulary), "");
});

note.run();
