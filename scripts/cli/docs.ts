/** `npm run docs`: regenerates the field reference in CONTRIBUTING.md from the JSON Schema. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import { withFieldReference } from "../contribute/contributing-fields.ts";
import { runCli } from "./run-cli.ts";

await runCli(async () => {
  const file = join(ROOT, "CONTRIBUTING.md");
  writeFileSync(file, withFieldReference(readFileSync(file, "utf8")));
  console.log("CONTRIBUTING.md: Feldliste aktualisiert.");
  return 0;
});
