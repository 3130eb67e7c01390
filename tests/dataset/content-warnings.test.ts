import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { contentWarnings, titleSimilarity } from "../../scripts/dataset/content-warnings.ts";
import { formatProblem } from "../../scripts/dataset/problem.ts";

const entry = (name: string, title: string, municipality: string, extra = "", added = 'added: "2026-01-01"\n') => {
  const text = `---\ntitle: ${title}\nsummary: Kommune und Betriebe arbeiten gemeinsam an besseren Chancen.\nchallenges: [bildung]\nmunicipality: ${municipality}\nstatus: aktiv\nfounded: 2015\npartners:\n  - { name: Amt, sector: kommune }\n  - { name: Bäckerei, sector: unternehmen }\n${extra}${added}---\nText`;
  return { name, text };
};

function warningsFor(entries: { name: string; text: string }[], today = "2026-11-28") {
  const sources = entries.map((e) => ({ sourcePath: `content/networks/${e.name}`, bytes: new TextEncoder().encode(e.text) }));
  const { dataset, problems } = buildDatasetFromSources(sources, { currentYear: 2026 });
  assert.equal(problems, []);
  const texts = new Map(entries.map((e) => [`content/networks/${e.name}`, e.text]));
  return contentWarnings(dataset, { today, readSource: (p) => texts.get(p)! }).map(formatProblem);
}

const warn = suite("content warnings");

warn("flags a very similar title in the same Gemeinde, on the title line", () => {
  const warnings = warningsFor([entry("a.md", "Bildungsnetzwerk Köln-Kalk", "Köln"), entry("b.md", "Bildungsnetz Köln Kalk", "Köln")]);
  assert.is(warnings.length, 1);
  assert.match(warnings[0]!, /^content\/networks\/b\.md:2:1: Hinweis: „Bildungsnetz Köln Kalk“ ähnelt „Bildungsnetzwerk Köln-Kalk“/);
});

warn("does not flag similar titles in different Gemeinden, nor different titles in one", () => {
  assert.equal(warningsFor([entry("a.md", "Bildungsnetz Kalk", "Köln"), entry("b.md", "Bildungsnetz Kalk", "Bonn")]), []);
  assert.equal(warningsFor([entry("a.md", "Pflegenetz Porz", "Köln"), entry("b.md", "Klimaquartier Mülheim", "Köln")]), []);
});

warn("flags a reviewed date older than two years, on its line", () => {
  const warnings = warningsFor([entry("a.md", "Netz", "Köln", 'reviewed: "2024-11-27"\n'), entry("b.md", "Anderes", "Bonn", 'reviewed: "2024-11-28"\n')]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^content\/networks\/a\.md:11:1: Hinweis: Die Angaben wurden zuletzt am 2024-11-27 geprüft/);
});

warn("flags an entry without an added date, on its founded line, with today's date as the fix", () => {
  const warnings = warningsFor([entry("a.md", "Netz", "Köln", "", ""), entry("b.md", "Anderes", "Bonn")]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0]!, /^content\/networks\/a\.md:7:1: Hinweis: „added“ \(Aufgenommen am\) fehlt\..*„added: "2026-11-28"“/);
});

warn("scores title similarity from 0 to 1, ignoring filler words", () => {
  assert.is(titleSimilarity("Netzwerk Bildung Kalk", "Bündnis Bildung Kalk"), 1);
  assert.ok(titleSimilarity("Pflegenetz Porz", "Klimaquartier Buer") < 0.5);
});

warn.run();
