/**
 * Labels of vocabulary terms (themes, statuses, places) as the map's texts name them: popups, the
 * empty list, an embed's note and its hints all use these, so they word a term alike. DOM-free.
 */
import type { MapTerm } from "./map-config.ts";

/**
 * The label of `slug` in `terms`, or the slug itself when unknown.
 * @example labelOf(config.statuses, "aktiv") // "aktiv"
 */
export function labelOf(terms: readonly MapTerm[], slug: string): string {
  return terms.find((t) => t.slug === slug)?.label ?? slug;
}

/**
 * The labels of `slugs` in German quotation marks, the last joined with "oder"; "" for none.
 * @example quotedLabels(config.challenges, ["bildung", "quartier"]) // "„Bildung und Schulerfolg“ oder „Quartier und Zusammenhalt“"
 */
export function quotedLabels(terms: readonly MapTerm[], slugs: readonly string[]): string {
  const labels = slugs.map((slug) => `„${labelOf(terms, slug)}“`);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} oder ${labels.at(-1)}` : (labels[0] ?? "");
}
