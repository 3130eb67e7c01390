/**
 * `npm test` runs every suite: uvu's file collection with the runner's ignore pattern finds each
 * `*.test.ts` under tests/ that is not inside a fixture folder.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "uvu/parse";
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ROOT } from "../../scripts/paths.ts";
import { IGNORE_FIXTURE_FOLDERS } from "../../scripts/cli/test-suites.ts";

const TESTS = join(ROOT, "tests");
const runner = suite("npm test");

runner("collects every suite, including those named after fixtures, and nothing in fixture folders", async () => {
  const expected = readdirSync(TESTS, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts"))
    .map((entry) => relative(TESTS, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((name) => !name.split("/").slice(0, -1).includes("fixtures"))
    .sort();
  assert.ok(expected.includes("dataset/validate-fixtures.test.ts"));
  const { suites } = await parse(TESTS, "\\.test\\.ts$", { ignore: IGNORE_FIXTURE_FOLDERS });
  assert.equal(suites.map((s) => s.name.split(sep).join("/")).sort(), expected);
});

runner.run();
