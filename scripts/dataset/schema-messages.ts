/**
 * Turns ajv's errors into German problems a non-programmer can act on: which field, what is wrong,
 * what to write instead (with the schema's example and, for typos, the nearest allowed value).
 */
import type { ErrorObject } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { FieldPath, LoadedEntry } from "./load-entry.ts";
import type { Problem } from "./problem.ts";
import { schemaAt, type SchemaNode } from "./schema.ts";
import { capitalize, describeField, describeValue, exampleFor, inField, truncate } from "./describe-field.ts";
import { slugify } from "../geo/slugify.ts";

const TYPE_NAMES: Record<string, string> = {
  string: "ein Text",
  integer: "eine ganze Zahl",
  number: "eine Zahl",
  boolean: "true oder false",
  array: "eine Liste",
  object: "eine Gruppe von Feldern (eingerückt darunter)",
};

/** Converts all ajv errors of one entry into problems, collapsing the noise of `oneOf` vocabularies. */
export function schemaProblems(entry: LoadedEntry, errors: readonly ErrorObject[]): Problem[] {
  const vocabularyPaths = new Set(
    errors.filter((e) => e.keyword === "oneOf" && isVocabulary(e.parentSchema as SchemaNode)).map((e) => e.instancePath),
  );
  // "titel" instead of "title" is one mistake: the unknown field's hint covers the missing one.
  const coveredByHint = new Set<string>();
  for (const error of errors) {
    if (error.keyword !== "additionalProperties") continue;
    const hint = suggestField(String((error.params as { additionalProperty: string }).additionalProperty), error.parentSchema as SchemaNode | undefined);
    if (hint) coveredByHint.add(`${error.instancePath}/${hint}`);
  }
  const problems: Problem[] = [];
  for (const error of errors) {
    if (error.keyword === "required" && coveredByHint.has(`${error.instancePath}/${String((error.params as { missingProperty: string }).missingProperty)}`)) continue;
    // A vocabulary mismatch shows up as one `const` error per allowed value plus the `oneOf`; say it once.
    if (error.keyword === "const" && vocabularyPaths.has(error.instancePath) && /oneOf\/\d+\/const$/.test(error.schemaPath)) continue;
    if (error.keyword === "if") continue;
    const problem = toProblem(entry, error);
    if (problem) problems.push(problem);
  }
  return problems;
}

function isVocabulary(node: SchemaNode | undefined): boolean {
  return !!node?.oneOf?.length && node.oneOf.every((branch) => "const" in branch);
}

function pathOf(instancePath: string): FieldPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function toProblem(entry: LoadedEntry, error: ErrorObject): Problem | undefined {
  const path = pathOf(error.instancePath);
  const field = describeField(path);
  const value = error.data;
  const example = exampleFor(path);
  const withExample = (text: string) => (example ? `${text} Beispiel: ${example}` : text);
  const at = (message: string, anchor: "key" | "value" = "value", where: FieldPath = path) =>
    entry.problemAt(where, message, anchor);
  const params = error.params as Record<string, unknown>;
  const parent = error.parentSchema as SchemaNode | undefined;

  switch (error.keyword) {
    case "required": {
      const missing = String(params.missingProperty);
      const childPath = [...path, missing];
      const childExample = exampleFor(childPath);
      const where = path.length === 0 ? "im Kopf" : `in ${field}`;
      return at(
        `Pflichtfeld ${describeField(childPath)} fehlt ${where}.${childExample ? ` Ergänzen Sie z. B. die Zeile „${childExample}“.` : ""}`,
        "key",
      );
    }
    case "additionalProperties": {
      const unknown = String(params.additionalProperty);
      const allowed = Object.keys(parent?.properties ?? {});
      const suggestion = suggestField(unknown, parent);
      const where = path.length === 0 ? "" : ` ${inField(path)}`;
      return at(
        `Unbekanntes Feld „${unknown}“${where}.${suggestion ? ` Meinten Sie „${suggestion}“?` : ""} Erlaubt sind: ${allowed.join(", ")}.`,
        "key",
        [...path, unknown],
      );
    }
    case "type": {
      const expected = String(params.type)
        .split(",")
        .map((t) => TYPE_NAMES[t] ?? t)
        .join(" oder ");
      let hint = "";
      if (params.type === "integer" && typeof value === "string" && /^\d{4}$/.test(value.trim())) hint = " Schreiben Sie die Zahl ohne Anführungszeichen.";
      if ((params.type === "number" || params.type === "integer") && typeof value === "string" && /^\d+,\d+$/.test(value.trim()))
        hint = " Verwenden Sie einen Dezimalpunkt statt eines Kommas.";
      if (params.type === "array" && typeof value === "string") hint = ` Schreiben Sie eine Liste, z. B. [${value}].`;
      return at(withExample(`${capitalize(field)} muss ${expected} sein, gefunden: ${describeValue(value)}.${hint}`));
    }
    case "oneOf":
      if (isVocabulary(parent)) return vocabularyProblem(entry, path, value, parent!);
      return at(`${capitalize(field)} hat keine erlaubte Form.`);
    case "enum":
      return at(`${capitalize(field)} hat einen unbekannten Wert „${truncate(String(value))}“. Erlaubt sind: ${(params.allowedValues as unknown[]).join(", ")}.`);
    case "const":
      return constProblem(entry, error, path, value);
    case "minLength":
      return at(
        withExample(`${capitalize(field)} ist zu kurz (${[...String(value)].length} Zeichen); nötig sind mindestens ${params.limit}.`),
      );
    case "maxLength":
      return at(
        `${capitalize(field)} ist zu lang: ${[...String(value)].length} Zeichen, erlaubt sind höchstens ${params.limit}. Kürzen Sie den Text${path[0] === "summary" ? " – Einzelheiten gehören in die Beschreibung unter dem Kopf" : ""}.`,
      );
    case "minItems":
      return at(
        withExample(`${capitalize(field)} braucht mindestens ${params.limit} ${Number(params.limit) === 1 ? "Eintrag" : "Einträge"}, gefunden: ${(value as unknown[]).length}.`),
        "key",
      );
    case "maxItems":
      return at(`${capitalize(field)} hat ${(value as unknown[]).length} Einträge, erlaubt sind höchstens ${params.limit}.`, "key");
    case "uniqueItems": {
      const i = Number(params.i);
      const j = Number(params.j);
      const items = value as unknown[];
      return entry.problemAt(
        [...path, Math.max(i, j)],
        `${capitalize(field)} enthält „${truncate(String(items[i]))}“ doppelt (Einträge ${Math.min(i, j) + 1} und ${Math.max(i, j) + 1}). Löschen Sie einen der beiden.`,
      );
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const node = schemaAt(path);
      const range = node && node.minimum !== undefined && node.maximum !== undefined ? `zwischen ${node.minimum} und ${node.maximum}` : `${error.keyword === "minimum" ? "mindestens" : "höchstens"} ${params.limit}`;
      return at(withExample(`${capitalize(field)} muss ${range} liegen, gefunden: ${String(value)}.`));
    }
    case "pattern":
      if (path[path.length - 1] === "website") {
        return at(
          `${capitalize(field)} muss eine vollständige Webadresse sein, die mit „https://“ oder „http://“ beginnt und keine Leerzeichen enthält; gefunden: „${truncate(String(value))}“. Beispiel: ${example ?? "website: https://www.example.org"}`,
        );
      }
      return at(withExample(`${capitalize(field)} hat nicht die erwartete Form: ${schemaAt(path)?.description ?? ""}`));
    case "format":
      if (params.format === "email") return at(withExample(`${capitalize(field)} ist keine gültige E-Mail-Adresse: „${truncate(String(value))}“.`));
      if (params.format === "date")
        return at(
          withExample(`${capitalize(field)} muss ein gültiges Datum in der Form JJJJ-MM-TT in Anführungszeichen sein, gefunden: „${truncate(String(value))}“.`),
        );
      return at(withExample(`${capitalize(field)} hat nicht das Format ${String(params.format)}.`));
    default:
      return at(`${capitalize(field)}: ${error.message ?? "ungültiger Wert"}.`);
  }
}

function constProblem(entry: LoadedEntry, error: ErrorObject, path: FieldPath, value: unknown): Problem {
  // Cross-field rules (dependentSchemas) report on the field they constrain; name the field that caused it.
  const dependent = /dependentSchemas\/([^/]+)\//.exec(error.schemaPath)?.[1];
  const parentPath = path.slice(0, -1);
  if (dependent === "ended") {
    return entry.problemAt(
      [...parentPath, "ended"],
      `„ended“ (Endjahr) ist nur erlaubt, wenn „status: abgeschlossen“ gesetzt ist (hier: „status: ${String(value)}“). Löschen Sie die Zeile „ended“ oder setzen Sie „status: abgeschlossen“.`,
      "key",
    );
  }
  if (dependent === "size") {
    return entry.problemAt(
      [...parentPath, "size"],
      `„size“ (Unternehmensgröße) im ${Number(parentPath[parentPath.length - 1]) + 1}. Eintrag von „partners“ ist nur für Unternehmen erlaubt (hier: „sector: ${String(value)}“). Löschen Sie die Zeile „size“ oder setzen Sie „sector: unternehmen“.`,
      "key",
    );
  }
  const allowed = (error.params as { allowedValue: unknown }).allowedValue;
  return entry.problemAt(path, `${capitalize(describeField(path))} muss „${String(allowed)}“ sein, gefunden: ${describeValue(value)}.`);
}

function vocabularyProblem(entry: LoadedEntry, path: FieldPath, value: unknown, node: SchemaNode): Problem {
  const allowed = (node.oneOf ?? []).map((branch) => String(branch.const));
  const field = describeField(path);
  if (typeof value !== "string" && typeof value !== "number") {
    return entry.problemAt(path, `${capitalize(field)} muss einer dieser Werte sein: ${allowed.join(", ")}; gefunden: ${describeValue(value)}.`);
  }
  const suggestion = suggest(String(value), allowed);
  const noun = node.title ? `Unbekannter Wert für ${node.title}` : "Unbekannter Wert";
  return entry.problemAt(
    path,
    `${noun} „${truncate(String(value))}“ ${inField(path)}.${suggestion ? ` Meinten Sie „${suggestion}“?` : ""} Erlaubt sind: ${allowed.join(", ")}.`,
  );
}

/**
 * The field a contributor probably meant: a typo of a key ("titel" → "title") or the German word
 * for it, matched against the schema's German titles ("gemeinde" → "municipality", "groesse" → "size").
 */
export function suggestField(unknown: string, parent: SchemaNode | undefined): string | undefined {
  const properties = Object.entries(parent?.properties ?? {});
  const byKey = suggest(unknown, properties.map(([key]) => key));
  if (byKey) return byKey;
  const word = slugify(unknown).replace(/-/g, "");
  if (word.length < 4) return undefined;
  const names = (node: SchemaNode) => [node.title ?? "", ...(node["x-aliases"] ?? [])].map((name) => slugify(name).replace(/-/g, ""));
  // A whole name first ("stand" is an alias of `status`), only then a part of one ("Stand der Angaben").
  const byName =
    properties.find(([, node]) => names(node).some((name) => name === word || distance(name, word) <= 2)) ??
    properties.find(([, node]) => names(node).some((name) => name.includes(word)));
  return byName?.[0];
}

/** The nearest candidate when it is plausibly a typo of `input`. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = input.toLowerCase();
  const best = closest(lower, candidates as string[]);
  const limit = Math.max(2, Math.ceil(lower.length * 0.4));
  return distance(lower, best) <= limit ? best : undefined;
}

