/**
 * `/daten/wirkungsgebiete.geojson`: the footprint (Gemeinde plus `area`) of each network that has
 * one, kept apart from the point file so the map loads polygons only when it shows them.
 */
import type { Dataset } from "../dataset/types.ts";
import { GEO_ATTRIBUTION } from "./networks-geojson.ts";

/** Footprints as a FeatureCollection keyed by network slug. */
export function serializeFootprintsGeoJson(dataset: Dataset): string {
  const features = dataset.networks
    .filter((n) => n.footprint)
    .map((n) => JSON.stringify({ type: "Feature", id: n.slug, geometry: n.footprint, properties: { slug: n.slug, area: n.area.map((a) => a.name) } }));
  return `{"type":"FeatureCollection","attribution":${JSON.stringify(GEO_ATTRIBUTION)},"features":[\n${features.join(",\n")}\n]}\n`;
}
