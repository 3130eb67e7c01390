/**
 * What the builder /einbetten/ knows about the dataset, shared between build time and the
 * browser, DOM-free: the {@link BuilderCatalog} – network counts and feeds per choice, written into
 * the page by scripts/site/embed-builder-data.ts – and what the builder reads from it: the warning
 * about an empty map and the feed that fits a choice.
 */
import type { FilterState } from "../map/filter-state.ts";
import type { EmbedVocabulary } from "./embed-params.ts";

/** A feed of new networks: its site path and what it holds ("Neue Netzwerke im Kreis Lippe"). */
export interface BuilderFeed {
  readonly href: string;
  readonly title: string;
}

/**
 * The networks counted for one value of the region field, counted as the pages /regionen/ and
 * /themen/ count them: based there, or with a Wirkungsgebiet that reaches there.
 */
export interface BuilderScope {
  /** Name as the form shows it: "Kreis Mettmann", "Regierungsbezirk Detmold", "ganz Nordrhein-Westfalen". */
  readonly label: string;
  /** The name with its preposition: "im Kreis Mettmann", "in Köln", "in ganz Nordrhein-Westfalen". */
  readonly where: string;
  /** Every network counted here (the number on /regionen/). */
  readonly count: number;
  /** Per theme slug: the networks counted here that work on it; themes without any are left out. */
  readonly themes: Readonly<Record<string, number>>;
  /** Per status slug: the networks counted here with that status; statuses without any are left out. */
  readonly statuses: Readonly<Record<string, number>>;
  /** The networks counted here with a partner from a small or medium-sized enterprise. */
  readonly kmu: number;
  /** The feed of its networks; null where there is none (a region without networks has no page). */
  readonly feed: BuilderFeed | null;
  /** For a Kreis: the value of its Regierungsbezirk in the region field ("bezirk:<slug>"). */
  readonly parent?: string;
}

/** What the builder knows about the dataset, written into the page at build time (embed-builder-data.ts). */
export interface BuilderCatalog {
  /** By value of the region field: "" for all of NRW, "bezirk:<slug>", "kreis:<slug>". */
  readonly scopes: Readonly<Record<string, BuilderScope>>;
  /** The feed of each theme, by slug. */
  readonly themeFeeds: Readonly<Record<string, BuilderFeed>>;
}

/** The value of the region field for `filter`: "", "bezirk:<slug>" or "kreis:<slug>" (a Kreis wins). */
export function regionChoice(filter: Pick<FilterState, "regierungsbezirk" | "kreis">): string {
  if (filter.kreis) return `kreis:${filter.kreis}`;
  if (filter.regierungsbezirk) return `bezirk:${filter.regierungsbezirk}`;
  return "";
}

/** The entry of `record` under `key`, never one inherited from Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The networks counted for the region of `filter`, or undefined when the catalog does not know it. */
export function scopeOf(filter: Pick<FilterState, "regierungsbezirk" | "kreis">, catalog: BuilderCatalog): BuilderScope | undefined {
  return own(catalog.scopes, regionChoice(filter));
}

/** The count of `slug` in one of a scope's counts (`themes`, `statuses`); 0 when it has none. */
export function countOf(counts: Readonly<Record<string, number>>, slug: string): number {
  return own(counts, slug) ?? 0;
}

function networks(count: number): string {
  return `${count} ${count === 1 ? "Netzwerk" : "Netzwerke"}`;
}

function quotedLabels(terms: EmbedVocabulary["challenges"], slugs: readonly string[]): string {
  const labels = slugs.map((slug) => `„${terms.find((t) => t.slug === slug)?.label ?? slug}“`);
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} oder ${labels.at(-1)}` : labels.join("");
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The warning shown when the choice would give an empty map, or "" when the counts do not say so.
 * Each criterion is checked against the networks counted in the chosen region – the region
 * itself, then the themes, statuses and KMU there – with the numbers the form shows. Several
 * criteria that each have networks may still exclude each other; the preview then shows that.
 *
 * @param filter the choice, as the embed will read it
 * @param catalog network counts per region (embed-builder-data.ts)
 * @param vocabulary labels of themes and statuses
 * @example emptyChoiceWarning({ ...EMPTY_FILTER, kreis: "kreis-mettmann" }, catalog, config) // "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer. Im Kreis Mettmann gibt es bisher kein Netzwerk. Wählen Sie z. B. den Regierungsbezirk Düsseldorf (7 Netzwerke)."
 */
export function emptyChoiceWarning(filter: FilterState, catalog: BuilderCatalog, vocabulary: Pick<EmbedVocabulary, "challenges" | "statuses">): string {
  const key = regionChoice(filter);
  const scope = own(catalog.scopes, key);
  const nrw = own(catalog.scopes, "");
  // Unknown to the catalog (it is older than the form?): better no warning than a wrong one.
  if (!scope || !nrw) return "";
  // Zero exactly when none of the slugs has a network (a network with two of them counts twice).
  const sum = (counts: Readonly<Record<string, number>>, slugs: readonly string[]) => slugs.reduce((total, slug) => total + countOf(counts, slug), 0);
  const parent = scope.parent ? own(catalog.scopes, scope.parent) : undefined;
  let missing: string;
  let suggestion: string;
  if (scope.count === 0) {
    missing = "";
    if (parent && parent.count > 0) suggestion = `Wählen Sie z. B. den ${parent.label} (${networks(parent.count)}).`;
    else suggestion = nrw.count > 0 ? "Wählen Sie z. B. ganz Nordrhein-Westfalen." : "";
  } else if (filter.challenges.length > 0 && sum(scope.themes, filter.challenges) === 0) {
    missing = ` ${filter.challenges.length > 1 ? "zu den Themen" : "zum Thema"} ${quotedLabels(vocabulary.challenges, filter.challenges)}`;
    const wider = [parent, key ? nrw : undefined].find((s) => s && sum(s.themes, filter.challenges) > 0);
    suggestion = wider ? `Wählen Sie z. B. ${wider === nrw ? "ganz Nordrhein-Westfalen" : `den ${wider.label}`} oder ein weiteres Thema.` : "Wählen Sie z. B. ein anderes Thema.";
  } else if (filter.statuses.length > 0 && sum(scope.statuses, filter.statuses) === 0) {
    missing = ` mit dem Status ${quotedLabels(vocabulary.statuses, filter.statuses)}`;
    suggestion = "Wählen Sie z. B. einen weiteren Status oder keinen.";
  } else if (filter.kmu && scope.kmu === 0) {
    missing = " mit Partnern aus kleinen und mittleren Unternehmen";
    suggestion = "Zeigen Sie z. B. auch Netzwerke ohne KMU-Partner.";
  } else {
    return "";
  }
  return `Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer. ${capitalized(scope.where)} gibt es bisher kein Netzwerk${missing}.${suggestion ? ` ${suggestion}` : ""}`;
}

/**
 * The feed that fits the choice: the theme's for exactly one theme and no region, the region's for
 * exactly one region (with networks) and no theme, and the feed of all networks otherwise –
 * `own` says whether it is the choice's own. Other filters (KMU, status) do not change it.
 */
export function feedForChoice(filter: FilterState, catalog: BuilderCatalog): { readonly feed: BuilderFeed; readonly own: boolean } | undefined {
  const all = own(catalog.scopes, "")?.feed;
  if (!all) return undefined;
  const region = regionChoice(filter);
  if (region === "" && filter.challenges.length === 0) return { feed: all, own: true };
  if (region === "" && filter.challenges.length === 1) {
    const feed = own(catalog.themeFeeds, filter.challenges[0]!);
    if (feed) return { feed, own: true };
  }
  if (region !== "" && filter.challenges.length === 0) {
    const feed = own(catalog.scopes, region)?.feed;
    if (feed) return { feed, own: true };
  }
  return { feed: all, own: false };
}
