/**
 * The Kreis boundaries, the base layer that needs no tile server, with the region the filter names
 * (a Kreis, or all Kreise of a Regierungsbezirk) drawn emphasised and named – a Kreis at its label
 * point, a Regierungsbezirk at the centre of its box. Without the background map the outlines are
 * all a visitor sees; the name says which area is chosen. The name is decoration for sighted
 * visitors: the filter panel already says the selection, so the label is hidden from screen
 * readers and takes neither focus nor clicks.
 */
import * as L from "./leaflet.ts";

export interface BoundaryLayerOptions extends L.LayerOptions {
  /**
   * The Kreis boundaries (`/daten/kreise.geojson`), each feature with `properties.slug` and
   * `properties.label` (`[lon, lat]`, where its name goes; scripts/geodata/kreis-labels.ts). Required.
   */
  boundaries: GeoJSON.FeatureCollection;
}

/** The pane of the region's name: above the outlines, below the markers, so no marker is hidden. */
export const LABEL_PANE = "gwLabelPane";

const OUTLINE: L.PathOptions = { className: "gw-boundary", color: "#5b6470", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 };
/** The chosen region: the site's accent blue (5.8:1 against the Kreis fill) on a light blue. */
const EMPHASIS: L.PathOptions = { color: "#1f5fa8", weight: 3, fillColor: "#e3ecf7", fillOpacity: 1 };
const SELECTED_CLASS = "gw-boundary--selected";

export class BoundaryLayer extends L.Layer {
  declare options: BoundaryLayerOptions;
  private readonly outlines: L.GeoJSON;
  private label: L.Tooltip | undefined;
  private emphasised: L.Polygon[] = [];
  /** What is shown now, so that repeated calls with the same region cost nothing. */
  private shownKey = "";

  constructor(options: BoundaryLayerOptions) {
    super();
    L.Util.setOptions(this, options);
    this.outlines = L.geoJSON(options.boundaries, { interactive: false, style: OUTLINE });
  }

  override onAdd(map: L.Map): this {
    if (!map.getPane(LABEL_PANE)) map.createPane(LABEL_PANE);
    this.outlines.addTo(map);
    if (this.label) {
      this.label.addTo(map);
      hideFromScreenReaders(this.label);
    }
    return this;
  }

  override onRemove(): this {
    this.outlines.remove();
    if (this.label) removeLabel(this.label);
    return this;
  }

  /**
   * Emphasises the Kreise with the slugs `kreise` and writes `name` on them – on a single Kreis at
   * its label point, on several at the centre of their common box; an empty list takes the
   * emphasis and the name away again.
   */
  showRegion(kreise: readonly string[], name: string): void {
    const key = `${kreise.join(",")}|${name}`;
    if (key === this.shownKey) return;
    this.shownKey = key;
    for (const path of this.emphasised) {
      this.outlines.resetStyle(path);
      path.getElement()?.classList.remove(SELECTED_CLASS);
    }
    this.emphasised = [];
    if (this.label) removeLabel(this.label);
    this.label = undefined;

    const wanted = new Set(kreise);
    const bounds = L.latLngBounds([]);
    this.outlines.eachLayer((layer) => {
      const path = layer as L.Polygon;
      if (!wanted.has(String(path.feature?.properties?.slug ?? ""))) return;
      path.setStyle(EMPHASIS);
      path.bringToFront();
      path.getElement()?.classList.add(SELECTED_CLASS);
      bounds.extend(path.getBounds());
      this.emphasised.push(path);
    });
    if (!name || !bounds.isValid()) return;
    this.label = L.tooltip({ permanent: true, direction: "center", interactive: false, pane: LABEL_PANE, className: "gw-region-label" })
      .setLatLng((this.emphasised.length === 1 && labelPoint(this.emphasised[0]!)) || bounds.getCenter())
      .setContent(name);
    if (this._map) this.label.addTo(this._map);
    hideFromScreenReaders(this.label);
  }
}

/**
 * Where a Kreis's name goes: its label point, well inside it. The centre of its box, which serves
 * a Regierungsbezirk well, lies on or near the border of oddly shaped Kreise (Kreis Borken: on it).
 */
function labelPoint(path: L.Polygon): L.LatLng | undefined {
  const label: unknown = path.feature?.properties?.label;
  return Array.isArray(label) ? L.latLng(label[1], label[0]) : undefined;
}

/** Takes a tooltip used as a map label out of the accessibility tree (Leaflet gives it role="tooltip"). */
export function hideFromScreenReaders(tooltip: L.Tooltip): void {
  const element = tooltip.getElement();
  element?.setAttribute("aria-hidden", "true");
  element?.removeAttribute("role");
}

/** Takes a map label away at once (Leaflet would fade it out for 200 ms, next to its successor). */
export function removeLabel(tooltip: L.Tooltip): void {
  const element = tooltip.getElement();
  tooltip.remove();
  element?.remove();
}
