/**
 * Names a front-matter field the way a contributor sees it in the file: the key as written, its
 * German title from the schema, and which list entry it belongs to ("im 2. Eintrag von „partners“").
 */
import { schemaAt } from "./schema.ts";
import type { FieldPath } from "./load-entry.ts";

/** „sector“ (Sektor) im 2. Eintrag von „partners“ */
export function describeField(path: FieldPath): string {
  if (path.length === 0) return "der Kopf";
  const lastIndex = findLastIndex(path, (s) => typeof s === "number");
  const title = schemaAt(path)?.title;
  if (lastIndex === path.length - 1) {
    const list = path.slice(0, -1).join(".");
    const listTitle = schemaAt(path.slice(0, -1))?.title;
    return `der ${(path[lastIndex] as number) + 1}. Eintrag von „${list}“${listTitle ? ` (${listTitle})` : ""}`;
  }
  const name = path.slice(lastIndex + 1).join(".");
  const label = `„${name}“${title ? ` (${title})` : ""}`;
  if (lastIndex === -1) return label;
  const list = path.slice(0, lastIndex).filter((s) => typeof s === "string").join(".");
  return `${label} im ${(path[lastIndex] as number) + 1}. Eintrag von „${list}“`;
}

/** The phrase with its first letter upper-case, to start a message with it. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a value stands, as a prepositional phrase: „im 2. Eintrag von „challenges““, „in „title““. */
export function inField(path: FieldPath): string {
  const description = describeField(path);
  return description.startsWith("der ") ? `im ${description.slice(4)}` : `in ${description}`;
}

/** The YAML a contributor could write for the field, from the schema's first example. */
export function exampleFor(path: FieldPath): string | undefined {
  const node = schemaAt(path);
  const example = node?.examples?.[0];
  if (example === undefined) return undefined;
  const key = [...path].reverse().find((s) => typeof s === "string");
  const value = yamlInline(example);
  return typeof path[path.length - 1] === "number" || key === undefined ? `- ${value}` : `${key}: ${value}`;
}

/** A value as inline YAML (flow style), the way a contributor could type it on one line. */
export function yamlInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlInline).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${yamlInline(v)}`).join(", ")} }`;
  }
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}"`;
  return String(value);
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i]!)) return i;
  return -1;
}

/** German name of a JSON value's kind, for "erwartet …, gefunden …". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "nichts (leerer Wert)";
  if (typeof value === "string") return `Text „${truncate(value)}“`;
  if (typeof value === "number") return Number.isInteger(value) ? `Zahl ${value}` : `Kommazahl ${value}`;
  if (typeof value === "boolean") return `Wahrheitswert ${value}`;
  if (Array.isArray(value)) return "eine Liste";
  return "eine Gruppe von Feldern";
}

/** Shortens long values so a message stays one readable line. */
export function truncate(value: string, max = 60): string {
  const oneLine = value.replace(/\s+/g, " ");
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
