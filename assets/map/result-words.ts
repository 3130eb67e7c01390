/**
 * What the map says about its result in words: the count line under the map, the visitor's filters
 * named for the empty list ("Thema „Bildung und Schulerfolg“, Region „Kreis Lippe“"), and the list's
 * "Weitere anzeigen".
 * DOM-free, so the wording is tested without a browser.
 */
import type { FilterState } from "./filter-state.ts";
import type { MapTerm } from "./map-config.ts";
import { quotedLabels } from "./term-labels.ts";

/** The labels {@link describeFilter} names. A `MapConfig` fits. */
export interface FilterLabels {
  readonly challenges: readonly MapTerm[];
  readonly statuses: readonly MapTerm[];
  readonly regierungsbezirke: readonly MapTerm[];
  readonly kreise: readonly MapTerm[];
}

/**
 * The count line announced to screen readers. `scoped`: the map shows only a part of NRW's
 * networks (an embed with locked filters), so `total` is that part and "Alle" would mislead.
 *
 * @example resultCountText(12, 57) // "12 von 57 Netzwerken"
 * @example resultCountText(4, 4, { scoped: true }) // "4 Netzwerke"
 */
export function resultCountText(shown: number, total: number, options: { readonly scoped?: boolean } = {}): string {
  if (shown === total) {
    if (total === 1) return "1 Netzwerk";
    return options.scoped || total === 0 ? `${total === 0 ? "Keine" : total} Netzwerke` : `Alle ${total} Netzwerke`;
  }
  return `${shown} von ${total} ${total === 1 ? "Netzwerk" : "Netzwerken"}`;
}

/**
 * Each restricting filter in words, in the order of the filter panel; [] when nothing restricts.
 *
 * @example describeFilter({ ...EMPTY_FILTER, challenges: ["inklusion"], kreis: "kreis-lippe" }, config) // ["Thema „Inklusion und Teilhabe“", "Region „Kreis Lippe“"]
 */
export function describeFilter(filter: FilterState, labels: FilterLabels): string[] {
  const parts: string[] = [];
  if (filter.challenges.length) parts.push(`${filter.challenges.length > 1 ? "Themen" : "Thema"} ${quotedLabels(labels.challenges, filter.challenges)}`);
  // The Kreis says more than its Regierungsbezirk.
  if (filter.kreis) parts.push(`Region ${quotedLabels(labels.kreise, [filter.kreis])}`);
  else if (filter.regierungsbezirk) parts.push(`Regierungsbezirk ${quotedLabels(labels.regierungsbezirke, [filter.regierungsbezirk])}`);
  if (filter.kmu) parts.push("nur mit KMU-Partnern");
  if (filter.statuses.length) parts.push(`Status ${quotedLabels(labels.statuses, filter.statuses)}`);
  if (filter.query.trim()) parts.push(`Suche „${filter.query.trim()}“`);
  return parts;
}

/**
 * The sentence of the empty list.
 *
 * @param own the visitor's own filters (without an embed's locked ones) in words, see {@link describeFilter}
 * @example emptyListText(["Thema „Bildung und Schulerfolg“"]) // "Keine Netzwerke für diese Auswahl: Thema „Bildung und Schulerfolg“."
 */
export function emptyListText(own: readonly string[]): string {
  // Only locked filters (an embed): there is nothing the visitor could change.
  if (own.length === 0) return "Diese Karte zeigt zurzeit keine Netzwerke.";
  return `Keine Netzwerke für diese Auswahl: ${own.join(", ")}.`;
}

/**
 * The label of "Weitere anzeigen": how many the next click adds, and how many are not shown yet.
 *
 * @param next entries the click adds (at most one page)
 * @param rest entries not shown yet (at least `next`)
 * @example moreButtonText(100, 150) // "Weitere 100 Netzwerke anzeigen (noch 150 nicht gezeigt)"
 * @example moreButtonText(1, 1) // "Letztes Netzwerk anzeigen"
 */
export function moreButtonText(next: number, rest: number): string {
  if (next >= rest) return rest === 1 ? "Letztes Netzwerk anzeigen" : `Die letzten ${rest} Netzwerke anzeigen`;
  return `${next === 1 ? "Ein weiteres Netzwerk" : `Weitere ${next} Netzwerke`} anzeigen (noch ${rest} nicht gezeigt)`;
}
