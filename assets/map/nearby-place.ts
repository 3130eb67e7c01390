/**
 * The Gemeinde chosen under "In meiner Nähe", marked on the map: a dark ring, wide enough to stay
 * visible around a network's dot at the same place, and the Gemeinde's name beside it. Only for
 * orientation – the form already says the choice – so neither takes focus or clicks, and the name
 * is hidden from screen readers.
 */
import * as L from "./leaflet.ts";
import { hideFromScreenReaders, LABEL_PANE, removeLabel } from "./boundary-layer.ts";

export class NearbyPlace extends L.Layer {
  private readonly group = L.layerGroup();
  private label: L.Tooltip | undefined;

  override onAdd(map: L.Map): this {
    if (!map.getPane(LABEL_PANE)) map.createPane(LABEL_PANE);
    this.group.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.group.remove();
    return this;
  }

  /** Marks `name` at `latlng`; null takes the mark away. */
  show(place: { readonly name: string; readonly latlng: L.LatLngExpression } | null): void {
    this.group.clearLayers();
    if (this.label) removeLabel(this.label);
    this.label = undefined;
    if (!place) return;
    const dot = L.circleMarker(place.latlng, { interactive: false, radius: 14, className: "gw-nearby-place", color: "#1a1d21", weight: 3, fillColor: "#fff", fillOpacity: 0.5 });
    const label = L.tooltip({ permanent: true, direction: "right", offset: [16, 0], interactive: false, pane: LABEL_PANE, className: "gw-nearby-place__label" })
      .setLatLng(place.latlng)
      .setContent(place.name);
    this.group.addLayer(dot).addLayer(label);
    this.label = label;
    dot.getElement()?.setAttribute("aria-hidden", "true");
    hideFromScreenReaders(label);
  }
}
