import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadEntry } from "../../scripts/dataset/load-entry.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const ENTRY = "---\ntitle: Netz\nmunicipality: Köln\npartners:\n  - name: A\n    sector: kommune\n---\n\nText mit {{ 7*7 }}.\n";

const load = suite("loadEntry");

load("splits front matter and body, keeping the body verbatim", () => {
  const result = loadEntry("content/networks/netz.md", "netz", encode(ENTRY));
  assert.ok(result.ok);
  assert.equal(result.entry.data, { title: "Netz", municipality: "Köln", partners: [{ name: "A", sector: "kommune" }] });
  assert.is(result.entry.body, "\nText mit {{ 7*7 }}.\n");
  assert.is(result.entry.slug, "netz");
});

load("accepts a BOM and CRLF line endings with the same data and positions", () => {
  const plain = loadEntry("a.md", "a", encode(ENTRY));
  const windows = loadEntry("a.md", "a", encode(`\uFEFF${ENTRY.replace(/\n/g, "\r\n")}`));
  assert.ok(plain.ok && windows.ok);
  assert.equal(windows.entry.data, plain.entry.data);
  assert.is(windows.entry.body, plain.entry.body);
  assert.equal(windows.entry.problemAt(["partners", 0, "sector"], "x"), plain.entry.problemAt(["partners", 0, "sector"], "x"));
});

load("normalises decomposed umlauts (NFD) to NFC in keys and values", () => {
  const result = loadEntry("a.md", "a", encode("---\nmunicipality: Mu\u0308lheim an der Ruhr\n---\nText"));
  assert.ok(result.ok);
  assert.is(result.entry.data.municipality, "Mülheim an der Ruhr");
});

load("keeps digits with a leading zero as text (AGS), not as a number", () => {
  const result = loadEntry("a.md", "a", encode("---\nmunicipality: 05117000\nfounded: 2015\n---\nText"));
  assert.ok(result.ok);
  assert.is(result.entry.data.municipality, "05117000");
  assert.is(result.entry.data.founded, 2015);
});

load("does not turn dates or yes/no into other types (YAML 1.2 core)", () => {
  const result = loadEntry("a.md", "a", encode("---\nreviewed: 2026-01-15\nexample: yes\n---\nText"));
  assert.ok(result.ok);
  assert.is(result.entry.data.reviewed, "2026-01-15");
  assert.is(result.entry.data.example, "yes");
});

load("locates keys and values by path, 1-based, falling back to the nearest ancestor", () => {
  const result = loadEntry("a.md", "a", encode(ENTRY));
  assert.ok(result.ok);
  const at = (path: (string | number)[], anchor?: "key" | "value") => {
    const { line, column } = result.entry.problemAt(path, "m", anchor);
    return `${line}:${column}`;
  };
  assert.is(at(["municipality"]), "3:15");
  assert.is(at(["municipality"], "key"), "3:1");
  assert.is(at(["partners", 0, "sector"]), "6:13");
  assert.is(at(["partners", 5, "sector"]), "5:3", "missing list item → the list itself");
  assert.is(at(["contact", "email"]), "2:1", "missing field → first line of the front matter");
});

load("reports the line of the first body line", () => {
  const result = loadEntry("a.md", "a", encode(ENTRY));
  assert.ok(result.ok);
  assert.is(result.entry.bodyLine, 8);
});

load("refuses YAML aliases, so nested ones cannot expand exponentially (billion laughs)", () => {
  const bomb = ["---", 'a: &a ["x","x","x","x","x","x","x","x","x"]', "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]", "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]", "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]", "e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]", "---", "Text"].join("\n");
  const result = loadEntry("a.md", "a", encode(bomb));
  assert.ok(!result.ok);
  assert.match(result.problems[0]!.message, /Verweise/);
  assert.is(`${result.problems[0]!.line}:${result.problems[0]!.column}`, "3:8");
});

load("accepts asterisks inside text values", () => {
  const result = loadEntry("a.md", "a", encode("---\nsummary: Wir sind *die* Partner\ntitle: \"*Netz*\"\n---\nText"));
  assert.ok(result.ok);
  assert.is(result.entry.data.title, "*Netz*");
});

load.run();
