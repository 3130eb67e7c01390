import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../scripts/paths.ts";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { slugForTitle, todayInNrw } from "../../scripts/contribute/new-entry-file.ts";

const FLAGS = [
  "--title", "Bündnis für Ausbildung: Gelsenkirchen",
  "--summary", "Betriebe und Schulen in Gelsenkirchen bringen Jugendliche gemeinsam in Ausbildung.",
  "--challenges", "bildung,uebergang-schule-beruf",
  "--municipality", "05513000",
  "--status", "aktiv",
  "--founded", "2019",
  "--partner", "Stadt Gelsenkirchen|kommune||Koordination",
  "--partner", "Bäckerei Beispiel|unternehmen|kmu|Praktika",
  "--website", "https://www.example.org/buendnis",
];

function scaffold(args: string[], input = "") {
  const dir = mkdtempSync(join(tmpdir(), "gw-new-"));
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "cli", "new.ts"), "--dir", dir, ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
  });
  const files = readdirSync(dir);
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, dir, files, texts };
}

function validates(name: string, text: string): void {
  const { problems } = buildDatasetFromSources([{ sourcePath: `content/networks/${name}`, bytes: new TextEncoder().encode(text) }]);
  assert.equal(problems, [], `${name} passes npm run validate`);
}

const flags = suite("npm run new (flags)");

flags("writes a valid entry named after the title, with the editor schema comment", () => {
  const run = scaffold(FLAGS);
  try {
    assert.is(run.code, 0, run.stderr);
    assert.equal(run.files, ["buendnis-fuer-ausbildung-gelsenkirchen.md"]);
    const text = run.texts[0]!;
    assert.match(text, /^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/data\/schema\/network\.schema\.json\n/);
    assert.match(text, /^title: "Bündnis für Ausbildung: Gelsenkirchen"$/m);
    assert.match(text, /^municipality: "05513000"$/m);
    assert.match(text, /^challenges: \[bildung, uebergang-schule-beruf\]$/m);
    validates(run.files[0]!, text);
  } finally {
    rmSync(run.dir, { recursive: true, force: true });
  }
});

flags("dates a new entry today: added to the map and details checked", () => {
  const before = todayInNrw();
  const run = scaffold(FLAGS);
  const after = todayInNrw();
  try {
    assert.is(run.code, 0, run.stderr);
    const added = /^added: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(run.texts[0]!)?.[1];
    const reviewed = /^reviewed: "?(\d{4}-\d{2}-\d{2})"?$/m.exec(run.texts[0]!)?.[1];
    assert.ok(added === before || added === after, `added: ${added}`);
    assert.is(reviewed, added);
  } finally {
    rmSync(run.dir, { recursive: true, force: true });
  }
  const backdated = scaffold([...FLAGS, "--added", "2024-05-02"]);
  try {
    assert.is(backdated.code, 0, backdated.stderr);
    assert.match(backdated.texts[0]!, /^added: "?2024-05-02"?$/m);
  } finally {
    rmSync(backdated.dir, { recursive: true, force: true });
  }
});

flags("takes today in NRW, not in UTC", () => {
  assert.is(todayInNrw(new Date("2026-12-31T23:30:00Z")), "2027-01-01");
  assert.is(todayInNrw(new Date("2026-06-30T21:59:00Z")), "2026-06-30");
});

flags("lists every problem and writes nothing when flags are wrong", () => {
  const run = scaffold(["--title", "Netz", "--summary", "kurz", "--challenges", "bildun", "--municipality", "Gelsenkrichen", "--status", "aktiv", "--founded", "2019", "--partner", "A|kommune"]);
  try {
    assert.is(run.code, 1);
    assert.equal(run.files, []);
    assert.match(run.stderr, /Kurzbeschreibung/);
    assert.match(run.stderr, /Meinten Sie „bildung“\?/);
    assert.match(run.stderr, /Meinten Sie „Gelsenkirchen“\?/);
    assert.match(run.stderr, /mindestens 2 Einträge/);
    assert.match(run.stderr, /es wurde nichts geschrieben/);
  } finally {
    rmSync(run.dir, { recursive: true, force: true });
  }
});

flags("refuses to overwrite an existing file", () => {
  const dir = mkdtempSync(join(tmpdir(), "gw-new-"));
  try {
    writeFileSync(join(dir, "buendnis-fuer-ausbildung-gelsenkirchen.md"), "bestehend");
    const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "cli", "new.ts"), "--dir", dir, ...FLAGS], { cwd: ROOT, encoding: "utf8" });
    assert.is(result.status, 1);
    assert.match(result.stderr, /gibt es schon; sie wird nicht überschrieben/);
    assert.is(readFileSync(join(dir, "buendnis-fuer-ausbildung-gelsenkirchen.md"), "utf8"), "bestehend");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

flags("derives safe, short slugs from any title", () => {
  assert.is(slugForTitle("Bündnis für Ausbildung: Gelsenkirchen"), "buendnis-fuer-ausbildung-gelsenkirchen");
  assert.is(slugForTitle("../../etc/passwd"), "etc-passwd");
  assert.is(slugForTitle("<script>alert(1)</script>"), "script-alert-1-script");
  assert.ok(slugForTitle("Ein sehr langer Name ".repeat(10)).length <= 60);
  assert.is(slugForTitle("!!!"), "netzwerk");
});

flags.run();

const interactive = suite("npm run new (questions on stdin)");

interactive("asks every field, re-asks on errors, suggests Gemeinden for typos, and writes a valid file", () => {
  const answers = [
    "Bündnis für Ausbildung Gelsenkirchen",
    "Zu kurz",
    "Betriebe und Schulen in Gelsenkirchen bringen Jugendliche gemeinsam in Ausbildung.",
    "1, bildun",
    "1,4",
    "Gelsenkrichen",
    "j",
    "2",
    "2019",
    "Stadt Gelsenkirchen",
    "komune",
    "kommune",
    "Koordination",
    "Bäckerei Beispiel",
    "2",
    "kmu",
    "",
    "",
    "javascript:alert(1)",
    "https://example.org",
    "",
    "",
  ];
  const run = scaffold([], `${answers.join("\n")}\n`);
  try {
    assert.is(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /ist zu kurz \(7 Zeichen\)/);
    assert.match(run.stdout, /„bildun“ im 2\. Eintrag von „challenges“.*Meinten Sie „bildung“\?/);
    assert.match(run.stdout, /Unbekannte Gemeinde „Gelsenkrichen“\. Meinten Sie „Gelsenkirchen“\? \[j\/n\]/);
    assert.match(run.stdout, /Meinten Sie „kommune“\?/);
    assert.match(run.stdout, /muss eine vollständige Webadresse sein/);
    assert.equal(run.files, ["buendnis-fuer-ausbildung-gelsenkirchen.md"]);
    const text = run.texts[0]!;
    assert.match(text, /^municipality: Gelsenkirchen$/m);
    assert.match(text, /^ {4}size: kmu$/m);
    assert.not.match(text, /javascript:/);
    validates(run.files[0]!, text);
  } finally {
    rmSync(run.dir, { recursive: true, force: true });
  }
});

interactive("writes nothing when the input ends early", () => {
  const run = scaffold([], "Netz ohne Ende\n");
  try {
    assert.is(run.code, 2);
    assert.equal(run.files, []);
    assert.match(run.stderr, /Die Eingabe endete, bevor alle Fragen beantwortet waren/);
  } finally {
    rmSync(run.dir, { recursive: true, force: true });
  }
});

interactive.run();
