/**
 * Turns a finished draft into `content/networks/<slug>.md`: a safe slug from the title, never
 * overwriting a file, and a validation of the written file with the real pipeline.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { slugify } from "../geo/slugify.ts";
import { isSlug, shortenSlug } from "../../assets/site/slug.ts";
import { renderEntry, type EntryDraft } from "./entry-document.ts";
import { buildDatasetFromSources } from "../dataset/build-dataset.ts";
import { formatProblem, type Problem } from "../dataset/problem.ts";
import { ROOT } from "../paths.ts";

/** Shorter than the entry check allows: a file name and address people can still read and type. */
const NEW_SLUG_LENGTH = 60;

/** A URL-safe file name from a title: German transliteration, at most 60 characters, cut at a word. */
export function slugForTitle(title: string): string {
  return shortenSlug(slugify(title), NEW_SLUG_LENGTH) || "netzwerk";
}

export type WriteResult =
  | { readonly ok: true; readonly path: string; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly reason: string };

/** Today's date in NRW as JJJJ-MM-TT (around midnight UTC is already the next day there). */
export function todayInNrw(now: Date = new Date()): string {
  // Swedish formats dates as ISO 8601, which no German-language format does.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/**
 * Writes the entry unless the file exists; then validates what was written. A new entry is added
 * to the map and its details are checked today, so `added` and `reviewed` default to `today`.
 */
export function writeNewEntry(draft: EntryDraft, dir: string, slug: string, today: string = todayInNrw()): WriteResult {
  if (!isSlug(slug)) {
    return { ok: false, reason: `Der Kurzname „${slug}“ ist ungültig: nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche.` };
  }
  const file = join(dir, `${slug}.md`);
  const shown = relative(ROOT, file).split(sep).join("/");
  if (existsSync(file)) {
    return { ok: false, reason: `Die Datei ${shown} gibt es schon; sie wird nicht überschrieben. Wählen Sie einen anderen Kurznamen (--slug) oder bearbeiten Sie die bestehende Datei.` };
  }
  const text = renderEntry({ ...draft, added: draft.added ?? today, reviewed: draft.reviewed ?? today });
  writeFileSync(file, text, { flag: "wx" });
  const { problems } = buildDatasetFromSources([{ sourcePath: shown, bytes: new TextEncoder().encode(text) }]);
  return { ok: true, path: shown, problems };
}

/** Problems as printed lines, for the CLI. */
export function describeWritten(result: Extract<WriteResult, { ok: true }>): string {
  if (result.problems.length === 0) {
    return `Geschrieben: ${result.path}\nDer Eintrag ist gültig. Ersetzen Sie jetzt die Fragen unter dem Kopf durch Ihre Beschreibung und prüfen Sie mit „npm run validate“.`;
  }
  return `Geschrieben: ${result.path}\nNoch zu korrigieren:\n${result.problems.map(formatProblem).join("\n")}`;
}
