/**
 * The configuration of the web form at /admin/ (Decap CMS), generated from the JSON Schema so the
 * form asks for exactly the fields the validator checks: labels are the schema's German `title`s,
 * hints its `description`s, required fields, limits and allowed values come from the schema too.
 * A schema construct the generator cannot map is an error, never a silently missing form field.
 */
import { stringify } from "yaml";
import { readSchema, SCHEMA_FILES, type SchemaNode } from "../dataset/schema.ts";
import { BODY_TEMPLATE } from "../contribute/entry-document.ts";

/** One field of a Decap collection (only the options this project uses are typed). */
export interface DecapField {
  readonly name: string;
  readonly label: string;
  readonly widget: "string" | "text" | "number" | "boolean" | "datetime" | "select" | "object" | "list" | "markdown";
  readonly required?: boolean;
  readonly hint?: string;
  readonly default?: unknown;
  /** `[regex, German message]` */
  readonly pattern?: readonly [string, string];
  readonly value_type?: "int" | "float";
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly DecapOption[];
  readonly multiple?: boolean;
  readonly fields?: readonly DecapField[];
  readonly field?: DecapField;
  readonly label_singular?: string;
  readonly summary?: string;
  readonly collapsed?: boolean;
  readonly date_format?: string;
  readonly time_format?: boolean;
  readonly format?: string;
  readonly buttons?: readonly string[];
  readonly editor_components?: readonly string[];
  readonly modes?: readonly string[];
}

export interface DecapOption {
  readonly label: string;
  readonly value: string | number;
}

export interface DecapConfigOptions {
  /** The GitHub repository as its web address, e.g. `https://github.com/owner/repo` (site.repositoryUrl). */
  readonly repositoryUrl: string;
  /** The branch pull requests go to (default `main`). */
  readonly branch?: string;
  /** Canonical site address, for Decap's "view live" links (site.url). */
  readonly siteUrl?: string;
  /**
   * Decap's local backend: `true` uses the proxy `decap-server` on http://localhost:8081 (only when
   * the page itself is opened on localhost or 127.0.0.1); an object names another proxy address.
   * Default `true`.
   */
  readonly localBackend?: boolean | { readonly url: string };
  /**
   * Address of the OAuth service that logs people in with GitHub (Decap's `base_url`), e.g. a
   * self-hosted Decap OAuth proxy. Without it Decap uses its default, Netlify's service.
   */
  readonly authBaseUrl?: string;
  /** The entry schema to read (default data/schema/network.schema.json); tests pass modified copies. */
  readonly schema?: SchemaNode;
}

/** The whole Decap configuration object (serialised to /admin/config.yml). */
export type DecapConfig = Readonly<Record<string, unknown>> & {
  readonly collections: readonly [{ readonly name: "networks"; readonly fields: readonly DecapField[] } & Readonly<Record<string, unknown>>];
};

/** A schema construct the web form cannot represent; the message says where and what to do. */
export class CmsSchemaError extends Error {
  constructor(path: string, problem: string) {
    super(
      `Das Feld „${path}“ lässt sich nicht ins Webformular übernehmen: ${problem}. ` +
        "Ergänzen Sie scripts/cms/decap-config.ts (Funktion fieldFor) um diese Art von Feld oder passen Sie das Schema an.",
    );
    this.name = "CmsSchemaError";
  }
}

/** The final form field: the Markdown description under the front matter (not part of the schema). */
export const BODY_FIELD: DecapField = {
  name: "body",
  label: "Beschreibung",
  widget: "markdown",
  required: true,
  hint: "Die ausführliche Beschreibung des Netzwerks. Beantworten Sie die Fragen unter den Überschriften und ersetzen Sie sie durch Ihren Text.",
  default: BODY_TEMPLATE,
  // No uploads: the project has no media folder, so neither images nor custom components.
  buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"],
  editor_components: [],
  modes: ["rich_text", "raw"],
};

/**
 * Keywords whose meaning the generator handles. `dependentSchemas` (e.g. `size` only for companies)
 * cannot be expressed in Decap and stays the validator's job; everything else must be mapped.
 */
const UNDERSTOOD_KEYWORDS = new Set([
  "$ref", "$id", "$schema", "$defs", "title", "description", "examples", "type", "properties", "required",
  "additionalProperties", "dependentSchemas", "items", "oneOf", "const", "minimum", "maximum", "minLength",
  "maxLength", "minItems", "maxItems", "uniqueItems", "pattern", "format", "x-color",
  // Only for validate's suggestions of a misspelt key; nothing to show in a form.
  "x-aliases",
]);

/** Free text that may be longer than this gets a multi-line text box (addresses never do). */
const TEXT_AREA_FROM_LENGTH = 200;

/** Decap's pattern for `format: email`: something@something.tld, no spaces. */
const EMAIL_PATTERN = "^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$";

/**
 * Follows `$ref`: `#/…` within `root`, other files from data/schema; the referring node's own
 * keywords (title, description) win over the target's, as in {@link resolveRef}.
 */
function resolveIn(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref) return node;
  const [file, pointer] = node.$ref.split("#") as [string, string | undefined];
  let target: unknown = file ? readSchema(file) : root;
  for (const part of (pointer ?? "").split("/").filter(Boolean)) target = (target as Record<string, unknown> | undefined)?.[part];
  if (!target || typeof target !== "object") throw new CmsSchemaError(node.$ref, "der Verweis ($ref) führt ins Leere");
  const { $ref: _ref, ...own } = node;
  return resolveIn(root, { ...(target as SchemaNode), ...own });
}

function checkKeywords(node: SchemaNode, path: string): void {
  const unknown = Object.keys(node).filter((key) => !UNDERSTOOD_KEYWORDS.has(key));
  if (unknown.length > 0) throw new CmsSchemaError(path, `unbekannte Schema-Angabe ${unknown.map((k) => `„${k}“`).join(", ")}`);
}

function range(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && max !== undefined) return `${min} bis ${max} ${unit}`;
  if (min !== undefined) return `mindestens ${min} ${unit}`;
  return `höchstens ${max} ${unit}`;
}

/** A Decap pattern for a string node: the schema's own pattern, its format, or its length limits. */
function patternOf(node: SchemaNode): readonly [string, string] | undefined {
  // The schema's description says what the pattern wants (e.g. "beginnend mit https://").
  if (node.pattern !== undefined) return [node.pattern, `Diese Angabe hat nicht die erwartete Form. ${node.description ?? ""}`.trim()];
  if (node.format === "email") return [EMAIL_PATTERN, "Bitte eine gültige E-Mail-Adresse angeben, z. B. kontakt@beispiel.de."];
  if (node.minLength !== undefined || node.maxLength !== undefined) {
    return [`^[\\s\\S]{${node.minLength ?? 0},${node.maxLength ?? ""}}$`, `Bitte ${range(node.minLength, node.maxLength, "Zeichen")} eingeben.`];
  }
  return undefined;
}

function optionsOf(node: SchemaNode, path: string): DecapOption[] {
  return (node.oneOf ?? []).map((branch, index) => {
    const value = branch.const;
    if (typeof value !== "string" && typeof value !== "number") throw new CmsSchemaError(path, `Auswahl Nr. ${index + 1} hat keinen festen Wert (const)`);
    return { label: branch.title ?? String(value), value };
  });
}

function limits(min: number | undefined, max: number | undefined): { min?: number; max?: number } {
  return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/**
 * The form field for one schema property.
 *
 * @param name the property name
 * @param raw its schema node (refs not yet followed)
 * @param required whether the form must insist on it (see {@link fieldsOf})
 * @param path dotted path for messages, e.g. `partners[].sector`
 * @param root the schema `#/…` refs resolve against
 * @returns the Decap field
 * @throws {CmsSchemaError} for a construct without a form equivalent
 */
function fieldFor(name: string, raw: SchemaNode, required: boolean, path: string, root: SchemaNode): DecapField {
  const node = resolveIn(root, raw);
  checkKeywords(node, path);
  if (!node.title) throw new CmsSchemaError(path, "es hat keinen Titel (title) für die Beschriftung");
  if (!node.description) throw new CmsSchemaError(path, "es hat keine Beschreibung (description) für den Hinweis");
  const base = { name, label: node.title, required, hint: node.description };

  if (node.oneOf) {
    if (node.type !== "string" && node.type !== "integer") throw new CmsSchemaError(path, `eine Auswahl vom Typ „${node.type ?? "?"}“ wird nicht unterstützt`);
    return { ...base, widget: "select", options: optionsOf(node, path) };
  }
  switch (node.type) {
    case "string": {
      // A native date input (shown in the browser's language), stored as the text JJJJ-MM-TT;
      // it starts at today, the right value for "Stand der Angaben" of a new or reviewed entry.
      if (node.format === "date") return { ...base, widget: "datetime", date_format: "YYYY-MM-DD", time_format: false, format: "YYYY-MM-DD", default: "{{now}}" };
      if (node.format !== undefined && node.format !== "email") throw new CmsSchemaError(path, `das Format „${node.format}“ wird nicht unterstützt`);
      const pattern = patternOf(node);
      const widget = (node.maxLength ?? 0) > TEXT_AREA_FROM_LENGTH && !node.pattern && !node.format ? "text" : "string";
      return { ...base, widget, ...(pattern ? { pattern } : {}) };
    }
    case "integer":
    case "number":
      return { ...base, widget: "number", value_type: node.type === "integer" ? "int" : "float", ...limits(node.minimum, node.maximum) };
    case "boolean":
      return { ...base, widget: "boolean", default: false };
    case "object": {
      if (!node.properties || Object.keys(node.properties).length === 0) throw new CmsSchemaError(path, "eine Gruppe ohne Felder (properties) wird nicht unterstützt");
      return { ...base, widget: "object", collapsed: !required, fields: fieldsOf(node, path, root, required) };
    }
    case "array": {
      if (!node.items) throw new CmsSchemaError(path, "eine Liste ohne Angabe ihrer Einträge (items) wird nicht unterstützt");
      const items = resolveIn(root, node.items);
      checkKeywords(items, `${path}[]`);
      const count = limits(node.minItems, node.maxItems);
      if (items.oneOf) return { ...base, widget: "select", multiple: true, options: optionsOf(items, `${path}[]`), ...count };
      if (items.type === "object") {
        // An item exists only once someone adds it, so its required fields are required in the form.
        const fields = fieldsOf(items, `${path}[]`, root, true);
        const first = fields.find((f) => f.required && (f.widget === "string" || f.widget === "text")) ?? fields[0]!;
        return {
          ...base,
          widget: "list",
          ...(items.title ? { label_singular: items.title } : {}),
          summary: `{{fields.${first.name}}}`,
          collapsed: false,
          fields,
          ...count,
        };
      }
      if (items.type === "string" && !items.format) {
        const pattern = patternOf(items);
        const field: DecapField = { name, label: node.title, widget: (items.maxLength ?? 0) > TEXT_AREA_FROM_LENGTH ? "text" : "string", ...(pattern ? { pattern } : {}) };
        return { ...base, widget: "list", field, ...count };
      }
      throw new CmsSchemaError(path, `eine Liste von „${items.type ?? "?"}“ wird nicht unterstützt`);
    }
    default:
      throw new CmsSchemaError(path, `der Typ „${node.type ?? "(keiner)"}“ wird nicht unterstützt`);
  }
}

/**
 * The fields of an object node. Decap validates the fields of a group even when the group itself
 * is optional and left empty, so inside an optional group (e.g. `coordinates`) nothing is
 * required in the form; the validator still insists on `lat` once `coordinates` is given.
 *
 * @param present whether the object is always there (the entry itself, a required group, a list item)
 */
function fieldsOf(node: SchemaNode, prefix: string, root: SchemaNode, present: boolean): DecapField[] {
  const required = node.required ?? [];
  return Object.entries(node.properties ?? {}).map(([key, child]) => fieldFor(key, child, present && required.includes(key), prefix ? `${prefix}.${key}` : key, root));
}

/**
 * The form fields of a network entry, in schema order, followed by the Markdown body.
 *
 * @param schema the entry schema (default data/schema/network.schema.json)
 * @returns the `fields` of the Decap collection
 * @throws {CmsSchemaError} when a property has no form equivalent
 */
export function networkFields(schema: SchemaNode = readSchema(SCHEMA_FILES.network)): DecapField[] {
  checkKeywords(schema, "(Wurzel)");
  return [...fieldsOf(schema, "", schema, true), BODY_FIELD];
}

/**
 * "owner/repo" from a GitHub web address.
 *
 * @example
 * githubRepository("https://github.com/gemeinsam-wirken/karte") // "gemeinsam-wirken/karte"
 */
export function githubRepository(repositoryUrl: string): string {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(repositoryUrl);
  if (!match) throw new Error(`„${repositoryUrl}“ ist keine GitHub-Adresse der Form https://github.com/<Besitzer>/<Projekt> (repositoryUrl in content/_data/site.js).`);
  return `${match[1]}/${match[2]}`;
}

/**
 * The Decap CMS configuration: GitHub backend with open authoring (a submission from someone
 * without write access becomes a pull request from their fork), editorial workflow (required for
 * open authoring), German interface, and one folder collection for content/networks.
 *
 * @param options repository, branch, site address, local backend, schema
 * @returns the object written to /admin/config.yml
 * @example
 * const yaml = serializeDecapConfig(decapConfig({ repositoryUrl: site.repositoryUrl, siteUrl: site.url }));
 */
export function decapConfig(options: DecapConfigOptions): DecapConfig {
  const fields = networkFields(options.schema);
  return {
    backend: {
      name: "github",
      repo: githubRepository(options.repositoryUrl),
      branch: options.branch ?? "main",
      open_authoring: true,
      // Forks need only read access to public repositories (plus the fork itself).
      auth_scope: "public_repo",
      ...(options.authBaseUrl ? { base_url: options.authBaseUrl } : {}),
      commit_messages: {
        create: "Netzwerk „{{slug}}“ eintragen (Webformular)",
        update: "Netzwerk „{{slug}}“ aktualisieren (Webformular)",
        delete: "Netzwerk „{{slug}}“ entfernen (Webformular)",
        uploadMedia: "Datei „{{path}}“ hochladen (Webformular)",
        deleteMedia: "Datei „{{path}}“ löschen (Webformular)",
        openAuthoring: "{{message}}",
      },
    },
    local_backend: options.localBackend ?? true,
    publish_mode: "editorial_workflow",
    locale: "de",
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Decap insists on a media folder; nothing in the form can upload (no image fields), but Decap
    // still offers its media library. Outside content/, Eleventy's input, so an uploaded .njk, .md
    // or .11ty.js could never be rendered or run by the build.
    media_folder: "cms-uploads",
    public_folder: "/cms-uploads",
    // File names must be a–z, 0–9 and hyphens; Decap drops accents (ü → u, not ue).
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "networks",
        label: "Netzwerke",
        label_singular: "Netzwerk",
        description: "Jedes Netzwerk wird eine Datei content/networks/<kurzname>.md. Was Sie speichern, prüft die Redaktion als Pull Request, bevor es auf der Karte erscheint.",
        folder: "content/networks",
        create: true,
        delete: false,
        extension: "md",
        format: "frontmatter",
        // The title, cut to 60 characters like `npm run new` does, before Decap makes a file name of it:
        // a title may have 120, and the entry check allows no file name over 100 (assets/site/slug.ts).
        slug: "{{slug | truncate(60)}}",
        identifier_field: "title",
        summary: "{{title}} – {{municipality}}",
        sortable_fields: ["title", "municipality", "founded"],
        editor: { preview: false },
        fields,
      },
    ],
  };
}

/** The first line of /admin/config.yml. */
export const CONFIG_HEADER = "# Erzeugt von scripts/cms/decap-config.ts aus data/schema – nicht von Hand bearbeiten.";

/** The configuration as YAML, marked as generated. */
export function serializeDecapConfig(config: DecapConfig): string {
  return `${CONFIG_HEADER}\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
