/**
 * The field reference of an entry, generated from data/schema/network.schema.json so /daten/ and
 * CONTRIBUTING.md say exactly what the validator checks: one row per field (nested fields with dotted paths, list items with
 * "[]"), with title, description, type, whether it is required, allowed values and limits.
 */
import { readSchema, resolveRef, SCHEMA_FILES, type SchemaNode } from "./schema.ts";
import { yamlInline } from "./describe-field.ts";

export interface AllowedValue {
  readonly value: string;
  readonly title: string;
  readonly description: string;
}

export interface FieldDoc {
  /** e.g. "partners[].sector" */
  readonly path: string;
  /** Nesting depth (0 for top-level fields), for indentation. */
  readonly depth: number;
  readonly title: string;
  readonly description: string;
  /** German type name, e.g. "Text", "Liste von Text", "Ganzzahl". */
  readonly type: string;
  readonly required: boolean;
  readonly allowedValues: readonly AllowedValue[];
  /** Limits in German, e.g. "3–120 Zeichen", "mindestens 2 Einträge". */
  readonly constraints: readonly string[];
  readonly example: string | undefined;
}

const TYPE_NAMES: Record<string, string> = {
  string: "Text",
  integer: "Ganzzahl",
  number: "Zahl",
  boolean: "Wahrheitswert (true/false)",
  object: "Gruppe von Feldern",
  array: "Liste",
};

function typeName(node: SchemaNode): string {
  if (node.type === "array" && node.items) {
    const items = resolveRef(node.items);
    return `Liste von ${items.type === "object" ? "Einträgen" : (TYPE_NAMES[items.type ?? ""] ?? "Werten")}`;
  }
  if (node.format === "date") return "Datum (JJJJ-MM-TT)";
  if (node.format === "email") return "E-Mail-Adresse";
  return TYPE_NAMES[node.type ?? ""] ?? "Wert";
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return `${min}–${max} ${unit}`;
  if (min !== undefined) return `mindestens ${min} ${unit}`;
  if (max !== undefined) return `höchstens ${max} ${unit}`;
  return undefined;
}

function constraintsOf(node: SchemaNode): string[] {
  const result = [
    range(node.minLength, node.maxLength, "Zeichen"),
    range(node.minItems, node.maxItems, "Einträge"),
    node.oneOf ? undefined : range(node.minimum, node.maximum, "(Wertebereich)")?.replace(" (Wertebereich)", ""),
  ];
  if ((node as { uniqueItems?: boolean }).uniqueItems) result.push("keine Wiederholungen");
  return result.filter((c): c is string => c !== undefined);
}

function allowedValuesOf(node: SchemaNode): AllowedValue[] {
  return (node.oneOf ?? [])
    .filter((branch) => branch.const !== undefined)
    .map((branch) => ({ value: String(branch.const), title: branch.title ?? "", description: branch.description ?? "" }));
}

function exampleOf(node: SchemaNode): string | undefined {
  const example = node.examples?.[0];
  if (example === undefined || (typeof example === "object" && example !== null && !Array.isArray(example))) return undefined;
  return yamlInline(example);
}

function walk(node: SchemaNode, prefix: string, depth: number, required: readonly string[], out: FieldDoc[]): void {
  for (const [key, rawChild] of Object.entries(node.properties ?? {})) {
    const child = resolveRef(rawChild);
    const path = prefix ? `${prefix}.${key}` : key;
    const items = child.type === "array" && child.items ? resolveRef(child.items) : undefined;
    // Lists of vocabulary terms (challenges) document the allowed values of their items.
    const valueSource = items && items.oneOf ? items : child;
    out.push({
      path,
      depth,
      title: child.title ?? key,
      description: child.description ?? "",
      type: typeName(child),
      required: required.includes(key),
      allowedValues: allowedValuesOf(valueSource),
      constraints: [...constraintsOf(child), ...(items && items !== valueSource ? constraintsOf(items).map((c) => `je Eintrag ${c}`) : [])],
      example: exampleOf(child),
    });
    if (child.type === "object") walk(child, path, depth + 1, child.required ?? [], out);
    if (items?.type === "object") walk(items, `${path}[]`, depth + 1, items.required ?? [], out);
  }
}

/**
 * Every field of a network entry, in schema order, parents before their children.
 *
 * @returns the rows of the field reference
 */
export function networkFieldDocs(): FieldDoc[] {
  const root = readSchema(SCHEMA_FILES.network);
  const out: FieldDoc[] = [];
  walk(root, "", 0, root.required ?? [], out);
  return out;
}

/** The schema files published under /schema/. */
export const PUBLISHED_SCHEMA_FILES: readonly string[] = Object.values(SCHEMA_FILES);
