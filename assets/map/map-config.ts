/**
 * The map's build-time configuration, written into the page as JSON by scripts/site/map-plugin.ts
 * and read by the browser. Types only, so both the Node build and the DOM-only bundle can import it.
 */

/** A term of a small vocabulary (sector, status) with its German label. */
export interface MapTerm {
  readonly slug: string;
  readonly label: string;
}

/** A challenge type with its map colour. */
export interface MapChallenge extends MapTerm {
  readonly color: string;
}

/** A Kreis or kreisfreie Stadt as the Kreis filter lists it. */
export interface MapKreis extends MapTerm {
  readonly regierungsbezirkSlug: string;
}

/** The raster tile layer loaded only after the visitor agrees. */
export interface MapTileConfig {
  /** Leaflet URL template, e.g. `https://tile.openstreetmap.org/{z}/{x}/{y}.png`. */
  readonly url: string;
  /** Attribution HTML (trusted: it comes from site data, never from entries). */
  readonly attribution: string;
  readonly maxZoom: number;
}

/** Everything the map page needs besides the network data it fetches. */
export interface MapConfig {
  /** `/daten/netzwerke.geojson`: one Point feature per network (NetworkFeatureProperties). */
  readonly networksUrl: string;
  /** `/daten/wirkungsgebiete.geojson`: footprints, fetched when one is first shown. */
  readonly footprintsUrl: string;
  /** `/daten/kreise.geojson`: the 53 Kreis boundaries, the base layer that needs no tile server, each with its label point. */
  readonly boundariesUrl: string;
  /** `/daten/gemeinden-suche.json`: the compact gazetteer for "In meiner Nähe". */
  readonly gemeindenUrl: string;
  /** Attribution of the boundaries (BKG), always shown. */
  readonly boundaryAttribution: string;
  readonly tiles: MapTileConfig;
  readonly challenges: readonly MapChallenge[];
  readonly sectors: readonly MapTerm[];
  readonly statuses: readonly MapTerm[];
  readonly regierungsbezirke: readonly MapTerm[];
  readonly kreise: readonly MapKreis[];
}

/** One Gemeinde in `/daten/gemeinden-suche.json`: `[name, ags, lon, lat, kreis display name]`. */
export type GemeindeSearchRow = readonly [name: string, ags: string, lon: number, lat: number, kreis: string];

/** Content of `/daten/gemeinden-suche.json`. */
export interface GemeindeSearchFile {
  readonly attribution: string;
  readonly gemeinden: readonly GemeindeSearchRow[];
}
