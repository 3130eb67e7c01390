/**
 * How many networks an embed shows for the builder's choice, and – when it would show none – why,
 * and which criterion to drop to get some. DOM-free. Every number here comes from the map's own
 * predicate (filter-state.ts) over the networks of /daten/netzwerke.geojson, the data and the rule
 * the embed itself uses, so the builder cannot promise a map the preview does not show.
 */
import { createFilterPredicate, type FilterableNetwork, type FilterState } from "../map/filter-state.ts";
import { regionChoice, scopeOf, type BuilderCatalog } from "./builder-catalog.ts";
import type { EmbedVocabulary } from "./embed-params.ts";

/** A criterion of the builder's form that can be dropped (or, for the region, widened). */
type Criterion = "region" | "themes" | "statuses" | "kmu";

/** In the order the form asks for them, which is also the order of the suggestions. */
const CRITERIA: readonly Criterion[] = ["region", "themes", "statuses", "kmu"];

/** A change of the choice that gives networks: the criteria dropped, the wider region if that is one. */
interface Relaxation {
  readonly dropped: readonly Criterion[];
  /** The value of the region field the suggestion widens to ("" or "bezirk:<slug>"), when `dropped` contains "region". */
  readonly region?: string;
  readonly count: number;
}

/** Suggestions named at most, the ones with most networks first. */
const MAX_SUGGESTIONS = 3;

/** "1 Netzwerk", "3 Netzwerke". */
function countWords(count: number): string {
  return `${count} ${count === 1 ? "Netzwerk" : "Netzwerke"}`;
}

/**
 * The line next to the form that says how many networks the embed would show.
 * @example choiceCountText(3) // "Ihre Auswahl: 3 Netzwerke"
 */
export function choiceCountText(count: number): string {
  return `Ihre Auswahl: ${countWords(count)}`;
}

function isSet(filter: FilterState, criterion: Criterion): boolean {
  switch (criterion) {
    case "region":
      return regionChoice(filter) !== "";
    case "themes":
      return filter.challenges.length > 0;
    case "statuses":
      return filter.statuses.length > 0;
    case "kmu":
      return filter.kmu;
  }
}

/** `filter` with the criteria `dropped` (a dropped region becomes the region field's value `region`). */
function relaxed(filter: FilterState, dropped: readonly Criterion[], region = ""): FilterState {
  const [kind, slug = ""] = region.split(":");
  return {
    ...filter,
    ...(dropped.includes("region") ? { regierungsbezirk: kind === "bezirk" ? slug : "", kreis: kind === "kreis" ? slug : "" } : {}),
    ...(dropped.includes("themes") ? { challenges: [] } : {}),
    ...(dropped.includes("statuses") ? { statuses: [] } : {}),
    ...(dropped.includes("kmu") ? { kmu: false } : {}),
  };
}

/** Every non-empty subset of `items`, smallest first, each in the order of `items`. */
function subsets<T>(items: readonly T[]): T[][] {
  const all: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask += 1) all.push(items.filter((_, i) => mask & (1 << i)));
  return all.sort((a, b) => a.length - b.length);
}

/** „A“, „B“ oder „C“ – labels of `slugs` in German quotes, the last joined by `conjunction`. */
function quotedLabels(terms: EmbedVocabulary["challenges"], slugs: readonly string[], conjunction: "oder" | "und"): string {
  const labels = slugs.map((slug) => `„${terms.find((t) => t.slug === slug)?.label ?? slug}“`);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} ${conjunction} ${labels.at(-1)}` : labels.join("");
}

/** What the networks lack that the choice asks for, after "kein Netzwerk" ("zum Thema „…“"). */
function lackingPhrase(filter: FilterState, criterion: Criterion, vocabulary: Pick<EmbedVocabulary, "challenges" | "statuses">): string {
  switch (criterion) {
    case "themes":
      return `${filter.challenges.length > 1 ? "zu den Themen" : "zum Thema"} ${quotedLabels(vocabulary.challenges, filter.challenges, "oder")}`;
    case "statuses":
      return `mit dem Status ${quotedLabels(vocabulary.statuses, filter.statuses, "oder")}`;
    case "kmu":
      return "mit Partnern aus kleinen und mittleren Unternehmen";
    case "region":
      return "";
  }
}

/** One change as a clause: [verb, object and particle] – "Wählen" + "den Regierungsbezirk Köln". */
function changeClause(filter: FilterState, relaxation: Relaxation, criterion: Criterion, catalog: BuilderCatalog, vocabulary: Pick<EmbedVocabulary, "challenges" | "statuses">): [string, string] {
  switch (criterion) {
    case "region": {
      const wider = relaxation.region && Object.hasOwn(catalog.scopes, relaxation.region) ? catalog.scopes[relaxation.region] : undefined;
      // A region widens to its Regierungsbezirk (in the catalog) or to all of NRW (value "").
      return ["wählen", wider ? `den ${wider.label}` : "ganz Nordrhein-Westfalen"];
    }
    case "themes":
      return ["lassen", `${filter.challenges.length > 1 ? "die Themen" : "das Thema"} ${quotedLabels(vocabulary.challenges, filter.challenges, "und")} weg`];
    case "statuses":
      return ["lassen", `${filter.statuses.length > 1 ? "die Status" : "den Status"} ${quotedLabels(vocabulary.statuses, filter.statuses, "und")} weg`];
    case "kmu":
      return ["zeigen", "auch Netzwerke ohne KMU-Partner"];
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The warning shown when the choice would give an empty map, or "" when the embed would show
 * networks. It says the choice is empty, names the smallest part of it that no network fulfils
 * (the region alone, or the region with e.g. a theme and a status), and suggests the smallest
 * changes that give networks – widening the region (a Kreis to its Regierungsbezirk, else all of
 * NRW) or dropping themes, statuses or KMU –, each with the number of networks it would give.
 *
 * @param filter the choice, as the embed will read it
 * @param networks every network of /daten/netzwerke.geojson, prepared with `toFilterableNetwork`
 * @param catalog names and Regierungsbezirke of the regions (embed-builder-data.ts)
 * @param vocabulary labels of themes and statuses
 * @example emptyChoiceWarning({ ...EMPTY_FILTER, challenges: ["bildung"], statuses: ["in-gruendung"] }, networks, catalog, config)
 * // "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer. In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Bildung und Schulerfolg“ und mit dem Status „in Gründung“. Lassen Sie z. B. den Status „in Gründung“ weg (3 Netzwerke) oder lassen Sie das Thema „Bildung und Schulerfolg“ weg (1 Netzwerk)."
 */
export function emptyChoiceWarning(
  filter: FilterState,
  networks: readonly FilterableNetwork[],
  catalog: BuilderCatalog,
  vocabulary: Pick<EmbedVocabulary, "challenges" | "statuses">,
): string {
  const count = (f: FilterState) => {
    const matches = createFilterPredicate(f);
    return networks.reduce((n, network) => (matches(network) ? n + 1 : n), 0);
  };
  if (count(filter) > 0) return "";
  const scope = scopeOf(filter, catalog);
  const set = CRITERIA.filter((criterion) => isSet(filter, criterion));

  // Why: the fewest of the other criteria that are already empty together with the region.
  const others = set.filter((criterion) => criterion !== "region");
  const lacking = [[], ...subsets(others)].find((kept) => count(relaxed(filter, others.filter((c) => !kept.includes(c)))) === 0) ?? others;
  const phrases = lacking.map((criterion) => lackingPhrase(filter, criterion, vocabulary));
  // A region the catalog does not know (it is older than the form?) cannot be named.
  const why = scope ? ` ${capitalized(scope.where)} gibt es bisher kein Netzwerk${phrases.length ? ` ${phrases.join(" und ")}` : ""}.` : "";

  // What helps: the smallest sets of changes that give networks; a Kreis widens to its
  // Regierungsbezirk before all of NRW.
  const wider = [...(scope?.parent && Object.hasOwn(catalog.scopes, scope.parent) ? [scope.parent] : []), ""];
  let suggestions: Relaxation[] = [];
  for (const dropped of subsets(set)) {
    if (suggestions.length > 0 && dropped.length > suggestions[0]!.dropped.length) break;
    const regions = dropped.includes("region") ? wider : [undefined];
    for (const region of regions) {
      const n = count(relaxed(filter, dropped, region));
      if (n === 0) continue;
      suggestions.push({ dropped, count: n, ...(region === undefined ? {} : { region }) });
      break;
    }
  }
  suggestions = suggestions.sort((a, b) => b.count - a.count).slice(0, MAX_SUGGESTIONS);
  const clauses = suggestions.map((relaxation, i) => {
    const parts = relaxation.dropped.map((criterion) => changeClause(filter, relaxation, criterion, catalog, vocabulary));
    const text = parts.map(([verb, rest], j) => `${verb} Sie${i === 0 && j === 0 ? " z. B." : ""} ${rest}`).join(" und ");
    return `${text} (${countWords(relaxation.count)})`;
  });
  const suggestion = clauses.length > 1 ? `${clauses.slice(0, -1).join(", ")} oder ${clauses.at(-1)}` : clauses.join("");
  return `Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer.${why}${suggestion ? ` ${capitalized(suggestion)}.` : ""}`;
}
