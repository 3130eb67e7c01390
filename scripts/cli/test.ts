/**
 * `npm test [pattern]`: runs every uvu suite under tests/ in one Node process (TypeScript via tsx)
 * and ends with the line `N passed, N failed` that CI reads. Exit code is uvu's.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import { IGNORE_FIXTURE_FOLDERS } from "./test-suites.ts";

// uvu's package exports do not expose its CLI file, so it is addressed by path.
const uvuBin = join(ROOT, "node_modules", "uvu", "bin.js");
const pattern = process.argv[2] ?? "\\.test\\.ts$";

const child = spawn(process.execPath, ["--import", "tsx", uvuBin, "tests", pattern, "--ignore", IGNORE_FIXTURE_FOLDERS, "-c", "false"], {
  cwd: ROOT,
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-old-space-size=4096"].filter(Boolean).join(" ") },
});

let output = "";
child.stdout.on("data", (chunk: Buffer) => {
  output += chunk.toString();
  process.stdout.write(chunk);
});
child.on("close", (code) => {
  // uvu prints "Total: N", "Passed: N", "Skipped: N"; failures are the rest.
  const number = (label: string) => Number(new RegExp(`^\\s*${label}:\\s+(\\d+)`, "m").exec(output)?.[1] ?? 0);
  const total = number("Total");
  const passed = number("Passed");
  const skipped = number("Skipped");
  const failed = Math.max(0, total - passed - skipped) + (code !== 0 && total === passed ? 1 : 0);
  process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
  process.exitCode = code ?? 1;
});
