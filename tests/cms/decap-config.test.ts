/**
 * The web form's configuration stays in sync with the JSON Schema: every schema property is a form
 * field with the schema's label, hint, requirement, limits and choices, and the form has nothing
 * else but the Markdown body. The comparison itself is shown to fail when either side changes alone.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { parse } from "yaml";
import { readSchema, SCHEMA_FILES, type SchemaNode } from "../../scripts/dataset/schema.ts";
import {
  BODY_FIELD,
  CmsSchemaError,
  CONFIG_HEADER,
  decapConfig,
  githubRepository,
  networkFields,
  serializeDecapConfig,
  type DecapConfig,
  type DecapField,
} from "../../scripts/cms/decap-config.ts";
import site from "../../content/_data/site.js";
import { compileStringTemplate } from "decap-cms-lib-widgets/dist/esm/stringTemplate.js";
import { sanitizeSlug } from "decap-cms-core/dist/esm/lib/urlHelper.js";
import { isSlug, NETWORK_SLUG_MAX_LENGTH } from "../../assets/site/slug.ts";
import { compareFormWithSchema } from "./config-sync.ts";

const schema = (): SchemaNode => structuredClone(readSchema(SCHEMA_FILES.network)) as SchemaNode;

/** The configuration exactly as /admin/config.yml serves it (YAML round trip included). */
function servedConfig(): DecapConfig {
  return parse(serializeDecapConfig(decapConfig({ repositoryUrl: site.repositoryUrl, branch: site.repositoryBranch, siteUrl: site.url }))) as DecapConfig;
}

function formFields(): DecapField[] {
  return structuredClone(servedConfig().collections[0].fields) as DecapField[];
}

function withProperty(node: SchemaNode, name: string, property: SchemaNode): SchemaNode {
  return { ...node, properties: { ...node.properties, [name]: property } };
}

const sync = suite("web form ↔ schema");

sync("every schema field is in the form with label, hint, requirement, kind, limits and choices; nothing else", () => {
  assert.equal(compareFormWithSchema(formFields(), readSchema(SCHEMA_FILES.network)), []);
});

sync("the Markdown body is the last field", () => {
  const fields = formFields();
  assert.equal(fields[fields.length - 1], BODY_FIELD);
  assert.ok(String(BODY_FIELD.default).includes("## Ausgangslage"));
});

sync("a property added to the schema only is reported, top-level and nested", () => {
  const changed = schema();
  const extended = withProperty(changed, "newsletter", { title: "Newsletter", description: "Ob das Netzwerk einen Newsletter hat.", type: "boolean" });
  const partnerItems = extended.properties!.partners!.items!;
  const nested = {
    ...extended,
    properties: {
      ...extended.properties,
      partners: { ...extended.properties!.partners!, items: withProperty(partnerItems, "since", { title: "Seit", description: "Seit wann.", type: "integer" }) },
    },
  };
  const differences = compareFormWithSchema(formFields(), nested);
  assert.ok(differences.includes("„newsletter“ steht im Schema, fehlt aber im Webformular."), differences.join("\n"));
  assert.ok(differences.includes("„partners[].since“ steht im Schema, fehlt aber im Webformular."), differences.join("\n"));
  assert.is(differences.length, 2);
});

sync("a field removed from the form only is reported", () => {
  const fields = formFields().map((f) => (f.name === "contact" ? { ...f, fields: f.fields!.filter((c) => c.name !== "email") } : f));
  assert.equal(compareFormWithSchema(fields, readSchema(SCHEMA_FILES.network)), ["„contact.email“ steht im Schema, fehlt aber im Webformular."]);
});

sync("a field added to the form only is reported", () => {
  const fields = [...formFields(), { name: "newsletter", label: "Newsletter", widget: "boolean" } as DecapField];
  assert.equal(compareFormWithSchema(fields, readSchema(SCHEMA_FILES.network)), ["„newsletter“ steht im Webformular, aber nicht im Schema."]);
});

sync("changed labels, requirements, limits and choices are reported", () => {
  const changed = schema();
  const properties = changed.properties as Record<string, SchemaNode>;
  properties.title = { ...properties.title!, title: "Name" };
  properties.founded = { ...properties.founded!, minimum: 1900 };
  properties.status = { ...properties.status!, oneOf: [...properties.status!.oneOf!, { const: "ruhend", title: "ruhend" }] };
  const differences = compareFormWithSchema(formFields(), { ...changed, required: changed.required!.filter((r) => r !== "municipality") });
  assert.equal(differences.map((d) => d.split(":")[0]), ["„title“", "„municipality“", "„status“", "„founded“"]);
  assert.match(differences.join("\n"), /„founded“: Minimum im Webformular 1946, im Schema 1900\./);
});

sync("a form generated from the changed schema is in sync again", () => {
  const changed = withProperty(schema(), "newsletter", { title: "Newsletter", description: "Ob das Netzwerk einen Newsletter hat.", type: "boolean" });
  assert.equal(compareFormWithSchema(networkFields(changed), changed), []);
});

sync("inside an optional group nothing is required in the form (Decap would block saving an empty group)", () => {
  const coordinates = formFields().find((f) => f.name === "coordinates")!;
  assert.is(coordinates.required, false);
  assert.equal(coordinates.fields!.map((f) => f.required), [false, false]);
  const partners = formFields().find((f) => f.name === "partners")!;
  assert.equal(partners.fields!.filter((f) => f.required).map((f) => f.name), ["name", "sector"]);
});

const unmappable = suite("web form: schema constructs without a form field");

for (const [what, property] of [
  ["anyOf", { title: "Mal so, mal so", description: "Text oder Zahl.", anyOf: [{ type: "string" }, { type: "integer" }] }],
  ["several types", { title: "Wert", description: "Ein Wert.", type: ["string", "null"] }],
  ["a list of lists", { title: "Tabelle", description: "Zeilen.", type: "array", items: { type: "array", items: { type: "string" } } }],
  ["an unknown format", { title: "Adresse", description: "Eine Adresse.", type: "string", format: "uri" }],
  ["a property without title", { description: "Ohne Titel.", type: "string" }],
] as const) {
  unmappable(`${what} throws a German error naming the field`, () => {
    const changed = withProperty(schema(), "neu", property as unknown as SchemaNode);
    assert.throws(() => networkFields(changed), (error: unknown) => error instanceof CmsSchemaError && /^Das Feld „neu“ lässt sich nicht ins Webformular übernehmen: .+ Ergänzen Sie scripts\/cms\/decap-config\.ts/.test(error.message));
  });
}

const config = suite("web form: Decap configuration");

config("GitHub backend with open authoring and the editorial workflow, German interface", () => {
  const served = servedConfig();
  assert.equal(served.backend, {
    ...(served.backend as object),
    name: "github",
    repo: "gemeinsam-wirken/karte",
    branch: "main",
    open_authoring: true,
  });
  assert.is(served.publish_mode, "editorial_workflow");
  assert.is(served.local_backend, true);
  assert.is(served.locale, "de");
});

config("one collection for content/networks, Markdown with YAML front matter, file name from the title", () => {
  const collection = servedConfig().collections[0];
  assert.equal(
    { name: collection.name, folder: collection.folder, extension: collection.extension, format: collection.format, slug: collection.slug, create: collection.create, identifier_field: collection.identifier_field },
    { name: "networks", folder: "content/networks", extension: "md", format: "frontmatter", slug: "{{slug | truncate(60)}}", create: true, identifier_field: "title" },
  );
  assert.equal(servedConfig().slug, { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
});

/**
 * The file name Decap's web form makes of a title, with Decap's own template and sanitizer and the
 * served settings. Only Decap's `prepareSlug` (trim, lower case, drop ', "." → "-") is restated:
 * its module cannot be loaded outside the browser bundle.
 */
function decapFileName(title: string): string {
  const served = servedConfig();
  const options = served.slug as Parameters<typeof sanitizeSlug>[1];
  const prepare = (value: string) => value.trim().toLocaleLowerCase().replace(/'/g, "").replace(/\./g, "-");
  return compileStringTemplate(String(served.collections[0].slug), new Date(), title, undefined, (value: string) => sanitizeSlug(prepare(value), options));
}

config("the web form's file names pass the entry check, also for the longest titles the schema allows", () => {
  const maxTitle = Number(readSchema("network.schema.json").properties?.title?.maxLength);
  assert.is(maxTitle, 120);
  const titles = [
    "Lernpaten Köln-Ehrenfeld",
    "Bündnis für Ausbildung, Integration und Nachbarschaft in den Stadtteilen von Gelsenkirchen-Süd, Buer und Horst – Straße",
    `${"Größere Übergänge ".repeat(7)}`.slice(0, maxTitle),
    "Netz 2.0 – Jugend & Beruf (Kreis Düren)",
  ];
  assert.is(decapFileName(titles[0]!), "lernpaten-koln-ehrenfeld", "short titles stay whole");
  for (const title of titles) {
    assert.ok(title.length <= maxTitle);
    const slug = decapFileName(title);
    assert.ok(isSlug(slug) && slug.length <= NETWORK_SLUG_MAX_LENGTH, `${title} → ${slug} (${slug.length})`);
  }
});

config("uploads from Decap's media library land outside Eleventy's input folder, so the build never renders them", () => {
  const mediaFolder = String(servedConfig().media_folder);
  assert.ok(mediaFolder.length > 0);
  assert.not.ok(mediaFolder === "content" || mediaFolder.startsWith("content/"), mediaFolder);
});

config("the YAML is marked as generated", () => {
  const yaml = serializeDecapConfig(decapConfig({ repositoryUrl: site.repositoryUrl }));
  assert.ok(yaml.startsWith(`${CONFIG_HEADER}\n`));
});

config("a local backend address and a login service can be set", () => {
  const custom = decapConfig({ repositoryUrl: site.repositoryUrl, localBackend: { url: "http://127.0.0.1:9000/api/v1" }, authBaseUrl: "https://auth.example.org" });
  assert.equal(custom.local_backend, { url: "http://127.0.0.1:9000/api/v1" });
  assert.is((custom.backend as { base_url?: string }).base_url, "https://auth.example.org");
});

config("the repository comes from a GitHub address", () => {
  assert.is(githubRepository("https://github.com/gemeinsam-wirken/karte"), "gemeinsam-wirken/karte");
  assert.is(githubRepository("https://github.com/owner/repo.git"), "owner/repo");
  assert.throws(() => githubRepository("https://gitlab.com/owner/repo"), /keine GitHub-Adresse/);
});

sync.run();
unmappable.run();
config.run();
