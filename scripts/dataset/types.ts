/**
 * The resolved, read-only dataset that every output (pages, GeoJSON, CSV, feeds, the map) reads.
 * Raw entries (`RawEntry`, derived from the JSON Schema) are resolved once into `Network`s; nothing
 * downstream sees raw YAML or calls back into loading or validation.
 */
import type {
  RawEntry,
  ChallengeSlug,
  SectorSlug,
  Partner,
  Contact,
  Impact,
  CollectiveImpact,
} from "./raw-entry.generated.ts";

export type { RawEntry, ChallengeSlug, SectorSlug, Partner, Contact, Impact, CollectiveImpact };
export type NetworkStatus = RawEntry["status"];

/** [longitude, latitude] in WGS84, as in GeoJSON (RFC 7946). */
export type LonLat = readonly [number, number];

/** An entry of a vocabulary (challenges, sectors, …) as declared in its schema file. */
export interface VocabularyTerm<Slug extends string = string> {
  readonly slug: Slug;
  readonly label: string;
  readonly description: string;
}

/** A challenge type with the colour used on the map and the pages. */
export interface Challenge extends VocabularyTerm<ChallengeSlug> {
  readonly color: string;
}

export type Sector = VocabularyTerm<SectorSlug>;

/** A Gemeinde, Kreis (or kreisfreie Stadt) or Regierungsbezirk as the network's page names it. */
export interface PlaceRef {
  readonly ags: string;
  readonly name: string;
  /** URL slug under /regionen/ (Kreise and Regierungsbezirke only; empty for a Gemeinde). */
  readonly slug: string;
}

export interface AreaRef extends PlaceRef {
  readonly kind: "gemeinde" | "kreis" | "regierungsbezirk";
}

export type FootprintGeometry =
  | { readonly type: "Polygon"; readonly coordinates: readonly (readonly LonLat[])[] }
  | { readonly type: "MultiPolygon"; readonly coordinates: readonly (readonly (readonly LonLat[])[])[] };

/** One network, validated and geo-enriched. */
export interface Network {
  /** File name without `.md`; the URL is /netzwerke/<slug>/. */
  readonly slug: string;
  /** Path of the source file relative to the project root, with forward slashes. */
  readonly sourcePath: string;
  readonly title: string;
  readonly summary: string;
  readonly challenges: readonly ChallengeSlug[];
  readonly status: NetworkStatus;
  readonly founded: number;
  readonly ended: number | undefined;
  readonly partners: readonly Readonly<Partner>[];
  readonly contact: Readonly<Contact> | undefined;
  readonly impact: Readonly<Impact> | undefined;
  readonly collectiveImpact: Readonly<CollectiveImpact> | undefined;
  /** ISO date (YYYY-MM-DD) the network was added to the map, if given; orders "newest" lists and the feed. */
  readonly added: string | undefined;
  /** ISO date (YYYY-MM-DD) the entry was last reviewed, if given. */
  readonly reviewed: string | undefined;
  readonly example: boolean;
  /** The Markdown description (untrusted; render without raw HTML). */
  readonly body: string;
  readonly gemeinde: PlaceRef;
  readonly kreis: PlaceRef & { readonly type: "Kreis" | "Kreisfreie Stadt" };
  readonly regierungsbezirk: PlaceRef;
  /** The network's location: its `coordinates`, or else the Gemeinde's representative point. */
  readonly point: LonLat;
  readonly pointSource: "coordinates" | "gemeinde";
  /** Further places from `area`, resolved. */
  readonly area: readonly AreaRef[];
  /**
   * The Kreise and Regierungsbezirke the network counts for: its seat's first, then those its
   * `area` reaches (see regions-reached.ts). Region pages, map filters and embeds all use it.
   */
  readonly reaches: { readonly kreise: readonly PlaceRef[]; readonly regierungsbezirke: readonly PlaceRef[] };
  /** Union of the Gemeinde and the `area` places, or null when the network has no `area`. */
  readonly footprint: FootprintGeometry | null;
  /** Distinct partner sectors in vocabulary order. */
  readonly sectors: readonly SectorSlug[];
  /** True when at least one partner is a company marked `size: kmu`. */
  readonly hasKmu: boolean;
}

/** Everything the outputs need, built once per build. */
export interface Dataset {
  /** Sorted by slug, so every output has a stable order. */
  readonly networks: readonly Network[];
  readonly challenges: readonly Challenge[];
  readonly sectors: readonly Sector[];
}
