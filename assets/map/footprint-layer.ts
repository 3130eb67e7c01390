/**
 * The footprint (Gemeinde plus `area`) of the network under the pointer or selected, drawn as an
 * outline. Footprints live in their own file, fetched once on first use, so the map's start
 * costs nothing for them.
 */
import * as L from "./leaflet.ts";

export interface FootprintLayerOptions extends L.LayerOptions {
  /** `/daten/wirkungsgebiete.geojson`. Required. */
  url: string;
  /** Outline colour of a network's footprint. Default "#333". */
  colorOf?: (slug: string) => string;
}

type FootprintCollection = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { slug: string }>;

export class FootprintLayer extends L.Layer {
  declare options: FootprintLayerOptions;
  private readonly shapes = L.geoJSON(undefined, { interactive: false });
  private footprints: Promise<Map<string, GeoJSON.Feature>> | undefined;
  private shown = "";

  constructor(options: FootprintLayerOptions) {
    super();
    L.Util.setOptions(this, options);
  }

  override onAdd(map: L.Map): this {
    this.shapes.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.shapes.remove();
    return this;
  }

  /** Shows the footprint of `slug` ("" hides it). Networks without a footprint show nothing. */
  async show(slug: string): Promise<void> {
    this.shown = slug;
    if (!slug) {
      this.shapes.clearLayers();
      return;
    }
    const feature = (await this.load()).get(slug);
    if (this.shown !== slug) return; // the pointer moved on while loading
    this.shapes.clearLayers();
    if (!feature) return;
    const color = this.options.colorOf?.(slug) ?? "#333";
    this.shapes.addData(feature);
    this.shapes.setStyle({ color, weight: 2, dashArray: "6 4", fillColor: color, fillOpacity: 0.12 });
  }

  private load(): Promise<Map<string, GeoJSON.Feature>> {
    this.footprints ??= fetch(this.options.url)
      .then((response) => (response.ok ? (response.json() as Promise<FootprintCollection>) : { type: "FeatureCollection" as const, features: [] }))
      .then((collection) => new Map(collection.features.map((f) => [String(f.properties?.slug ?? f.id), f as GeoJSON.Feature])))
      .catch(() => new Map());
    return this.footprints;
  }
}
