/**
 * One fixture per kind of defect: every file in fixtures/validate/in is validated on its own, and
 * the problems as printed (`path:line:col: message`) are compared with fixtures/validate/out.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { formatProblem } from "../../scripts/dataset/problem.ts";
import { matchFixture } from "../setup/fixtures.ts";

const DIR = join(import.meta.dirname, "fixtures", "validate");
const files = readdirSync(join(DIR, "in")).sort();

const fixtures = suite("validate fixtures");

for (const name of files) {
  fixtures(`${name}`, () => {
    const { problems, dataset } = buildDatasetFromSources(
      [{ sourcePath: `content/networks/${name}`, bytes: readFileSync(join(DIR, "in", name)) }],
      { currentYear: 2026 },
    );
    if (name.startsWith("valid-")) {
      assert.equal(problems.map(formatProblem), [], `${name} should be valid`);
      assert.is(dataset.networks.length, 1);
    } else {
      assert.ok(problems.length > 0, `${name} should have problems`);
      assert.is(dataset.networks.length, 0, "an entry with problems never reaches the dataset");
    }
    matchFixture(problems.map(formatProblem).join("\n") + "\n", join(DIR, "out", name.replace(/\.md$/, ".txt")));
  });
}

fixtures.run();
