/**
 * `npm run validate [dir]`: checks every entry without building; exit 1 with every problem listed.
 * Hints (probable duplicates, stale entries) are printed too but do not fail.
 */
import { existsSync } from "node:fs";
import { buildDataset } from "../dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../paths.ts";
import { reportProblems, reportWarnings } from "../dataset/report-problems.ts";
import { contentWarnings } from "../dataset/content-warnings.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const dir = process.argv[2] ?? NETWORKS_DIR;
  if (!existsSync(dir)) throw new Error(`Der Ordner „${dir}“ existiert nicht.`);
  const { problems, fileCount, dataset } = await buildDataset(dir);
  reportWarnings(contentWarnings(dataset, { today: new Date().toISOString().slice(0, 10) }));
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  console.log(`${fileCount} ${fileCount === 1 ? "Eintrag" : "Einträge"} geprüft – keine Fehler.`);
  return 0;
});
