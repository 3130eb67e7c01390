/**
 * `npm run new`: creates content/networks/<slug>.md, asking questions (or from flags), never
 * overwriting a file, and validates the result.
 */
import { NETWORKS_DIR } from "../paths.ts";
import { runCli } from "./run-cli.ts";
import { linePrompter } from "../contribute/line-prompter.ts";
import { interviewForEntry } from "../contribute/interview.ts";
import { checkDraft } from "../contribute/check-draft.ts";
import { draftFromFlags, hasFieldFlags, parseFlags, USAGE } from "../contribute/draft-from-flags.ts";
import { describeWritten, slugForTitle, writeNewEntry } from "../contribute/new-entry-file.ts";

await runCli(async () => {
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dir = flags.dir ?? NETWORKS_DIR;

  if (hasFieldFlags(flags)) {
    const draft = draftFromFlags(flags);
    const problems = checkDraft(draft);
    if (problems.length > 0) {
      process.stderr.write(`${problems.map((p) => `- ${p.message}`).join("\n")}\n${problems.length} Fehler – es wurde nichts geschrieben.\n`);
      return 1;
    }
    const result = writeNewEntry(draft, dir, flags.slug ?? slugForTitle(draft.title ?? ""));
    if (!result.ok) {
      process.stderr.write(`${result.reason}\n`);
      return 1;
    }
    process.stdout.write(`${describeWritten(result)}\n`);
    return result.problems.length === 0 ? 0 : 1;
  }

  const prompter = linePrompter();
  try {
    const draft = await interviewForEntry(prompter);
    let slug = flags.slug ?? slugForTitle(draft.title ?? "");
    for (;;) {
      const result = writeNewEntry(draft, dir, slug);
      if (result.ok) {
        prompter.say(`\n${describeWritten(result)}`);
        return result.problems.length === 0 ? 0 : 1;
      }
      prompter.say(`  ${result.reason}`);
      slug = await prompter.ask("Anderer Kurzname (Dateiname ohne .md): ");
    }
  } finally {
    prompter.close();
  }
});
