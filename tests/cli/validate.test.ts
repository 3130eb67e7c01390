import { suite } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readdirSync } from "node:fs";
import { ROOT } from "../../scripts/paths.ts";

const INVALID = join(ROOT, "tests", "dataset", "fixtures", "validate", "in");

function validate(dir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts", "cli", "validate.ts"), dir], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cli = suite("npm run validate");

cli("exits 0 and says so for the committed examples", () => {
  const { code, stdout, stderr } = validate(join(ROOT, "content", "networks"));
  assert.is(code, 0, stderr);
  assert.match(stdout, /Einträge geprüft – keine Fehler\./);
});

cli("exits 1 and prints every problem as path:line:col: message, then the count, without stack traces", () => {
  const { code, stderr } = validate(INVALID);
  assert.is(code, 1);
  // Hints (e.g. the valid fixtures look like duplicates of each other) come first and are not errors.
  const lines = stderr.trimEnd().split("\n").filter((l) => !/: Hinweis: |Hinweise? \(kein Fehler\)$/.test(l));
  const summary = lines.pop()!;
  const defective = readdirSync(INVALID).filter((n) => !n.startsWith("valid-")).length;
  assert.match(summary, new RegExp(`^\\d+ Fehler in ${defective} Dateien$`));
  assert.is(Number(summary.split(" ")[0]), lines.length);
  for (const line of lines) assert.match(line, /^tests\/dataset\/fixtures\/validate\/in\/[^:]+\.md:\d+:\d+: \S/);
  assert.not.match(stderr, /\n\s+at /, "no stack trace");
  assert.ok(lines.some((l) => l.includes("unknown-municipality.md:5:15: Unbekannte Gemeinde „Gelsenkrichen“")));
});

cli("adds GitHub annotations on GitHub Actions", () => {
  const { code, stderr } = validate(INVALID, { GITHUB_ACTIONS: "true" });
  assert.is(code, 1);
  assert.match(stderr, /^::error file=tests\/dataset\/fixtures\/validate\/in\/unknown-municipality\.md,line=5,col=15::Unbekannte Gemeinde/m);
  // yaml-line-break-in-message.md quotes "\n::error::…" and "\n::add-mask::…": they stay inside their line.
  const commands = stderr.split(/\r\n|\r|\n/).filter((line) => line.startsWith("::"));
  for (const line of commands) assert.match(line, /^::(error|warning) file=tests\/dataset\/fixtures\/validate\/in\/[^,]+\.md,line=\d+,col=\d+::/);
  assert.ok(commands.some((line) => line.includes("yaml-line-break-in-message.md")));
});

cli("reports a missing directory in one German line with exit code 2", () => {
  const { code, stderr } = validate(join(ROOT, "gibt-es-nicht"));
  assert.is(code, 2);
  assert.match(stderr, /^Abbruch: Der Ordner „.*gibt-es-nicht“ existiert nicht\./);
  assert.not.match(stderr, /\n\s+at /);
});

cli.run();
