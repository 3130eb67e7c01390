/** The precompiled entry validator (scripts/dataset/entry-validator.generated.js). */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { ENTRY_VALIDATOR_FILE, generateEntryValidator } from "../../scripts/dataset/generate-entry-validator.ts";
import { entryValidator, schemaFingerprint } from "../../scripts/dataset/schema.ts";
import * as precompiled from "../../scripts/dataset/entry-validator.generated.js";

const validator = suite("precompiled entry validator");

validator("is up to date with the JSON Schema (run `npm run types` after changing it)", () => {
  assert.fixture(readFileSync(ENTRY_VALIDATOR_FILE, "utf8"), generateEntryValidator());
});

validator("is the one validation uses while its fingerprint matches the schema files", () => {
  assert.is(precompiled.fingerprint, schemaFingerprint());
  assert.is(entryValidator(), precompiled.validate);
});

validator("reports like a freshly compiled validator, with every error", () => {
  const validate = entryValidator();
  assert.not.ok(validate({ title: 5, challenges: ["gibt-es-nicht"], unknown_field: true }));
  const keywords = new Set(validate.errors?.map((e) => e.keyword));
  for (const keyword of ["required", "type", "additionalProperties"]) assert.ok(keywords.has(keyword), keyword);
  assert.ok(validate.errors?.every((e) => e.parentSchema !== undefined), "verbose errors carry their schema node");
});

validator.run();
