/**
 * The legend of marker colours as a Leaflet control: each challenge with its colour. Collapsible
 * (`<details>`) so it does not cover the map on small screens.
 */
import L from "leaflet";
import { h } from "./dom.ts";
import type { MapChallenge } from "./map-config.ts";

export interface LegendControlOptions extends L.ControlOptions {
  /** The challenges in legend order. Required. */
  challenges: readonly MapChallenge[];
  /** Default "bottomleft". */
  position?: L.ControlPosition;
  /** Open at start. Default true. */
  open?: boolean;
}

export class LegendControl extends L.Control {
  declare options: LegendControlOptions;

  constructor(options: LegendControlOptions) {
    super({ position: "bottomleft", open: true, ...options });
  }

  override onAdd(): HTMLElement {
    const list = h("ul", { class: "gw-legend__list" });
    for (const challenge of this.options.challenges) {
      list.append(h("li", {}, h("span", { class: `gw-swatch challenge--${challenge.slug}`, "aria-hidden": "true" }), challenge.label));
    }
    list.append(h("li", {}, h("span", { class: "gw-swatch gw-swatch--cluster", "aria-hidden": "true" }), "mehrere Netzwerke (Zahl)"));
    const details = h("details", { class: "gw-legend leaflet-control-layers", open: this.options.open }, h("summary", {}, "Legende: Farbe = erstes Thema"), list);
    L.DomEvent.disableClickPropagation(details);
    L.DomEvent.disableScrollPropagation(details);
    return details;
  }
}
