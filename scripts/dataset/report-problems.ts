/**
 * Prints problems for people (and, on GitHub Actions, as annotations). Shared by `validate`,
 * `build`, `serve` and the site plugin under `npm start`, so every entry point reports content
 * errors and hints the same way.
 */
import { formatGithubAnnotation, formatProblem, summarizeProblems, type Problem } from "./problem.ts";

function report(items: readonly Problem[], level: "error" | "warning", summary: string, env: NodeJS.ProcessEnv): void {
  const lines = items.map(formatProblem);
  if (env.GITHUB_ACTIONS === "true") lines.push(...items.map((item) => formatGithubAnnotation(item, level)));
  lines.push(summary);
  process.stderr.write(`${lines.join("\n")}\n`);
}

/** Writes every problem and the summary line to stderr. */
export function reportProblems(problems: readonly Problem[], env: NodeJS.ProcessEnv = process.env): void {
  report(problems, "error", summarizeProblems(problems), env);
}

/** Writes hints (not errors) to stderr, as GitHub warnings on GitHub Actions. */
export function reportWarnings(warnings: readonly Problem[], env: NodeJS.ProcessEnv = process.env): void {
  if (warnings.length === 0) return;
  report(warnings, "warning", `${warnings.length} ${warnings.length === 1 ? "Hinweis" : "Hinweise"} (kein Fehler)`, env);
}
