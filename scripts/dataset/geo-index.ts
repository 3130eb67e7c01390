/**
 * The geography the data pipeline needs, behind one small interface: names → places (gazetteer),
 * points → places (point-in-polygon on the BKG boundaries) and footprints of `area` lists.
 * Validation and enrichment take a `GeoIndex`, so they never reach into files themselves.
 */
import { loadGazetteer, type Gemeinde, type Kreis, type Regierungsbezirk, type AreaMatch } from "../geo/gazetteer.ts";
import * as boundaries from "../geo/boundaries.ts";
import { dissolveFootprint, unionFootprint } from "../geo/union-footprint.ts";
import type { AreaRef, FootprintGeometry, LonLat } from "./types.ts";

export interface GeoIndex {
  findGemeinde(input: string): Gemeinde | undefined;
  suggestGemeinden(input: string): string[];
  gemeindeByAgs(ags: string): Gemeinde | undefined;
  kreisByAgs(ags: string): Kreis | undefined;
  regierungsbezirkByAgs(ags: string): Regierungsbezirk | undefined;
  findArea(input: string): AreaMatch | undefined;
  suggestAreas(input: string): string[];
  isPointInNrw(point: LonLat): boolean;
  isPointInGemeinde(point: LonLat, ags: string): boolean;
  findGemeindeAt(point: LonLat): Gemeinde | undefined;
  /** One geometry covering all the places (union of their polygons). */
  footprint(places: readonly AreaRef[]): FootprintGeometry;
}

let shared: GeoIndex | undefined;

function polygonOf(place: AreaRef) {
  return place.kind === "gemeinde"
    ? boundaries.gemeindePolygon(place.ags)
    : place.kind === "kreis"
      ? boundaries.kreisPolygon(place.ags)
      : boundaries.regierungsbezirkPolygon(place.ags);
}

/** The GeoIndex over the committed NRW data in data/geo (built once per process). */
export function nrwGeoIndex(): GeoIndex {
  if (shared) return shared;
  const gazetteer = loadGazetteer();
  const footprints = new Map<string, FootprintGeometry>();
  const gemeindenOf = (place: AreaRef): string[] =>
    place.kind === "gemeinde"
      ? [place.ags]
      : gazetteer.gemeinden.filter((g) => (place.kind === "kreis" ? g.kreisAgs : g.regierungsbezirkAgs) === place.ags).map((g) => g.ags);
  shared = {
    findGemeinde: (input) => gazetteer.findGemeinde(input),
    suggestGemeinden: (input) => gazetteer.suggestGemeinden(input),
    gemeindeByAgs: (ags) => gazetteer.gemeindeByAgs(ags),
    kreisByAgs: (ags) => gazetteer.kreisByAgs(ags),
    regierungsbezirkByAgs: (ags) => gazetteer.regierungsbezirkByAgs(ags),
    findArea: (input) => gazetteer.findArea(input),
    suggestAreas: (input) => gazetteer.suggestAreas(input),
    isPointInNrw: (point) => boundaries.isPointInNrw(point),
    isPointInGemeinde: (point, ags) => boundaries.isPointInGemeinde(point, ags),
    findGemeindeAt: (point) => boundaries.findGemeindeAt(point),
    footprint: (places) => {
      // Many networks share an area (a whole Kreis); the union is computed once per distinct set.
      const key = places.map((p) => `${p.kind}:${p.ags}`).sort().join(",");
      let geometry = footprints.get(key);
      if (!geometry) {
        if (places.length === 1) {
          const [place] = places as [AreaRef];
          geometry = unionFootprint([polygonOf(place)]);
        } else {
          // Several places: merge them on the Gemeinde layer, whose shared borders match exactly.
          const agsList = [...new Set(places.flatMap((p) => gemeindenOf(p)))].sort();
          geometry = dissolveFootprint(agsList.map((ags) => boundaries.gemeindePolygon(ags)));
        }
        footprints.set(key, geometry);
      }
      return geometry;
    },
  };
  return shared;
}
