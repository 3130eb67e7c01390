/**
 * A problem found in a contributor's file, with the position of the offending YAML node, and the
 * ways we print it: `path:line:col: message` for people and editors, `::error …` for GitHub.
 */

export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** German, names the field and how to fix it. */
  readonly message: string;
}

/**
 * `content/networks/x.md:7:14: Unbekannte Gemeinde …` — the format editors and CI logs link.
 * Always one line: messages quote what an entry says, and a line break in a quoted value or a
 * file name would start a line of the entry's choosing – on GitHub Actions a workflow command
 * such as `::error::…` or `::add-mask::…`. Line breaks are written as `\n` and `\r`.
 */
export function formatProblem(problem: Problem): string {
  return oneLine(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}`);
}

function oneLine(text: string): string {
  return text.replace(/\r/g, "\\r").replace(/\n/g, "\\n");
}

/** A GitHub Actions workflow command that annotates the offending line in a pull request. */
export function formatGithubAnnotation(problem: Problem, level: "error" | "warning" = "error"): string {
  // Workflow commands end at a newline and treat % , : specially in properties.
  const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `::${level} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column}::${escapeData(problem.message)}`;
}

/** Orders problems by file, then position, so reports are stable and read top to bottom. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0);
}

/** "3 Fehler in 2 Dateien" — with German singulars. */
export function summarizeProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${problems.length} Fehler in ${files} ${files === 1 ? "Datei" : "Dateien"}`;
}
