/**
 * What the scaffolder writes must read back as exactly what it was given: every example entry,
 * and drafts with values YAML likes to reinterpret (colons, leading zeros, dates, "ja", "#").
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadEntry } from "../../scripts/dataset/load-entry.ts";
import { renderEntry, SCHEMA_COMMENT, type EntryDraft } from "../../scripts/contribute/entry-document.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";

const encode = (text: string) => new TextEncoder().encode(text);

function roundTrip(draft: EntryDraft, body = "Text.\n") {
  const written = renderEntry(draft, body);
  const loaded = loadEntry("content/networks/x.md", "x", encode(written));
  if (!loaded.ok) throw new Error(`${loaded.problems.map((p) => p.message).join("\n")}\n---\n${written}`);
  return { written, data: loaded.entry.data, body: loaded.entry.body };
}

const doc = suite("renderEntry");

doc("writes every example entry so that it reads back unchanged", () => {
  for (const name of readdirSync(NETWORKS_DIR).filter((n) => n.endsWith(".md"))) {
    const original = loadEntry(`content/networks/${name}`, name, readFileSync(join(NETWORKS_DIR, name)));
    assert.ok(original.ok, name);
    const again = roundTrip(original.entry.data as EntryDraft, original.entry.body);
    assert.equal(again.data, original.entry.data, name);
    assert.is(again.body.trimStart(), original.entry.body.trimStart(), name);
  }
});

doc("keeps values YAML would otherwise reinterpret", () => {
  const draft: EntryDraft = {
    title: "Netzwerk: Bildung # für alle",
    summary: "ja",
    municipality: "05117000",
    reviewed: "2026-04-20",
    partners: [
      { name: "0815 Beispiel GmbH", sector: "unternehmen", size: "kmu", role: "- stellt Räume" },
      { name: "'Verein' \"Zitat\"", sector: "gemeinnuetzig" },
    ],
  };
  assert.equal(roundTrip(draft).data, draft);
});

doc("starts with the editor schema comment and orders fields as the schema does", () => {
  const { written } = roundTrip({ status: "aktiv", title: "Netz", municipality: "Köln" });
  assert.ok(written.startsWith(`---\n${SCHEMA_COMMENT}\ntitle: Netz\nmunicipality: Köln\nstatus: aktiv\n---\n`), written);
});

doc.run();
