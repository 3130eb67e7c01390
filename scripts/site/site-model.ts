/**
 * Views over the dataset that several pages share – networks per challenge and region, the
 * nearest networks, related networks, partners grouped by sector – computed once per build so
 * templates only look things up. Everything is sorted explicitly so output never depends on
 * object or file order.
 */
import turfDistance from "@turf/distance";
import { loadGazetteer } from "../geo/gazetteer.ts";
import type { Challenge, Dataset, LonLat, Network, Partner, Sector } from "../dataset/types.ts";
import { practiceView, type PracticeView } from "./practice-view.ts";

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
  /**
   * Newest on the map first: by `added` descending; entries without it after all dated ones, by
   * `founded` descending; then title.
   */
  readonly networksNewestFirst: readonly Network[];
  readonly challenges: readonly ChallengeView[];
  /** Only regions that have networks (each gets a page), Regierungsbezirke first. */
  readonly regions: readonly RegionView[];
  readonly regionOverview: readonly RegionOverview[];
  readonly nearby: Readonly<Record<string, readonly NearbyNetwork[]>>;
  readonly related: Readonly<Record<string, readonly Network[]>>;
  readonly partnerGroups: Readonly<Record<string, readonly PartnerGroup[]>>;
  /** The self-assessments side by side, for /lernen/. */
  readonly practice: PracticeView;
  /** `examples`: networks marked `example: true`, so pages can say when the figures are made up. */
  readonly stats: { readonly networks: number; readonly partners: number; readonly kmu: number; readonly kreise: number; readonly examples: number };
}

const collator = new Intl.Collator("de", { sensitivity: "base", numeric: true });

/** Sorts networks by title in German order (ties by slug so the order is total). */
export function byTitle(a: Network, b: Network): number {
  return collator.compare(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

// Turf's mean Earth radius, so the approximation below measures the same kilometres.
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;
/**
 * How far the planar approximation in {@link nearbyNetworks} may be off, relative to turf.
 * Turf computes d = 2R·asin(√h) with h = sin²(Δφ/2) + cosφ₁·cosφ₂·sin²(Δλ/2); the approximation
 * is the same formula with sin x and asin x replaced by x. As x − x³/6 ≤ sin x ≤ x ≤ asin x ≤
 * x/√(1−x²), the relative error stays below (Δ/2)²/6 + h, where Δ is the larger angle. Inside the
 * 50 km search box Δ < 0.013 rad at NRW latitudes (and < 0.05 rad up to 80°), so the error is
 * below 0.01 %: 1 % leaves ample room for that and for rounding. The margin only decides which
 * pairs turf measures; the distances and the order always come from turf.
 */
const MARGIN = 0.01;

/**
 * What the indexes below share: slug and title rank by position in the network list. The
 * searches read plain arrays like these rather than the networks: V8 keeps network objects in its
 * slow dictionary mode, so reading their properties in bulk is expensive.
 */
interface ByPosition {
  readonly slug: readonly string[];
  readonly rank: Int32Array;
  /** At least as many as the networks that share any one slug (1 in a valid dataset). */
  readonly slugRepeats: number;
}

function byPosition(all: readonly Network[], titleRank: ReadonlyMap<Network, number>): ByPosition {
  const slug = all.map((n) => n.slug);
  return { slug, rank: Int32Array.from(all, (n) => titleRank.get(n)!), slugRepeats: slug.length - new Set(slug).size + 1 };
}

/** What {@link nearbyNetworks} searches; build it once per dataset with {@link indexForNearby}. */
export interface NearbyIndex extends ByPosition {
  /** Positions sorted by latitude, so a search only visits the band that can hold the nearest. */
  readonly byLatitude: Int32Array;
  /** Latitude, longitude and cos(latitude) in `byLatitude` order. */
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly cosLat: Float64Array;
  /** Memo of {@link nearestTo} by point, filled as networks ask. */
  readonly nearest: Map<string, readonly Measured[]>;
}

/**
 * Builds the index {@link nearbyNetworks} searches.
 *
 * @param all every network of the dataset
 * @param titleRank each network's position in title order
 */
export function indexForNearby(all: readonly Network[], titleRank: ReadonlyMap<Network, number> = rankByTitle(all)): NearbyIndex {
  const points = all.map((n) => n.point);
  const byLatitude = Int32Array.from(points.keys()).sort((a, b) => points[a]![1] - points[b]![1]);
  const lat = Float64Array.from(byLatitude, (position) => points[position]![1]);
  return {
    ...byPosition(all, titleRank),
    byLatitude,
    lat,
    lon: Float64Array.from(byLatitude, (position) => points[position]![0]),
    cosLat: lat.map((degrees) => Math.cos(degrees * RAD)),
    nearest: new Map(),
  };
}

/** What {@link relatedNetworks} counts with; build it once per dataset with {@link indexForRelated}. */
export interface RelatedIndex extends ByPosition {
  /** The main (first) challenge by position. */
  readonly main: readonly (string | undefined)[];
  /** Positions of the networks of each challenge. */
  readonly byChallenge: ReadonlyMap<string, Int32Array>;
  /** Shared-challenge counters by position: scratch space, zero between searches. */
  readonly shared: Int32Array;
  /** Memo of {@link rankRelated} by challenges, filled as networks ask. */
  readonly related: Map<string, readonly number[]>;
}

/**
 * Builds the index {@link relatedNetworks} counts with.
 *
 * @param all every network of the dataset
 * @param titleRank each network's position in title order
 */
export function indexForRelated(all: readonly Network[], titleRank: ReadonlyMap<Network, number> = rankByTitle(all)): RelatedIndex {
  const byChallenge = new Map<string, number[]>();
  const main = all.map((n, position) => {
    const challenges = n.challenges;
    for (const challenge of new Set(challenges)) append(byChallenge, challenge, position);
    return challenges[0];
  });
  return {
    ...byPosition(all, titleRank),
    main,
    byChallenge: new Map([...byChallenge].map(([challenge, positions]) => [challenge, Int32Array.from(positions)])),
    shared: new Int32Array(all.length),
    related: new Map(),
  };
}

/**
 * Networks nearest to `network` within {@link NEARBY_RADIUS_KM}, nearest first; equal distances
 * by title.
 *
 * @param network the network whose neighbours are wanted
 * @param all every network of the dataset
 * @param titleRank each network's position in title order (see {@link byTitle})
 * @param index {@link indexForNearby} of `all`; pass it when asking for many networks
 * @returns up to {@link NEARBY_LIMIT} neighbours with their distance
 */
export function nearbyNetworks(
  network: Network,
  all: readonly Network[],
  titleRank: ReadonlyMap<Network, number> = rankByTitle(all),
  index: NearbyIndex = indexForNearby(all, titleRank),
): NearbyNetwork[] {
  // Networks without coordinates share their Gemeinde's point, so search once per point, keeping
  // room to drop the asking network (and any namesakes) afterwards. join() keeps every digit.
  const point = network.point;
  const nearest = memoized(index.nearest, point.join(), () => nearestTo(point, index, NEARBY_LIMIT + index.slugRepeats));
  const slug = network.slug;
  return nearest
    .filter(({ position }) => index.slug[position] !== slug)
    .slice(0, NEARBY_LIMIT)
    .map(({ position, exact }) => ({ network: all[position]!, km: Math.max(1, Math.round(exact)) }));
}

/** A network (by position) with its distance as turf measures it. */
interface Measured {
  readonly position: number;
  readonly exact: number;
  readonly rank: number;
}

/** The `limit` networks nearest to `point` within the radius, by turf distance and title. */
function nearestTo([lon, lat]: LonLat, index: NearbyIndex, limit: number): Measured[] {
  const cosLat = Math.cos(lat * RAD);
  // One degree of latitude is 111 km. The box is slightly larger than the radius and no longer
  // needed for speed, but it is part of which networks count, so it stays exactly as it was.
  const latSpan = NEARBY_RADIUS_KM / 111;
  const lonSpan = NEARBY_RADIUS_KM / (111 * Math.cos((lat * Math.PI) / 180));
  // Candidates are networks whose approximate distance is within `reach`: the radius (plus
  // margin) and, once `limit` are known, not clearly farther than the farthest of those.
  let reach = NEARBY_RADIUS_KM * (1 + MARGIN);
  const closest: number[] = [];
  const candidates: { sorted: number; approx: number; rank: number }[] = [];
  // Visit networks in order of latitude gap, which never exceeds the approximate distance, so the
  // walk can stop as soon as the gap alone is out of reach.
  let below = firstAtOrAbove(index.lat, lat) - 1;
  let above = below + 1;
  for (;;) {
    const gapBelow = below >= 0 ? lat - index.lat[below]! : Infinity;
    const gapAbove = above < index.lat.length ? index.lat[above]! - lat : Infinity;
    if (Math.min(gapBelow, gapAbove) * RAD * EARTH_RADIUS_KM * (1 - MARGIN) > reach) break;
    const sorted = gapBelow <= gapAbove ? below-- : above++;
    const otherLat = index.lat[sorted]!;
    const otherLon = index.lon[sorted]!;
    if (Math.abs(otherLat - lat) > latSpan || Math.abs(otherLon - lon) > lonSpan) continue;
    const dLat = (otherLat - lat) * RAD;
    const dLon = (otherLon - lon) * RAD;
    const approx = EARTH_RADIUS_KM * Math.sqrt(dLat * dLat + cosLat * index.cosLat[sorted]! * dLon * dLon);
    if (approx > reach) continue;
    candidates.push({ sorted, approx, rank: index.rank[index.byLatitude[sorted]!]! });
    keepBest(closest, approx, limit, ascending);
    // The `limit` closest lie within closest[limit - 1] / (1 - MARGIN) by turf, so anything whose
    // approximation exceeds that by the margin again is farther than all of them.
    if (closest.length === limit) reach = Math.min(reach, (closest[limit - 1]! * (1 + MARGIN)) / (1 - MARGIN));
  }

  // Turf measures candidates nearest first and skips those that would rank behind the last kept
  // even at the least distance they can have (approx / (1 + MARGIN)). Once the list is full that
  // is nearly all of them, including most exact ties of networks sharing a point.
  candidates.sort(byApproxThenRank);
  const nearest: Measured[] = [];
  for (const { sorted, approx, rank } of candidates) {
    if (nearest.length === limit && byExactThenRank({ exact: approx / (1 + MARGIN), rank }, nearest[limit - 1]!) >= 0) continue;
    const exact = turfDistance([lon, lat], [index.lon[sorted]!, index.lat[sorted]!], { units: "kilometers" });
    if (exact <= NEARBY_RADIUS_KM) keepBest(nearest, { position: index.byLatitude[sorted]!, exact, rank }, limit, byExactThenRank);
  }
  return nearest;
}

/**
 * Other networks that share challenges with `network`: most shared challenges first, then those
 * sharing its main (first) challenge, then by title.
 *
 * @param network the network whose relatives are wanted
 * @param all every network of the dataset
 * @param titleRank each network's position in title order (see {@link byTitle})
 * @param index {@link indexForRelated} of `all`; pass it when asking for many networks
 * @returns up to {@link RELATED_LIMIT} networks
 */
export function relatedNetworks(
  network: Network,
  all: readonly Network[],
  titleRank: ReadonlyMap<Network, number> = rankByTitle(all),
  index: RelatedIndex = indexForRelated(all, titleRank),
): Network[] {
  // The ranking depends only on the set of challenges and the main one, which many networks
  // share, so it is made once per such group, with room to drop the asking network (and any
  // namesakes) afterwards.
  const challenges = [...new Set(network.challenges)];
  const key = [challenges[0], ...challenges.slice(1).sort()].join(" ");
  const ranked = memoized(index.related, key, () => rankRelated(challenges, index, RELATED_LIMIT + index.slugRepeats));
  const slug = network.slug;
  return ranked
    .filter((position) => index.slug[position] !== slug)
    .slice(0, RELATED_LIMIT)
    .map((position) => all[position]!);
}

/** A network (by position) with what makes it related. */
interface Relative {
  readonly position: number;
  readonly shared: number;
  readonly sameMain: number;
  readonly rank: number;
}

/** Positions of the `limit` networks that share most of `challenges`, then the main one, then by title. */
function rankRelated(challenges: readonly string[], index: RelatedIndex, limit: number): number[] {
  // Count through the per-challenge lists rather than comparing with every network, and by
  // position in a typed array rather than in a Map keyed by objects.
  const { shared } = index;
  const touched: number[] = [];
  for (const challenge of challenges) {
    const positions = index.byChallenge.get(challenge) ?? new Int32Array(0);
    for (let i = 0; i < positions.length; i++) {
      const position = positions[i]!;
      if (shared[position] === 0) touched.push(position);
      shared[position] = shared[position]! + 1;
    }
  }
  const main = challenges[0];
  const best: Relative[] = [];
  for (const position of touched) {
    keepBest(best, { position, shared: shared[position]!, sameMain: index.main[position] === main ? 1 : 0, rank: index.rank[position]! }, limit, byRelatedness);
    shared[position] = 0;
  }
  return best.map(({ position }) => position);
}

// Comparators live at module level so the many searches don't create closures.
function ascending(a: number, b: number): number {
  return a - b;
}

function byApproxThenRank(a: { approx: number; rank: number }, b: { approx: number; rank: number }): number {
  return a.approx - b.approx || a.rank - b.rank;
}

function byExactThenRank(a: { exact: number; rank: number }, b: { exact: number; rank: number }): number {
  return a.exact - b.exact || a.rank - b.rank;
}

function byRelatedness(a: Relative, b: Relative): number {
  return b.shared - a.shared || b.sameMain - a.sameMain || a.rank - b.rank;
}

/** The first position in ascending `values` that is not below `value`. */
function firstAtOrAbove(values: Float64Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Inserts `item` into `best` (sorted by `compare`, at most `limit` long) if it belongs there:
 * choosing a few from many without sorting them all.
 */
function keepBest<T>(best: T[], item: T, limit: number, compare: (a: T, b: T) => number): void {
  if (best.length === limit && compare(item, best[limit - 1]!) >= 0) return;
  let index = best.length;
  while (index > 0 && compare(item, best[index - 1]!) < 0) index--;
  best.splice(index, 0, item);
  if (best.length > limit) best.pop();
}

/** Each network's position in German title order. */
function rankByTitle(networks: readonly Network[], sorted: readonly Network[] = [...networks].sort(byTitle)): Map<Network, number> {
  return new Map(sorted.map((n, index) => [n, index]));
}

/** The partners of a network grouped by sector, in vocabulary order. */
export function partnerGroups(network: Network, sectors: readonly Sector[]): PartnerGroup[] {
  const partners = network.partners;
  return sectors
    .map((sector) => ({ sector, partners: partners.filter((p) => p.sector === sector.slug) }))
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
  const titleRank = rankByTitle(networks, titleOrder);
  // One pass over the networks rather than one per challenge: reading network properties is the
  // slow part (see ByPosition).
  const byChallenge = new Map<string, Network[]>();
  for (const n of titleOrder) for (const challenge of new Set(n.challenges)) append(byChallenge, challenge, n);
  const challengeViews = dataset.challenges.map((challenge) => ({ challenge, networks: byChallenge.get(challenge.slug) ?? [] }));

  const byKreis = new Map<string, Network[]>();
  const byBezirk = new Map<string, Network[]>();
  const activeInKreis = new Map<string, Network[]>();
  const activeInBezirk = new Map<string, Network[]>();
  // Walking in title order leaves every list sorted by title.
  for (const n of titleOrder) {
    const kreis = n.kreis.ags;
    const bezirk = n.regierungsbezirk.ags;
    append(byKreis, kreis, n);
    append(byBezirk, bezirk, n);
    for (const place of n.reaches.kreise) if (place.ags !== kreis) append(activeInKreis, place.ags, n);
    for (const place of n.reaches.regierungsbezirke) if (place.ags !== bezirk) append(activeInBezirk, place.ags, n);
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
  const nearbyIndex = indexForNearby(networks, titleRank);
  const relatedIndex = indexForRelated(networks, titleRank);
  for (const n of networks) {
    const slug = n.slug;
    nearby[slug] = nearbyNetworks(n, networks, titleRank, nearbyIndex);
    related[slug] = relatedNetworks(n, networks, titleRank, relatedIndex);
    groups[slug] = partnerGroups(n, dataset.sectors);
  }
  // Sorting positions by prepared arrays reads each date once; the stable sort keeps title order
  // within a day. ISO dates compare as text, and "" (no date) sorts after every date.
  const added = titleOrder.map((n) => n.added ?? "");
  const founded = titleOrder.map((n) => n.founded);
  const newestFirst = titleOrder
    .map((_, position) => position)
    .sort((a, b) => (added[a] === added[b] ? founded[b]! - founded[a]! : added[a]! < added[b]! ? 1 : -1));

  return Object.freeze({
    networksNewestFirst: newestFirst.map((position) => titleOrder[position]!),
    challenges: challengeViews,
    regions,
    regionOverview,
    nearby,
    related,
    partnerGroups: groups,
    practice: practiceView(titleOrder),
    stats: {
      networks: networks.length,
      partners: networks.reduce((sum, n) => sum + n.partners.length, 0),
      kmu: networks.reduce((sum, n) => sum + n.partners.filter((p) => p.size === "kmu").length, 0),
      kreise: byKreis.size,
      examples: networks.filter((n) => n.example).length,
    },
  });
}

/** The value cached under `key`, computed on the first request. */
function memoized<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
