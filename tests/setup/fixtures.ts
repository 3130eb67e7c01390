/**
 * Turf-style fixture comparison: a test computes an output for each input file and compares it with
 * the committed expected file; `REGEN=1 npm test` rewrites the expected files instead, so a reviewer
 * sees every behaviour change as a diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import * as assert from "uvu/assert";

/** Compares `actual` with the file at `expectedPath`, or writes it when REGEN=1. */
export function matchFixture(actual: string, expectedPath: string): void {
  if (process.env.REGEN === "1") {
    mkdirSync(dirname(expectedPath), { recursive: true });
    writeFileSync(expectedPath, actual);
    return;
  }
  if (!existsSync(expectedPath)) {
    assert.unreachable(`Erwartete Datei fehlt: ${expectedPath} – mit REGEN=1 erzeugen und prüfen.`);
  }
  assert.fixture(actual, readFileSync(expectedPath, "utf8"));
}
