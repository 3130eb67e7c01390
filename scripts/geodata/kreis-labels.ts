/**
 * Where the browser map writes the name of the one Kreis a visitor filters by
 * (assets/map/boundary-layer.ts): a point well inside it. The centre of the Kreis's bounding box,
 * good enough for a Regierungsbezirk, lies on or near the border of oddly shaped Kreise (Kreis
 * Borken: on it). The point is stored as `properties.label` in data/geo/kreise.geojson, the file
 * the browser fetches anyway (as /daten/kreise.geojson, unchanged), so the site build does no
 * geometry work and the map needs no further request. It depends on the geometry alone and can be
 * derived again from the committed file (`npm run geodata -- --derived-only`).
 */
import type { MultiPolygon, Polygon } from "geojson";
import { representativePoint } from "./representative-point.ts";

/** Decimal places of a label point: those of the Kreis boundaries (≈ 10 m, far below a screen pixel). */
const LABEL_PRECISION = 4;

/** A feature of kreise.geojson, as far as labelling needs it. */
export interface KreisLabelSourceFeature {
  readonly properties: object;
  readonly geometry: Polygon | MultiPolygon;
}

/**
 * The point where the map writes a Kreis's name: its centroid when that is well inside, else its
 * pole of inaccessibility (see {@link representativePoint}); always inside the largest part.
 *
 * @param geometry the Kreis as drawn in the browser (from kreise.geojson)
 * @returns `[longitude, latitude]`, 4 decimals
 * @example
 * kreisLabelPoint(borken.geometry); // inside Kreis Borken, about 10 km from its border
 */
export function kreisLabelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  return representativePoint(geometry, { precision: LABEL_PRECISION });
}

/**
 * The collection with every feature's `properties.label` computed from its geometry, as the last
 * property (a stale one is replaced). Every other member keeps its value and order, so writing the
 * result of the committed file changes nothing but the labels. The input is left alone.
 *
 * @param collection the content of kreise.geojson, or the FeatureCollection about to be written as it
 * @returns a new collection of the same shape, with `label: [lon, lat]` in each feature's properties
 * @example
 * withKreisLabels(kreise).features[0].properties.label; // [6.8103, 51.2355] for Düsseldorf
 */
export function withKreisLabels<Collection extends { readonly features: readonly KreisLabelSourceFeature[] }>(collection: Collection): Collection {
  const features = collection.features.map((feature) => {
    const { label: _stale, ...properties } = feature.properties as { readonly label?: unknown };
    return { ...feature, properties: { ...properties, label: kreisLabelPoint(feature.geometry) } };
  });
  // Only `label` is added to objects that already have the collection's shape.
  return { ...collection, features } as Collection;
}
