/**
 * The sentence an embed shows above its map when filters are locked ("Diese Karte zeigt nur …"),
 * so visitors know why they see only part of NRW. DOM-free.
 */
import type { FilterState } from "../map/filter-state.ts";
import type { MapKreis, MapTerm } from "../map/map-config.ts";
import { quotedLabels } from "../map/term-labels.ts";

/** The labels the sentence names. */
export interface NoteVocabulary {
  readonly challenges: readonly MapTerm[];
  readonly statuses: readonly MapTerm[];
  readonly regierungsbezirke: readonly MapTerm[];
  readonly kreise: readonly MapKreis[];
}

/**
 * Describes the locked filters in one German sentence, or "" when nothing is locked.
 *
 * @param fixed the locked filters (`fixedFiltersOf`)
 * @param vocabulary labels of themes, statuses and places
 * @example fixedFilterNote({ challenges: ["quartier"], kreis: "koeln" }, config) // "Diese Karte zeigt nur Netzwerke zum Thema „Quartier“ in der Region „Köln“."
 */
export function fixedFilterNote(fixed: Partial<FilterState>, vocabulary: NoteVocabulary): string {
  const parts: string[] = [];
  if (fixed.challenges?.length) parts.push(`${fixed.challenges.length > 1 ? "zu den Themen" : "zum Thema"} ${quotedLabels(vocabulary.challenges, fixed.challenges)}`);
  if (fixed.kreis) parts.push(`in der Region ${quotedLabels(vocabulary.kreise, [fixed.kreis])}`);
  else if (fixed.regierungsbezirk) parts.push(`im Regierungsbezirk ${quotedLabels(vocabulary.regierungsbezirke, [fixed.regierungsbezirk])}`);
  const more: string[] = [];
  if (fixed.kmu) more.push("mit Partnern aus kleinen und mittleren Unternehmen");
  if (fixed.statuses?.length) more.push(`mit dem Status ${quotedLabels(vocabulary.statuses, fixed.statuses)}`);
  if (fixed.query?.trim()) more.push(`passend zur Suche „${fixed.query.trim()}“`);
  if (parts.length === 0 && more.length === 0) return "";
  return `Diese Karte zeigt nur Netzwerke ${[parts.join(" "), ...more].filter(Boolean).join(", ")}.`;
}
