/**
 * `npm start`: checks every entry, then builds the site into _site/ and serves it on
 * http://localhost:8080 with live reload. Editing an entry, a template or a stylesheet rebuilds;
 * if an edited entry has problems, they are printed and the server keeps running with the valid
 * entries (see site-plugin.ts). The search index exists only after `npm run build`.
 */
import Eleventy from "@11ty/eleventy";
import { relative, join } from "node:path";
import { buildDataset } from "../dataset/build-dataset.ts";
import { CONTENT_DIR, NETWORKS_DIR, ROOT, SITE_DIR } from "../paths.ts";
import { reportProblems } from "../dataset/report-problems.ts";
import { runCli } from "./run-cli.ts";

const PORT = 8080;

await runCli(async () => {
  const { problems, fileCount } = await buildDataset(NETWORKS_DIR);
  if (problems.length > 0) {
    reportProblems(problems);
    process.stderr.write("Bitte beheben Sie die Fehler; danach startet „npm start“ die Vorschau.\n");
    return 1;
  }
  console.log(`${fileCount} ${fileCount === 1 ? "Eintrag" : "Einträge"} geprüft – Vorschau startet …`);
  const rel = (path: string) => relative(process.cwd(), path) || ".";
  const eleventy = new Eleventy(rel(CONTENT_DIR), rel(SITE_DIR), {
    configPath: rel(join(ROOT, ".eleventy.js")),
    // "serve" tells the site plugin to rebuild the dataset before every build (dev mode).
    runMode: "serve",
    source: "cli",
    quietMode: true,
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(PORT);
  process.on("SIGINT", () => {
    void eleventy.stopWatch().then(() => process.exit(0));
  });
  return 0;
});
