/**
 * `npm run build`: validates every entry, then builds the site into _site/ (with search index).
 * Entry problems: all of them listed, exit 1, nothing written. Any other failure: one German line
 * (stack trace with DEBUG=1), exit 2, _site/ untouched.
 */
import { buildSite, EntryProblemsError } from "../site/build-site.ts";
import { reportProblems } from "../dataset/report-problems.ts";
import { runCli } from "./run-cli.ts";
import { relative } from "node:path";

await runCli(async () => {
  try {
    const { outDir, networkCount, timings } = await buildSite();
    const seconds = (timings.total / 1000).toFixed(1).replace(".", ",");
    console.log(`${networkCount} ${networkCount === 1 ? "Netzwerk" : "Netzwerke"} – Seite in ${relative(process.cwd(), outDir) || outDir}/ gebaut (${seconds} s).`);
    return 0;
  } catch (error) {
    if (error instanceof EntryProblemsError) {
      reportProblems(error.problems);
      process.stderr.write("Die Seite wurde nicht gebaut; _site/ ist unverändert.\n");
      return 1;
    }
    throw error;
  }
});
