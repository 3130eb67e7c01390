/**
 * What the visitor filters by, and which networks match. DOM-free: the map, the list and the
 * counts all ask the same predicate, so they cannot disagree.
 */
import type { NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import { containsAllTokens, normalizeSearchText, searchTokens } from "./search-text.ts";

/** The filters of the map. Empty lists and strings mean "no restriction". */
export interface FilterState {
  /** Challenge slugs; a network matches when it works on *any* of them. */
  readonly challenges: readonly string[];
  /** Regierungsbezirk slug, e.g. "regierungsbezirk-detmold". */
  readonly regierungsbezirk: string;
  /** Kreis slug, e.g. "kreis-lippe". */
  readonly kreis: string;
  /** Only networks with at least one KMU partner. */
  readonly kmu: boolean;
  /** Status slugs; a network matches when its status is one of them. */
  readonly statuses: readonly string[];
  /** Free text over title, summary, partner names and place. */
  readonly query: string;
}

/** No filter at all: every network matches. */
export const EMPTY_FILTER: FilterState = Object.freeze({
  challenges: Object.freeze([]) as readonly string[],
  regierungsbezirk: "",
  kreis: "",
  kmu: false,
  statuses: Object.freeze([]) as readonly string[],
  query: "",
});

/** True when any filter restricts the result (so "Zurücksetzen" has something to do). */
export function isFilterActive(filter: FilterState): boolean {
  return (
    filter.challenges.length > 0 ||
    filter.regierungsbezirk !== "" ||
    filter.kreis !== "" ||
    filter.kmu ||
    filter.statuses.length > 0 ||
    filter.query.trim() !== ""
  );
}

/**
 * The filter the visitor sees, with fixed filters (e.g. of an embed) taking precedence field by
 * field over the visitor's choices.
 */
export function withFixedFilters(filter: FilterState, fixed: Partial<FilterState> | undefined): FilterState {
  return fixed ? { ...filter, ...fixed } : filter;
}

/** A network prepared for filtering: its properties plus the normalised search text, built once. */
export interface FilterableNetwork {
  readonly properties: NetworkFeatureProperties;
  /** Normalised title, summary, partner names and places (see {@link normalizeSearchText}). */
  readonly searchText: string;
}

/** Prepares one network for repeated filtering. */
export function toFilterableNetwork(properties: NetworkFeatureProperties): FilterableNetwork {
  const text = [properties.title, properties.summary, ...properties.partners, properties.gemeinde, properties.kreis].join(" ");
  return { properties, searchText: normalizeSearchText(text) };
}

/** Which criteria a predicate checks; the challenge counts leave out the challenge criterion. */
interface MatcherOptions {
  readonly ignoreChallenges?: boolean;
}

/**
 * Compiles `filter` into a predicate (query tokens and sets are prepared once, not per network).
 * @example networks.filter(createFilterPredicate({ ...EMPTY_FILTER, challenges: ["bildung"] }))
 */
export function createFilterPredicate(filter: FilterState, options: MatcherOptions = {}): (network: FilterableNetwork) => boolean {
  const challenges = options.ignoreChallenges ? [] : filter.challenges;
  const statuses = new Set(filter.statuses);
  const tokens = searchTokens(filter.query);
  const { regierungsbezirk, kreis, kmu } = filter;
  return (network) => {
    const p = network.properties;
    if (challenges.length > 0 && !challenges.some((c) => p.challenges.includes(c))) return false;
    // Where the network has its seat or its Wirkungsgebiet reaches, as the region pages count.
    if (regierungsbezirk !== "" && !p.regierungsbezirkSlugs.includes(regierungsbezirk)) return false;
    if (kreis !== "" && !p.kreisSlugs.includes(kreis)) return false;
    if (kmu && !p.hasKmu) return false;
    if (statuses.size > 0 && !statuses.has(p.status)) return false;
    return containsAllTokens(network.searchText, tokens);
  };
}

/** The result of filtering: the matching networks' slugs and the count per challenge checkbox. */
export interface FilterResult {
  /** Slugs of the matching networks, in input order. */
  readonly matching: readonly string[];
  /**
   * Per challenge slug: how many networks would match if that challenge were (also) ticked, given
   * all the other filters. This is the number shown next to each checkbox.
   */
  readonly challengeCounts: ReadonlyMap<string, number>;
}

/**
 * Filters `networks` by `filter` and counts, per challenge, the networks that match the other
 * criteria – one pass over the data.
 */
export function applyFilter(networks: readonly FilterableNetwork[], filter: FilterState): FilterResult {
  const matchesAll = createFilterPredicate(filter);
  const matchesOthers = createFilterPredicate(filter, { ignoreChallenges: true });
  const matching: string[] = [];
  const challengeCounts = new Map<string, number>();
  for (const network of networks) {
    if (!matchesOthers(network)) continue;
    for (const challenge of network.properties.challenges) challengeCounts.set(challenge, (challengeCounts.get(challenge) ?? 0) + 1);
    if (matchesAll(network)) matching.push(network.properties.slug);
  }
  return { matching, challengeCounts };
}
