/**
 * The entry examples in README.md and CONTRIBUTING.md are what contributors copy: they must pass
 * `npm run validate` as they stand.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/paths.ts";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { formatProblem } from "../../scripts/dataset/problem.ts";

const docs = suite("documented entry examples");

for (const file of ["README.md", "CONTRIBUTING.md"]) {
  docs(`the example in ${file} is a valid entry`, () => {
    const text = readFileSync(join(ROOT, file), "utf8");
    const example = /```markdown\n(---\n[\s\S]*?)```/.exec(text)?.[1];
    assert.ok(example, `${file}: kein Beispiel in einem markdown-Block`);
    const { problems, dataset } = buildDatasetFromSources([{ sourcePath: `content/networks/beispiel-aus-${file.toLowerCase().replace(".md", "")}.md`, bytes: new TextEncoder().encode(example) }], { currentYear: 2026 });
    assert.equal(problems.map(formatProblem), []);
    assert.is(dataset.networks.length, 1);
  });
}

docs.run();
