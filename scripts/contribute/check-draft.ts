/**
 * Checks a draft with the same rules as `npm run validate` (schema and content checks), grouped by
 * field, so the scaffolder can tell a contributor what is wrong right after each answer.
 */
import { validateEntry } from "../dataset/validate-entry.ts";
import { nrwGeoIndex } from "../dataset/geo-index.ts";
import type { LoadedEntry, FieldPath } from "../dataset/load-entry.ts";
import type { EntryDraft } from "./entry-document.ts";

/** A message about one field of a draft. */
export interface DraftProblem {
  readonly path: FieldPath;
  readonly message: string;
}

/** Every problem of the draft, with the path of the field it concerns (no positions: nothing is written yet). */
export function checkDraft(draft: EntryDraft, body = "Beschreibung folgt."): DraftProblem[] {
  const paths = new Map<string, FieldPath>();
  const entry: LoadedEntry = {
    slug: "entwurf",
    sourcePath: "entwurf",
    data: draft as Record<string, unknown>,
    body,
    bodyLine: 1,
    problemAt(path, message) {
      const key = `${paths.size}`;
      paths.set(key, path);
      return { file: key, line: 0, column: 0, message };
    },
  };
  const result = validateEntry(entry, nrwGeoIndex(), { currentYear: new Date().getFullYear() });
  if (result.ok) return [];
  return result.problems.map((p) => ({ path: paths.get(p.file) ?? [], message: p.message }));
}

/** Problems about `field` (a top-level key) only, e.g. to re-ask just that question. */
export function problemsFor(draft: EntryDraft, field: string): string[] {
  return checkDraft(draft)
    .filter((p) => p.path[0] === field)
    .map((p) => p.message);
}
