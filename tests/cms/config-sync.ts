/**
 * Compares the web form's fields (Decap config) with the JSON Schema, walking each on its own – not
 * with the generator's code – so a generator that drops, renames or reshapes a field is caught.
 * Every difference is one German line naming the field path (`partners[].sector`).
 */
import { readSchema, type SchemaNode } from "../../scripts/dataset/schema.ts";
import type { DecapField } from "../../scripts/cms/decap-config.ts";

/** What both sides must agree on for one field. */
interface FieldFacts {
  readonly label: string | undefined;
  readonly hint: string | undefined;
  readonly required: boolean;
  readonly kind: string;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** JSON of `[label, value]` pairs, for fields with a fixed choice. */
  readonly options: string | undefined;
}

/** Form fields that are not schema properties. */
export const FORM_ONLY_FIELDS: readonly string[] = ["body"];

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const [file, pointer] = node.$ref.split("#") as [string, string | undefined];
  let target: unknown = file ? readSchema(file) : root;
  for (const part of (pointer ?? "").split("/").filter(Boolean)) target = (target as Record<string, unknown>)[part];
  const { $ref: _ref, ...own } = node;
  return resolve(root, { ...(target as SchemaNode), ...own });
}

function choices(node: SchemaNode): string {
  return JSON.stringify((node.oneOf ?? []).map((b) => [b.title ?? String(b.const), b.const]));
}

function schemaKind(node: SchemaNode, items: SchemaNode | undefined): string {
  if (node.oneOf) return "Auswahl";
  if (node.type === "array") return items?.oneOf ? "Mehrfachauswahl" : items?.type === "object" ? "Liste von Gruppen" : `Liste von ${items?.type}`;
  if (node.type === "string") return node.format === "date" ? "Datum" : "Text";
  return { integer: "Ganzzahl", number: "Zahl", boolean: "Ja/Nein", object: "Gruppe" }[node.type ?? ""] ?? `unbekannt (${node.type})`;
}

/**
 * The facts of every schema property by path. A required property is required in the form only if
 * its object is always present: the entry, a required group or a list item (Decap checks the
 * fields of an optional group even when it is left empty).
 */
function schemaFacts(root: SchemaNode): Map<string, FieldFacts> {
  const facts = new Map<string, FieldFacts>();
  const walk = (node: SchemaNode, prefix: string, present: boolean): void => {
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const child = resolve(root, raw);
      const path = prefix ? `${prefix}.${key}` : key;
      const required = present && (node.required ?? []).includes(key);
      const items = child.type === "array" && child.items ? resolve(root, child.items) : undefined;
      const counted = child.type === "array";
      facts.set(path, {
        label: child.title,
        hint: child.description,
        required,
        kind: schemaKind(child, items),
        min: counted ? child.minItems : child.oneOf ? undefined : child.minimum,
        max: counted ? child.maxItems : child.oneOf ? undefined : child.maximum,
        options: child.oneOf ? choices(child) : items?.oneOf ? choices(items) : undefined,
      });
      if (child.type === "object") walk(child, path, required);
      if (items?.type === "object") walk(items, `${path}[]`, true);
    }
  };
  walk(root, "", true);
  return facts;
}

function formKind(field: DecapField): string {
  switch (field.widget) {
    case "select": return field.multiple ? "Mehrfachauswahl" : "Auswahl";
    case "string": case "text": return "Text";
    case "datetime": return "Datum";
    case "number": return field.value_type === "int" ? "Ganzzahl" : "Zahl";
    case "boolean": return "Ja/Nein";
    case "object": return "Gruppe";
    case "list": return field.fields ? "Liste von Gruppen" : `Liste von ${field.field?.widget === "string" || field.field?.widget === "text" ? "string" : field.field?.widget}`;
    default: return `Widget ${field.widget}`;
  }
}

function formFacts(fields: readonly DecapField[]): Map<string, FieldFacts> {
  const facts = new Map<string, FieldFacts>();
  const walk = (list: readonly DecapField[], prefix: string): void => {
    for (const field of list) {
      const path = prefix ? `${prefix}.${field.name}` : field.name;
      facts.set(path, {
        label: field.label,
        hint: field.hint,
        // Decap's default for `required` is true.
        required: field.required ?? true,
        kind: formKind(field),
        min: field.min,
        max: field.max,
        options: field.options ? JSON.stringify(field.options.map((o) => [o.label, o.value])) : undefined,
      });
      if (field.widget === "object" && field.fields) walk(field.fields, path);
      if (field.widget === "list" && field.fields) walk(field.fields, `${path}[]`);
    }
  };
  walk(fields, "");
  return facts;
}

const FACT_NAMES: Record<keyof FieldFacts, string> = {
  label: "Beschriftung (title)",
  hint: "Hinweis (description)",
  required: "Pflicht",
  kind: "Art",
  min: "Minimum",
  max: "Maximum",
  options: "Auswahlwerte",
};

/**
 * Every difference between the form fields and the schema.
 *
 * @param fields the `fields` of the networks collection, as served in /admin/config.yml
 * @param schema the entry schema
 * @returns one German line per difference; empty when both agree
 */
export function compareFormWithSchema(fields: readonly DecapField[], schema: SchemaNode): string[] {
  const expected = schemaFacts(schema);
  const actual = formFacts(fields.filter((f) => !FORM_ONLY_FIELDS.includes(f.name)));
  const differences: string[] = [];
  for (const [path, want] of expected) {
    const have = actual.get(path);
    if (!have) {
      differences.push(`„${path}“ steht im Schema, fehlt aber im Webformular.`);
      continue;
    }
    for (const key of Object.keys(FACT_NAMES) as (keyof FieldFacts)[]) {
      if (have[key] !== want[key]) differences.push(`„${path}“: ${FACT_NAMES[key]} im Webformular ${JSON.stringify(have[key])}, im Schema ${JSON.stringify(want[key])}.`);
    }
  }
  for (const path of actual.keys()) {
    if (!expected.has(path)) differences.push(`„${path}“ steht im Webformular, aber nicht im Schema.`);
  }
  return differences;
}
