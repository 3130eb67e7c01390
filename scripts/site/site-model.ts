/**
 * Views over the dataset that several pages share – networks per challenge and region, the
 * nearest networks, related networks, partners grouped by sector – computed once per build so
 * templates only look things up. Everything is sorted explicitly so output never depends on
 * object or file order.
 */
import turfDistance from "@turf/distance";
import { loadGazetteer } from "../geo/gazetteer.ts";
import type { Challenge, Dataset, Network, Partner, Sector } from "../dataset/types.ts";

/** Networks farther away than this are not "in der Nähe". */
export const NEARBY_RADIUS_KM = 50;
/** How many nearby and related networks a network page lists. */
export const NEARBY_LIMIT = 5;
export const RELATED_LIMIT = 5;

export interface NearbyNetwork {
  readonly network: Network;
  /** Great-circle distance in kilometres, rounded to whole kilometres (at least 1). */
  readonly km: number;
}

export interface ChallengeView {
  readonly challenge: Challenge;
  readonly networks: readonly Network[];
}

export interface PartnerGroup {
  readonly sector: Sector;
  readonly partners: readonly Readonly<Partner>[];
}

/** A page under /regionen/: a Kreis, a kreisfreie Stadt or a Regierungsbezirk. */
export interface RegionView {
  readonly kind: "kreis" | "regierungsbezirk";
  readonly slug: string;
  readonly name: string;
  /** "Kreis", "Kreisfreie Stadt" or "Regierungsbezirk". */
  readonly typeLabel: string;
  /** Networks based here (their Gemeinde lies in the region). */
  readonly networks: readonly Network[];
  /** Networks based elsewhere whose `area` reaches into the region. */
  readonly alsoActive: readonly Network[];
  /** For a Kreis: its Regierungsbezirk. */
  readonly parent: { readonly slug: string; readonly name: string } | undefined;
  /** For a Regierungsbezirk: its Kreise with network counts. */
  readonly kreise: readonly RegionCount[];
}

export interface RegionCount {
  readonly slug: string;
  readonly name: string;
  readonly typeLabel: string;
  readonly count: number;
}

/** The overview /regionen/: every Regierungsbezirk with every Kreis, including those without networks. */
export interface RegionOverview extends RegionCount {
  readonly kreise: readonly RegionCount[];
}

export interface SiteModel {
  /** Newest first: by `founded` descending, then title. */
  readonly networksNewestFirst: readonly Network[];
  readonly challenges: readonly ChallengeView[];
  /** Only regions that have networks (each gets a page), Regierungsbezirke first. */
  readonly regions: readonly RegionView[];
  readonly regionOverview: readonly RegionOverview[];
  readonly nearby: Readonly<Record<string, readonly NearbyNetwork[]>>;
  readonly related: Readonly<Record<string, readonly Network[]>>;
  readonly partnerGroups: Readonly<Record<string, readonly PartnerGroup[]>>;
  readonly stats: { readonly networks: number; readonly partners: number; readonly kmu: number; readonly kreise: number };
}

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

/** Sorts networks by title in German order (ties by slug so the order is total). */
export function byTitle(a: Network, b: Network): number {
  return collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * Networks nearest to `network` within {@link NEARBY_RADIUS_KM}, nearest first.
 *
 * @param network the network whose neighbours are wanted
 * @param all every network of the dataset
 * @returns up to {@link NEARBY_LIMIT} neighbours with their distance
 */
export function nearbyNetworks(
  network: Network,
  all: readonly Network[],
  titleRank: ReadonlyMap<Network, number> = rankByTitle(all),
): NearbyNetwork[] {
  const [lon, lat] = network.point;
  // One degree of latitude is 111 km; a cheap box test spares turf most of the pairs.
  const latSpan = NEARBY_RADIUS_KM / 111;
  const lonSpan = NEARBY_RADIUS_KM / (111 * Math.cos((lat * Math.PI) / 180));
  const nearest: { network: Network; exact: number; rank: number }[] = [];
  for (const other of all) {
    if (other.slug === network.slug) continue;
    if (Math.abs(other.point[1] - lat) > latSpan || Math.abs(other.point[0] - lon) > lonSpan) continue;
    const exact = turfDistance([lon, lat], [other.point[0], other.point[1]], { units: "kilometers" });
    if (exact <= NEARBY_RADIUS_KM) keepBest(nearest, { network: other, exact, rank: titleRank.get(other)! }, NEARBY_LIMIT, (a, b) => a.exact - b.exact || a.rank - b.rank);
  }
  return nearest.map(({ network: n, exact }) => ({ network: n, km: Math.max(1, Math.round(exact)) }));
}

/**
 * Inserts `item` into `best` (sorted by `compare`, at most `limit` long) if it belongs there:
 * choosing a few from many without sorting them all, as every network page does.
 */
function keepBest<T>(best: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  if (best.length === limit && compare(item, best[limit - 1]!) >= 0) return;
  let index = best.length;
  while (index > 0 && compare(item, best[index - 1]!) < 0) index--;
  best.splice(index, 0, item);
  if (best.length > limit) best.pop();
}

/**
 * Other networks that share challenges with `network`: most shared challenges first, then those
 * sharing its main (first) challenge, then by title.
 */
export function relatedNetworks(
  network: Network,
  all: readonly Network[],
  titleRank: ReadonlyMap<Network, number> = rankByTitle(all),
  byChallenge: ReadonlyMap<string, readonly Network[]> = indexByChallenge(all),
): Network[] {
  // Count shared challenges through the per-challenge lists instead of comparing with every
  // network: the page build does this for each network, so a full scan would be quadratic.
  const shared = new Map<Network, number>();
  for (const challenge of new Set(network.challenges)) {
    for (const other of byChallenge.get(challenge) ?? []) {
      if (other.slug !== network.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const main = network.challenges[0];
  const best: { other: Network; shared: number; sameMain: number; rank: number }[] = [];
  for (const [other, count] of shared) {
    const candidate = { other, shared: count, sameMain: other.challenges[0] === main ? 1 : 0, rank: titleRank.get(other)! };
    keepBest(best, candidate, RELATED_LIMIT, (a, b) => b.shared - a.shared || b.sameMain - a.sameMain || a.rank - b.rank);
  }
  return best.map(({ other }) => other);
}

/** The networks of each challenge. */
function indexByChallenge(networks: readonly Network[]): Map<string, Network[]> {
  const index = new Map<string, Network[]>();
  for (const n of networks) {
    for (const challenge of new Set(n.challenges)) {
      const list = index.get(challenge) ?? [];
      list.push(n);
      index.set(challenge, list);
    }
  }
  return index;
}

/** Each network's position in German title order. */
function rankByTitle(networks: readonly Network[], sorted: readonly Network[] = [...networks].sort(byTitle)): Map<Network, number> {
  return new Map(sorted.map((n, index) => [n, index]));
}

/** The partners of a network grouped by sector, in vocabulary order. */
export function partnerGroups(network: Network, sectors: readonly Sector[]): PartnerGroup[] {
  return sectors
    .map((sector) => ({ sector, partners: network.partners.filter((p) => p.sector === sector.slug) }))
    .filter((group) => group.partners.length > 0);
}

/**
 * Builds every shared view of the dataset.
 *
 * @param dataset the validated dataset
 * @returns a frozen {@link SiteModel}
 */
export function buildSiteModel(dataset: Dataset): SiteModel {
  const networks = dataset.networks;
  const gazetteer = loadGazetteer();

  const titleOrder = [...networks].sort(byTitle);
  const challengeViews = dataset.challenges.map((challenge) => ({
    challenge,
    networks: titleOrder.filter((n) => n.challenges.includes(challenge.slug)),
  }));

  const byKreis = new Map<string, Network[]>();
  const byBezirk = new Map<string, Network[]>();
  const activeInKreis = new Map<string, Network[]>();
  const activeInBezirk = new Map<string, Network[]>();
  // Walking in title order leaves every list sorted by title.
  for (const n of titleOrder) {
    append(byKreis, n.kreis.ags, n);
    append(byBezirk, n.regierungsbezirk.ags, n);
    // AGS are hierarchical: the first 5 digits name the Kreis, the first 3 the Regierungsbezirk.
    const kreise = new Set<string>();
    const bezirke = new Set<string>();
    for (const place of n.area) {
      if (place.kind !== "regierungsbezirk") kreise.add(place.ags.slice(0, 5));
      bezirke.add(place.ags.slice(0, 3));
    }
    kreise.delete(n.kreis.ags);
    bezirke.delete(n.regierungsbezirk.ags);
    for (const ags of kreise) append(activeInKreis, ags, n);
    for (const ags of bezirke) append(activeInBezirk, ags, n);
  }

  const kreisCount = (ags: string) => (byKreis.get(ags)?.length ?? 0) + (activeInKreis.get(ags)?.length ?? 0);
  const regionOverview: RegionOverview[] = gazetteer.regierungsbezirke.map((bezirk) => ({
    slug: bezirk.slug,
    name: bezirk.displayName,
    typeLabel: "Regierungsbezirk",
    count: (byBezirk.get(bezirk.ags)?.length ?? 0) + (activeInBezirk.get(bezirk.ags)?.length ?? 0),
    kreise: gazetteer.kreise
      .filter((k) => k.regierungsbezirkAgs === bezirk.ags)
      .map((k) => ({ slug: k.slug, name: k.displayName, typeLabel: k.type, count: kreisCount(k.ags) }))
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));

  const regions: RegionView[] = [];
  for (const bezirk of regionOverview) {
    const source = gazetteer.regierungsbezirke.find((b) => b.slug === bezirk.slug)!;
    if (bezirk.count === 0) continue;
    regions.push({
      kind: "regierungsbezirk",
      slug: bezirk.slug,
      name: bezirk.name,
      typeLabel: "Regierungsbezirk",
      networks: [...(byBezirk.get(source.ags) ?? [])],
      alsoActive: [...(activeInBezirk.get(source.ags) ?? [])],
      parent: undefined,
      kreise: bezirk.kreise,
    });
  }
  for (const kreis of gazetteer.kreise) {
    if (kreisCount(kreis.ags) === 0) continue;
    const bezirk = gazetteer.regierungsbezirke.find((b) => b.ags === kreis.regierungsbezirkAgs);
    regions.push({
      kind: "kreis",
      slug: kreis.slug,
      name: kreis.displayName,
      typeLabel: kreis.type,
      networks: [...(byKreis.get(kreis.ags) ?? [])],
      alsoActive: [...(activeInKreis.get(kreis.ags) ?? [])],
      parent: bezirk ? { slug: bezirk.slug, name: bezirk.displayName } : undefined,
      kreise: [],
    });
  }

  const nearby: Record<string, readonly NearbyNetwork[]> = {};
  const related: Record<string, readonly Network[]> = {};
  const groups: Record<string, readonly PartnerGroup[]> = {};
  const titleRank = rankByTitle(networks, titleOrder);
  const byChallenge = indexByChallenge(networks);
  for (const n of networks) {
    nearby[n.slug] = nearbyNetworks(n, networks, titleRank);
    related[n.slug] = relatedNetworks(n, networks, titleRank, byChallenge);
    groups[n.slug] = partnerGroups(n, dataset.sectors);
  }

  return Object.freeze({
    networksNewestFirst: [...titleOrder].sort((a, b) => b.founded - a.founded || titleRank.get(a)! - titleRank.get(b)!),
    challenges: challengeViews,
    regions,
    regionOverview,
    nearby,
    related,
    partnerGroups: groups,
    stats: {
      networks: networks.length,
      partners: networks.reduce((sum, n) => sum + n.partners.length, 0),
      kmu: networks.reduce((sum, n) => sum + n.partners.filter((p) => p.size === "kmu").length, 0),
      kreise: byKreis.size,
    },
  });
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
