/**
 * The field reference in CONTRIBUTING.md, rendered from the same field model as the /daten/ page
 * (itself read from the JSON Schema), so the explanation of a field exists in one place only.
 */
import { networkFieldDocs } from "../dataset/schema-docs.ts";

export const FIELDS_START = "<!-- Felder: erzeugt von `npm run docs` aus data/schema – nicht von Hand bearbeiten -->";
export const FIELDS_END = "<!-- Ende der erzeugten Felder -->";

/** Markdown: one bullet per field, nested fields indented under their parent. */
export function renderFieldReference(): string {
  const lines: string[] = [];
  for (const field of networkFieldDocs()) {
    const indent = "  ".repeat(field.depth);
    const name = field.path.split(".").pop()!.replace("[]", "");
    const facts = [field.required ? "**Pflicht**" : "freiwillig", field.type, ...field.constraints];
    lines.push(`${indent}- \`${name}\` – **${field.title}** (${facts.join(", ")}): ${field.description}`);
    for (const value of field.allowedValues) {
      lines.push(`${indent}  - \`${value.value}\`: ${value.title}${value.description ? ` – ${value.description}` : ""}`);
    }
    if (field.example !== undefined && field.allowedValues.length === 0) lines.push(`${indent}  Beispiel: \`${name}: ${field.example}\``);
  }
  return `${FIELDS_START}\n\n${lines.join("\n")}\n\n${FIELDS_END}`;
}

/** Replaces the generated section of a CONTRIBUTING.md text. */
export function withFieldReference(contributing: string): string {
  const start = contributing.indexOf(FIELDS_START);
  const end = contributing.indexOf(FIELDS_END);
  if (start === -1 || end === -1) throw new Error("CONTRIBUTING.md: Markierungen für die Feldliste fehlen.");
  return contributing.slice(0, start) + renderFieldReference() + contributing.slice(end + FIELDS_END.length);
}
