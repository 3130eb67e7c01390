/**
 * The vocabularies (challenges, sectors, status, …) as lists of terms, read from the `oneOf`
 * branches of their schema nodes, so labels, descriptions and colours live in the schema only.
 */
import { readSchema, schemaAt, SCHEMA_FILES, type SchemaNode } from "./schema.ts";
import type { Challenge, ChallengeSlug, Sector, SectorSlug, VocabularyTerm } from "./types.ts";

/** The terms of a schema node whose allowed values are `oneOf` `const` branches. */
export function termsOf<Slug extends string | number = string>(node: SchemaNode): VocabularyTerm<`${Slug}`>[] {
  return (node.oneOf ?? []).map((branch) => ({
    slug: String(branch.const) as `${Slug}`,
    label: branch.title ?? String(branch.const),
    description: branch.description ?? "",
  }));
}

/** Challenge types with German label, description and map colour, in vocabulary order. */
export function challenges(): Challenge[] {
  const node = readSchema(SCHEMA_FILES.challenges);
  return (node.oneOf ?? []).map((branch) => ({
    slug: branch.const as ChallengeSlug,
    label: branch.title ?? String(branch.const),
    description: branch.description ?? "",
    color: branch["x-color"] ?? "#555555",
  }));
}

/** Partner sectors in vocabulary order. */
export function sectors(): Sector[] {
  return termsOf<SectorSlug>(readSchema(SCHEMA_FILES.sectors)) as Sector[];
}

/** German labels for the other small vocabularies of the entry schema. */
export function statusTerms() {
  return termsOf(schemaAt(["status"])!);
}
export function impactLevelTerms() {
  return termsOf(schemaAt(["impact", "level"])!);
}
export function conditionRatingTerms() {
  return termsOf(schemaAt(["collective_impact", "common_agenda", "rating"])!);
}
