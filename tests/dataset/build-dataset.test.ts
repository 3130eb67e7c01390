import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDatasetFromSources, buildDataset, type EntrySource } from "../../scripts/dataset/build-dataset.ts";
import { formatProblem, summarizeProblems } from "../../scripts/dataset/problem.ts";
import { MAX_BODY_LENGTH } from "../../scripts/dataset/check-entry.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "validate", "in");
const source = (name: string, text: string): EntrySource => ({ sourcePath: `content/networks/${name}`, bytes: new TextEncoder().encode(text) });
const valid = readFileSync(join(FIXTURES, "valid-minimal.md"), "utf8");

const run = suite("buildDataset");

run("reports every problem of every file in one run, sorted by file and position", () => {
  const names = readdirSync(FIXTURES).filter((n) => !n.startsWith("valid-")).sort();
  const { problems, dataset, fileCount } = buildDatasetFromSources(
    names.map((n) => ({ sourcePath: `content/networks/${n}`, bytes: readFileSync(join(FIXTURES, n)) })),
    { currentYear: 2026 },
  );
  assert.is(fileCount, names.length);
  assert.is(new Set(problems.map((p) => p.file)).size, names.length, "every defective file is reported");
  assert.is(dataset.networks.length, 0);
  const formatted = problems.map(formatProblem);
  assert.equal(formatted, [...formatted].sort((a, b) => {
    const [fa, la, ca] = a.split(":");
    const [fb, lb, cb] = b.split(":");
    return fa! < fb! ? -1 : fa! > fb! ? 1 : Number(la) - Number(lb) || Number(ca) - Number(cb);
  }));
  assert.is(summarizeProblems(problems), `${problems.length} Fehler in ${names.length} Dateien`);
});

run("keeps valid entries out of the dataset only when they have problems", () => {
  const { dataset, problems } = buildDatasetFromSources(
    [source("gut.md", valid), source("schlecht.md", valid.replace("municipality: Köln", "municipality: Gelsenkrichen"))],
    { currentYear: 2026 },
  );
  assert.equal(dataset.networks.map((n) => n.slug), ["gut"]);
  assert.is(problems.length, 1);
  assert.match(problems[0]!.message, /Meinten Sie „Gelsenkirchen“\?/);
});

run("refuses two files that would get the same address", () => {
  const { problems } = buildDatasetFromSources([source("netz.md", valid), source("Netz.md", valid)], { currentYear: 2026 });
  assert.ok(problems.some((p) => p.file === "content/networks/Netz.md" && /schon durch „content\/networks\/netz.md“ vergeben/.test(p.message)));
});

run("reports what sits among the entries but cannot be one, and never follows a link", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gw-eintraege-"));
  try {
    writeFileSync(join(dir, "gut.md"), valid);
    writeFileSync(join(dir, "netz.markdown"), valid);
    writeFileSync(join(dir, ".gitkeep"), "");
    writeFileSync(join(dir, "..md"), valid);
    mkdirSync(join(dir, "ordner.md"));
    // A link into the rest of the machine: its target must never be read (messages quote lines).
    writeFileSync(join(dir, "geheim.txt"), "---\ntitle: geheim: nicht zeigen\n---\n");
    symlinkSync(join(dir, "geheim.txt"), join(dir, "verweis.md"));
    const { dataset, problems } = await buildDataset(dir);
    assert.equal(dataset.networks.map((n) => n.slug), ["gut"]);
    const byFile = new Map(problems.map((p) => [p.file.split("/").pop(), p.message]));
    assert.match(byFile.get("netz.markdown") ?? "", /^„netz\.markdown“ ist keine Netzwerk-Datei .*„netz\.md“/);
    assert.match(byFile.get("ordner.md") ?? "", /^„ordner\.md“ ist ein Ordner/);
    assert.match(byFile.get("verweis.md") ?? "", /^„verweis\.md“ ist ein symbolischer Link/);
    assert.match(byFile.get("geheim.txt") ?? "", /keine Netzwerk-Datei/);
    assert.not.ok(byFile.has(".gitkeep"), "hidden files are left alone");
    assert.match(byFile.get("..md") ?? "", /^Der Dateiname „\.\.md“ taugt nicht als Adresse/, "but not hidden entries");
    assert.not.ok(problems.some((p) => p.message.includes("nicht zeigen")), "the link's target is not read");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

run("refuses a description longer than the limit, at the line where the limit is reached", () => {
  const paragraph = `${"Wort ".repeat(199)}Ende.\n\n`;
  const long = valid.trimEnd() + "\n\n" + paragraph.repeat(Math.ceil(MAX_BODY_LENGTH / paragraph.length) + 1);
  const { dataset, problems } = buildDatasetFromSources([source("lang.md", long), source("knapp.md", valid.trimEnd() + "\n\n" + paragraph.repeat(10))], { currentYear: 2026 });
  assert.equal(dataset.networks.map((n) => n.slug), ["knapp"]);
  assert.is(problems.length, 1);
  // The paragraphs start two lines below the last line of valid-minimal.md and take two lines each.
  const firstParagraphLine = valid.trimEnd().split("\n").length + 2;
  assert.is(problems[0]!.line, firstParagraphLine + 2 * Math.floor(MAX_BODY_LENGTH / paragraph.length));
  assert.match(problems[0]!.message, /^Die Beschreibung ist zu lang: [\d.]+ Zeichen, erlaubt sind höchstens 50\.000 /);
});

run("refuses names Windows reserves for devices", () => {
  const { dataset, problems } = buildDatasetFromSources([source("con.md", valid), source("com1.md", valid), source("console.md", valid)], { currentYear: 2026 });
  assert.equal(dataset.networks.map((n) => n.slug), ["console"]);
  assert.equal(problems.map((p) => p.file), ["content/networks/com1.md", "content/networks/con.md"]);
  assert.match(problems[1]!.message, /^Der Kurzname „con“ ist unter Windows ein reservierter Gerätename; .* „con-netzwerk\.md“\.$/);
});

run("sorts networks by slug whatever the file order", () => {
  const { dataset } = buildDatasetFromSources([source("b.md", valid), source("a.md", valid)], { currentYear: 2026 });
  assert.equal(dataset.networks.map((n) => n.slug), ["a", "b"]);
});

run("suggests the English key for a German field name", () => {
  const text = valid.replace("municipality: Köln", "gemeinde: Köln").replace("status: aktiv", "stand: aktiv");
  const { problems } = buildDatasetFromSources([source("x.md", text)], { currentYear: 2026 });
  const messages = problems.map((p) => p.message);
  assert.ok(messages.some((m) => m.startsWith("Unbekanntes Feld „gemeinde“. Meinten Sie „municipality“?")), messages.join("\n"));
  assert.ok(messages.some((m) => m.startsWith("Unbekanntes Feld „stand“. Meinten Sie „status“?")), messages.join("\n"));
});

run("names the German field, the value and the fix in schema messages", () => {
  const text = valid.replace("founded: 2015", "founded: 2015,5").replace("  - name: Stadt Beispiel\n    sector: kommune", "  - name: Stadt Beispiel\n    sector: kommune\n    groesse: kmu");
  const { problems } = buildDatasetFromSources([source("x.md", text)], { currentYear: 2026 });
  const messages = problems.map(formatProblem);
  assert.ok(messages.some((m) => m.startsWith("content/networks/x.md:7:10: „founded“ (Gründungsjahr) muss eine ganze Zahl sein") && m.includes("Dezimalpunkt")), messages.join("\n"));
  assert.ok(messages.includes("content/networks/x.md:11:5: Unbekanntes Feld „groesse“ im 1. Eintrag von „partners“ (Partner). Meinten Sie „size“? Erlaubt sind: name, sector, role, size."), messages.join("\n"));
});

run("the committed example networks are valid and cover the required spread", async () => {
  const { dataset, problems } = await buildDataset(NETWORKS_DIR);
  assert.equal(problems.map(formatProblem), []);
  const networks = dataset.networks;
  assert.ok(networks.length >= 15, `${networks.length} Beispiele`);
  assert.ok(networks.every((n) => n.example), "all examples are marked example: true");
  assert.ok(new Set(networks.map((n) => n.kreis.ags)).size >= 10, "at least 10 Kreise");
  assert.is(new Set(networks.map((n) => n.regierungsbezirk.ags)).size, 5, "all 5 Regierungsbezirke");
  for (const challenge of dataset.challenges) {
    assert.ok(networks.some((n) => n.challenges.includes(challenge.slug)), `challenge ${challenge.slug} covered`);
  }
  assert.ok(networks.some((n) => n.impact) && networks.some((n) => n.collectiveImpact));
  assert.ok(networks.some((n) => n.pointSource === "coordinates") && networks.some((n) => n.area.length > 0));
  assert.ok(networks.filter((n) => n.hasKmu).length >= networks.length / 2, "KMU are prominent");
});

run.run();
