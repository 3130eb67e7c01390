/**
 * Validate step: the schema (ajv, compiled once) and the checks beyond it, for one loaded entry.
 * Collects every problem; returns the typed entry only when there are none.
 */
import type { LoadedEntry } from "./load-entry.ts";
import type { Problem } from "./problem.ts";
import type { RawEntry } from "./raw-entry.generated.ts";
import { entryValidator } from "./schema.ts";
import { schemaProblems } from "./schema-messages.ts";
import { checkEntry, type CheckOptions } from "./check-entry.ts";
import type { GeoIndex } from "./geo-index.ts";

export type ValidationResult =
  | { readonly ok: true; readonly raw: Readonly<RawEntry> }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Validates one entry against the schema and the content rules. */
export function validateEntry(entry: LoadedEntry, geo: GeoIndex, options: CheckOptions): ValidationResult {
  const validate = entryValidator();
  const problems: Problem[] = [];
  if (!validate(entry.data)) problems.push(...schemaProblems(entry, validate.errors ?? []));
  problems.push(...checkEntry(entry, geo, options));
  return problems.length === 0 ? { ok: true, raw: entry.data as unknown as RawEntry } : { ok: false, problems };
}
