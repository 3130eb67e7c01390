/**
 * What the builder /einbetten/ knows about the regions and feeds, shared between build time and the
 * browser, DOM-free: the {@link BuilderCatalog} – names, Regierungsbezirke and feeds per value of
 * the region field, written into the page by scripts/site/embed-builder-data.ts – and what the
 * builder reads from it: the region of a choice and the feed that fits it. (Network counts are
 * not in it; choice-count.ts counts them exactly.)
 */
import type { FilterState } from "../map/filter-state.ts";

/** A feed of new networks: its site path and what it holds ("Neue Netzwerke im Kreis Lippe"). */
export interface BuilderFeed {
  readonly href: string;
  readonly title: string;
}

/**
 * One value of the region field as the builder names it. How many networks a choice has is not
 * stored here: the builder counts it with the map's filter over the embed's own data (choice-count.ts).
 */
export interface BuilderScope {
  /** Name as the form shows it: "Kreis Mettmann", "Regierungsbezirk Detmold", "ganz Nordrhein-Westfalen". */
  readonly label: string;
  /** The name with its preposition: "im Kreis Mettmann", "in Köln", "in ganz Nordrhein-Westfalen". */
  readonly where: string;
  /** The feed of its networks; null where there is none (a region without networks has no page). */
  readonly feed: BuilderFeed | null;
  /** For a Kreis: the value of its Regierungsbezirk in the region field ("bezirk:<slug>"), the first wider choice. */
  readonly parent?: string;
}

/** What the builder knows about the regions and feeds, written into the page at build time (embed-builder-data.ts). */
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

/** The region of `filter` as the catalog names it, or undefined when the catalog does not know it. */
export function scopeOf(filter: Pick<FilterState, "regierungsbezirk" | "kreis">, catalog: BuilderCatalog): BuilderScope | undefined {
  return own(catalog.scopes, regionChoice(filter));
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
