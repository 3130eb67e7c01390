/**
 * The JSON Schema files in data/schema, read once, and the ajv validator compiled once from them.
 * Everything that needs field names, titles, descriptions or vocabularies reads them from here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { SCHEMA_DIR } from "../paths.ts";
import type { RawEntry } from "./raw-entry.generated.ts";
import { createHash } from "node:crypto";
import * as precompiled from "./entry-validator.generated.js";

/** A JSON Schema node as we read it (only the keywords this project uses are typed). */
export interface SchemaNode {
  readonly $ref?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly oneOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly examples?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
  readonly "x-color"?: string;
  /**
   * Other German words for a field that contributors may write as its key ("stand" for `status`);
   * `npm run validate` then suggests the right key. Only for words the title does not already give.
   */
  readonly "x-aliases"?: readonly string[];
}

export const SCHEMA_FILES = {
  network: "network.schema.json",
  challenges: "challenges.schema.json",
  sectors: "sectors.schema.json",
} as const;

const cache = new Map<string, SchemaNode>();

/** Reads a schema file from data/schema (cached). */
export function readSchema(file: string): SchemaNode {
  let schema = cache.get(file);
  if (!schema) {
    schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as SchemaNode;
    cache.set(file, schema);
  }
  return schema;
}

/** Follows a `$ref` within data/schema (file refs and `#/$defs/…`), returning the target node. */
export function resolveRef(node: SchemaNode, base: string = SCHEMA_FILES.network): SchemaNode {
  if (!node.$ref) return node;
  const [file, pointer] = node.$ref.split("#") as [string, string | undefined];
  const root = readSchema(file || base);
  if (!pointer) return { ...root, ...withoutRef(node) };
  let target: unknown = root;
  for (const part of pointer.split("/").filter(Boolean)) target = (target as Record<string, unknown>)[part];
  return { ...(target as SchemaNode), ...withoutRef(node) };
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/**
 * The schema node describing the value at `path` (property names and indices), with refs followed,
 * or undefined when the path leaves the schema (an unknown field).
 */
export function schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = readSchema(SCHEMA_FILES.network);
  for (const segment of path) {
    if (!node) return undefined;
    node = typeof segment === "number" ? node.items : node.properties?.[segment];
    if (node) node = resolveRef(node);
  }
  return node;
}

let validator: ValidateFunction<RawEntry> | undefined;

/**
 * The ajv instance the entry validator is made with, with the other schema files registered.
 * `source: true` keeps the generated code, so generate-entry-validator.ts can save it.
 */
export function createEntryAjv(options: { readonly source?: boolean } = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    allowUnionTypes: true,
    keywords: ["x-color", "x-aliases"],
    ...(options.source ? { code: { source: true, esm: true } } : {}),
  });
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM.
  type AddFormats = (ajv: Ajv2020, formats: string[]) => void;
  const wrapped = addFormatsModule as unknown as AddFormats & { default?: AddFormats };
  const addFormats = wrapped.default ?? wrapped;
  addFormats(ajv, ["email", "date"]);
  for (const file of [SCHEMA_FILES.challenges, SCHEMA_FILES.sectors]) ajv.addSchema(readSchema(file) as object, file);
  return ajv;
}

/** A fingerprint of the schema files, so a precompiled validator can tell it still fits them. */
export function schemaFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of Object.values(SCHEMA_FILES).sort()) hash.update(file).update("\0").update(readFileSync(join(SCHEMA_DIR, file)));
  return hash.digest("hex");
}

/**
 * The validator for a raw entry, made once per process. Normally the one `npm run types`
 * precompiled (entry-validator.generated.js): compiling the schema costs ~90 ms at every start
 * of `npm run validate` and `npm run build`. If the schema changed since (a test reminds you to
 * run `npm run types`), it is compiled here instead, so validation always follows the schema.
 */
export function entryValidator(): ValidateFunction<RawEntry> {
  if (!validator) {
    validator =
      precompiled.fingerprint === schemaFingerprint()
        ? (precompiled.validate as unknown as ValidateFunction<RawEntry>)
        : createEntryAjv().compile<RawEntry>(readSchema(SCHEMA_FILES.network) as object);
  }
  return validator;
}
