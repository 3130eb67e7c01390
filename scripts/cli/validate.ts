/**
 * `npm run validate [dir]`: checks every entry without building; exit 1 with every problem listed.
 */
import { existsSync } from "node:fs";
import { buildDataset } from "../dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../paths.ts";
import { reportProblems } from "./report-problems.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const dir = process.argv[2] ?? NETWORKS_DIR;
  if (!existsSync(dir)) throw new Error(`Der Ordner „${dir}“ existiert nicht.`);
  const { problems, fileCount } = await buildDataset(dir);
  if (problems.length > 0) {
    reportProblems(problems);
    return 1;
  }
  console.log(`${fileCount} ${fileCount === 1 ? "Eintrag" : "Einträge"} geprüft – keine Fehler.`);
  return 0;
});
