/** The order of the network list: alphabetical by title, or nearest first for "In meiner Nähe". DOM-free. */
import { sortByDistance, type LonLat } from "./distance.ts";

/** What ordering needs to know about a network. */
export interface OrderableNetwork {
  readonly slug: string;
  readonly title: string;
  readonly point: LonLat;
}

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

/**
 * Slugs in list order: by title (German collation, slug breaks ties so the order is total), or
 * by distance from `origin` when given.
 */
export function orderNetworks(networks: readonly OrderableNetwork[], origin: LonLat | null): string[] {
  const byTitle = [...networks].sort((a, b) => collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const ordered = origin ? sortByDistance(byTitle, origin, (n) => n.point) : byTitle;
  return ordered.map((n) => n.slug);
}
