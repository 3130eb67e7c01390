/**
 * Writes a network entry file from a draft: front matter in the schema's field order, a first
 * line that lets editors (yaml-language-server) check fields against the published schema, and a
 * body with the questions a good description answers.
 */
import { stringify } from "yaml";
import { readSchema, SCHEMA_FILES } from "../dataset/schema.ts";
import type { RawEntry } from "../dataset/raw-entry.generated.ts";

/** What the scaffolder collects; the same shape as an entry, possibly incomplete. */
export type EntryDraft = Partial<RawEntry>;

/** Relative from content/networks/, so editors find the schema in a checkout without network access. */
export const SCHEMA_COMMENT = "# yaml-language-server: $schema=../../data/schema/network.schema.json";

/** The questions under the front matter; contributors replace them with their text. */
export const BODY_TEMPLATE = `## Ausgangslage

Welches Problem im Gemeinwesen wollen die Partner gemeinsam lösen? Wie kam das Netzwerk zustande?

## Wie die Partner zusammenarbeiten

Wer bringt was ein? Wie oft trifft man sich, wer koordiniert, wie werden Entscheidungen getroffen?

## Was andere daraus lernen können

Was hat gut funktioniert, was würden Sie heute anders machen? Was sollten andere Kommunen, Unternehmen und Vereine wissen, bevor sie anfangen?
`;

/** Orders the draft's keys as the schema lists them, dropping empty values. */
function ordered(draft: EntryDraft): Record<string, unknown> {
  const keys = Object.keys(readSchema(SCHEMA_FILES.network).properties ?? {});
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (draft as Record<string, unknown>)[key];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** The complete text of `content/networks/<slug>.md` for a draft. */
export function renderEntry(draft: EntryDraft, body: string = BODY_TEMPLATE): string {
  const yaml = stringify(ordered(draft), {
    lineWidth: 0,
    // Lists of short words read best inline: challenges: [bildung, quartier]
    collectionStyle: "any",
    defaultStringType: "PLAIN",
    defaultKeyType: "PLAIN",
  })
    .replace(/^challenges:\n((?:  - .+\n)+)/m, (_m, items: string) => `challenges: [${items.trim().split("\n").map((l) => l.replace(/^\s*- /, "")).join(", ")}]\n`)
    .replace(/^municipality: (\d+)$/m, 'municipality: "$1"');
  // One blank line after the front matter, however many the body brought along.
  return `---\n${SCHEMA_COMMENT}\n${yaml}---\n\n${body.replace(/^\n+/, "")}`;
}
