/**
 * Prints problems for people (and, on GitHub Actions, as annotations). Shared by `validate`,
 * `build` and `serve` so every entry point reports content errors the same way.
 */
import { formatGithubAnnotation, formatProblem, summarizeProblems, type Problem } from "../dataset/problem.ts";

/** Writes every problem and the summary line to stderr. */
export function reportProblems(problems: readonly Problem[], env: NodeJS.ProcessEnv = process.env): void {
  const lines = problems.map(formatProblem);
  if (env.GITHUB_ACTIONS === "true") lines.push(...problems.map((p) => formatGithubAnnotation(p, "error")));
  lines.push(summarizeProblems(problems));
  process.stderr.write(`${lines.join("\n")}\n`);
}

/** Writes hints (not errors) to stderr, as GitHub warnings on GitHub Actions. */
export function reportWarnings(warnings: readonly Problem[], env: NodeJS.ProcessEnv = process.env): void {
  if (warnings.length === 0) return;
  const lines = warnings.map(formatProblem);
  if (env.GITHUB_ACTIONS === "true") lines.push(...warnings.map((w) => formatGithubAnnotation(w, "warning")));
  lines.push(`${warnings.length} ${warnings.length === 1 ? "Hinweis" : "Hinweise"} (kein Fehler)`);
  process.stderr.write(`${lines.join("\n")}\n`);
}
