/**
 * `npm run types`: rewrites what is derived from the JSON Schema as code – the entry types
 * (scripts/dataset/raw-entry.generated.ts) and the precompiled validator
 * (scripts/dataset/entry-validator.generated.js).
 */
import { writeFile } from "node:fs/promises";
import { generateEntryTypes, ENTRY_TYPES_FILE } from "../dataset/generate-entry-types.ts";
import { generateEntryValidator, ENTRY_VALIDATOR_FILE } from "../dataset/generate-entry-validator.ts";

await writeFile(ENTRY_TYPES_FILE, await generateEntryTypes());
console.log(`geschrieben: ${ENTRY_TYPES_FILE}`);
await writeFile(ENTRY_VALIDATOR_FILE, generateEntryValidator());
console.log(`geschrieben: ${ENTRY_VALIDATOR_FILE}`);
