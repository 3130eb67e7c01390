/** `npm run types`: rewrites scripts/dataset/raw-entry.generated.ts from the JSON Schema. */
import { writeFile } from "node:fs/promises";
import { generateEntryTypes, ENTRY_TYPES_FILE } from "../dataset/generate-entry-types.ts";

await writeFile(ENTRY_TYPES_FILE, await generateEntryTypes());
console.log(`geschrieben: ${ENTRY_TYPES_FILE}`);
