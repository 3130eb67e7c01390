import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { ENTRY_TYPES_FILE, generateEntryTypes } from "../../scripts/dataset/generate-entry-types.ts";

const types = suite("generated entry types");

types("are up to date with the JSON Schema (run `npm run types` after changing it)", async () => {
  assert.fixture(readFileSync(ENTRY_TYPES_FILE, "utf8"), await generateEntryTypes());
});

types.run();
