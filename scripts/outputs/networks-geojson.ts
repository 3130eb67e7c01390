/**
 * `/daten/netzwerke.geojson`: one RFC 7946 Point feature per network with the properties the map
 * filters and shows. Stable order (by slug) and fixed key order make the file byte-identical for
 * the same input.
 */
import type { Dataset, Network } from "../dataset/types.ts";

/** The properties of a network feature; the browser map imports this type. */
export interface NetworkFeatureProperties {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  readonly challenges: readonly string[];
  readonly gemeinde: string;
  readonly kreis: string;
  readonly kreisSlug: string;
  readonly regierungsbezirk: string;
  readonly regierungsbezirkSlug: string;
  /** Every Kreis the network counts for: its seat's first, then those its Wirkungsgebiet reaches. */
  readonly kreisSlugs: readonly string[];
  /** Every Regierungsbezirk the network counts for, its seat's first. */
  readonly regierungsbezirkSlugs: readonly string[];
  readonly sectors: readonly string[];
  readonly hasKmu: boolean;
  readonly status: string;
  readonly founded: number;
  /** End year of a finished network; only present when the entry gives one. */
  readonly ended?: number;
  readonly example: boolean;
  readonly partners: readonly string[];
  readonly hasFootprint: boolean;
}

/**
 * What each property means, in German, for /daten/. A `Record` over the property names, so a new
 * property does not typecheck until it is documented here.
 */
export const NETWORK_FEATURE_PROPERTY_DOCS: Readonly<Record<keyof NetworkFeatureProperties, string>> = Object.freeze({
  slug: "Kurzname des Eintrags (Dateiname ohne .md); eindeutig. Auch die `id` des Features.",
  title: "Name des Netzwerks.",
  summary: "Kurzbeschreibung in ein bis zwei Sätzen.",
  url: "Pfad der Netzwerkseite auf dieser Website, z. B. `/netzwerke/lesestark-wattenscheid/`; mit der Adresse der Website davor wird daraus ein vollständiger Link.",
  challenges: "Kurznamen der Themen; das erste ist das Hauptthema (Farbe des Punkts).",
  gemeinde: "Gemeinde, in der das Netzwerk seinen Sitz hat.",
  kreis: "Kreis oder kreisfreie Stadt dieser Gemeinde.",
  kreisSlug: "Kurzname des Kreises, wie in `/regionen/<kurzname>/` und im Kartenparameter `kreis`.",
  regierungsbezirk: "Regierungsbezirk dieser Gemeinde.",
  regierungsbezirkSlug: "Kurzname des Regierungsbezirks, wie in `/regionen/<kurzname>/`.",
  kreisSlugs: "Kurznamen aller Kreise und kreisfreien Städte, für die das Netzwerk zählt: der seines Sitzes zuerst, dann die, in die sein Wirkungsgebiet (`area`) reicht – wie auf den Regionsseiten. Danach filtert der Kartenparameter `kreis`.",
  regierungsbezirkSlugs: "Kurznamen aller Regierungsbezirke, für die das Netzwerk zählt, der seines Sitzes zuerst. Danach filtert der Kartenparameter `bezirk`.",
  sectors: "Kurznamen der Sektoren, aus denen Partner kommen.",
  hasKmu: "`true`, wenn mindestens ein Partner ein kleines oder mittleres Unternehmen ist.",
  status: "`in-gruendung`, `aktiv` oder `abgeschlossen`.",
  founded: "Gründungsjahr.",
  ended: "Endjahr; nur bei abgeschlossenen Netzwerken, die eines angeben.",
  example: "`true` bei erfundenen Beispieleinträgen.",
  partners: "Namen der Partner.",
  hasFootprint: "`true`, wenn `wirkungsgebiete.geojson` für dieses Netzwerk ein Wirkungsgebiet enthält.",
});

export interface NetworkFeature {
  readonly type: "Feature";
  readonly id: string;
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  readonly properties: NetworkFeatureProperties;
}

export interface NetworkFeatureCollection {
  readonly type: "FeatureCollection";
  readonly attribution: string;
  readonly features: readonly NetworkFeature[];
}

/** Attribution of the geometry the points are derived from (BKG VG250), required by dl-de/by-2-0. */
export const GEO_ATTRIBUTION = "Geometrie: © GeoBasis-DE / BKG (2017), dl-de/by-2-0";

/** The URL path of a network page. */
export function networkUrl(slug: string): string {
  return `/netzwerke/${slug}/`;
}

/** One Point feature for a network. */
export function networkFeature(network: Network): NetworkFeature {
  return {
    type: "Feature",
    id: network.slug,
    geometry: { type: "Point", coordinates: [network.point[0], network.point[1]] },
    properties: {
      slug: network.slug,
      title: network.title,
      summary: network.summary,
      url: networkUrl(network.slug),
      challenges: network.challenges,
      gemeinde: network.gemeinde.name,
      kreis: network.kreis.name,
      kreisSlug: network.kreis.slug,
      regierungsbezirk: network.regierungsbezirk.name,
      regierungsbezirkSlug: network.regierungsbezirk.slug,
      kreisSlugs: network.reaches.kreise.map((k) => k.slug),
      regierungsbezirkSlugs: network.reaches.regierungsbezirke.map((b) => b.slug),
      sectors: network.sectors,
      hasKmu: network.hasKmu,
      status: network.status,
      founded: network.founded,
      // Left out rather than null when unknown, so features of running networks stay as they were.
      ...(network.ended !== undefined && { ended: network.ended }),
      example: network.example,
      partners: network.partners.map((p) => p.name),
      hasFootprint: network.footprint !== null,
    },
  };
}

/** All networks as a FeatureCollection, in the dataset's (slug) order. */
export function networksGeoJson(dataset: Dataset): NetworkFeatureCollection {
  return {
    type: "FeatureCollection",
    attribution: GEO_ATTRIBUTION,
    features: dataset.networks.map(networkFeature),
  };
}

/** The file's text: compact JSON, one feature per line, so diffs between builds stay readable. */
export function serializeNetworksGeoJson(collection: NetworkFeatureCollection): string {
  const features = collection.features.map((f) => JSON.stringify(f)).join(",\n");
  return `{"type":"FeatureCollection","attribution":${JSON.stringify(collection.attribution)},"features":[\n${features}\n]}\n`;
}
