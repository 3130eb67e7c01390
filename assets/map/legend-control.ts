/**
 * The legend of marker colours as a Leaflet control: each challenge with its colour. Collapsible
 * (`<details>`) so it does not cover the map on small screens.
 *
 * On low maps (embeds down to 200 px high) NRW at the lowest zoom barely fits between the controls,
 * and the legend's summary line, along most of a narrow map's bottom, left no view with every
 * marker clear of it. There the legend is a short "Legende" button in the bottom-right corner,
 * above the attribution: that corner of a view of NRW lies over Hesse, where no network is.
 * Screen readers still hear the whole name. Open, the list scrolls within the room the other
 * controls leave.
 */
import * as L from "./leaflet.ts";
import { h } from "./dom.ts";
import type { MapChallenge } from "./map-config.ts";

export interface LegendControlOptions extends L.ControlOptions {
  /** The challenges in legend order. Required. */
  challenges: readonly MapChallenge[];
  /** A bottom corner: the open list grows upwards. Default "bottomleft". */
  position?: L.ControlPosition;
  /** Open at start. Default true. */
  open?: boolean;
  /**
   * Maps lower than this, in CSS pixels, get the compact legend in `compactPosition`. Default 320:
   * up to about 290 px high and 540 px wide, the full summary line leaves no view of NRW with a
   * network in every Gemeinde clear of it; /karte/ (at least 22rem high) and embeds of the default
   * height keep their legend.
   */
  compactBelow?: number;
  /** A bottom corner for the compact legend. Default "bottomright". */
  compactPosition?: L.ControlPosition;
}

/** Space kept between the open list and the controls above it, in CSS pixels (Leaflet's control margin). */
const GAP = 10;
/** The open list never gets lower than this (two entries), in CSS pixels. */
const MIN_LIST_HEIGHT = 36;

export class LegendControl extends L.Control {
  declare options: LegendControlOptions;
  /** The corner on maps that are not low. */
  private readonly regularPosition: L.ControlPosition;
  private map: L.Map | undefined;
  private details: HTMLDetailsElement | undefined;
  private list: HTMLElement | undefined;
  /** The part of the name a compact legend does not show. */
  private detail: HTMLElement | undefined;
  private resizeObserver: ResizeObserver | undefined;

  constructor(options: LegendControlOptions) {
    super({ position: "bottomleft", open: true, compactBelow: 320, compactPosition: "bottomright", ...options });
    this.regularPosition = this.options.position!;
  }

  override onAdd(map: L.Map): HTMLElement {
    this.map = map;
    // Built once: moving to another corner re-adds the same element, open state included.
    if (!this.details) {
      this.list = h("ul", { class: "gw-legend__list" });
      for (const challenge of this.options.challenges) {
        this.list.append(h("li", {}, h("span", { class: `gw-swatch challenge--${challenge.slug}`, "aria-hidden": "true" }), challenge.label));
      }
      this.list.append(h("li", {}, h("span", { class: "gw-swatch gw-swatch--cluster", "aria-hidden": "true" }), "mehrere Netzwerke (Zahl)"));
      this.detail = h("span", {}, ": Farbe = erstes Thema");
      // The name as one string: Chromium would read a space before a visually hidden part.
      const summary = h("summary", { "aria-label": "Legende: Farbe = erstes Thema" }, "Legende", this.detail);
      this.details = h("details", { class: "gw-legend leaflet-control-layers", open: this.options.open }, summary, this.list);
      this.details.addEventListener("toggle", this.fitList);
      L.DomEvent.disableClickPropagation(this.details);
      L.DomEvent.disableScrollPropagation(this.details);
    }
    const compact = this.isCompact();
    // Leaflet reads the position after onAdd: the corner follows the map's height.
    this.options.position = compact ? this.options.compactPosition! : this.regularPosition;
    this.details.classList.toggle("gw-legend--compact", compact);
    this.detail!.classList.toggle("gw-visually-hidden", compact);
    // The map's "resize" only follows the window; an embed's map changes its box with the page.
    this.resizeObserver = new ResizeObserver(this.onResize);
    this.resizeObserver.observe(map.getContainer());
    return this.details;
  }

  override onRemove(): void {
    this.resizeObserver?.disconnect();
    this.map = undefined;
  }

  /** The box as `hoehe` sets it, not Leaflet's cached size (it follows only the window). */
  private isCompact(): boolean {
    return (this.map?.getContainer().offsetHeight ?? Infinity) < this.options.compactBelow!;
  }

  private readonly onResize = (): void => {
    const { details } = this;
    if (!details || !this.map) return;
    if (this.isCompact() !== details.classList.contains("gw-legend--compact")) {
      const focused = details.contains(document.activeElement);
      // Removes and adds the control again; onAdd picks the corner.
      this.setPosition(this.regularPosition);
      if (focused) details.querySelector("summary")?.focus();
    }
    this.fitList();
  };

  /** Keeps the open list within the map, below the controls at its top, scrolling if need be. */
  private readonly fitList = (): void => {
    const { details, list, map } = this;
    if (!details?.open || !list || !map) return;
    const container = map.getContainer();
    // Below the controls of both top corners: open, the list is wider than the summary.
    let above = container.getBoundingClientRect().top;
    for (const corner of container.querySelectorAll(".leaflet-control-container > .leaflet-top")) above = Math.max(above, corner.getBoundingClientRect().bottom);
    const outer = details.getBoundingClientRect();
    // The legend's bottom stays put in a bottom corner, so the room is what lies above it, less the summary.
    const room = outer.bottom - above - GAP - (outer.height - list.getBoundingClientRect().height);
    list.style.maxHeight = `${Math.max(MIN_LIST_HEIGHT, Math.floor(room))}px`;
    // A list that scrolls must be reachable by keyboard (WCAG 2.1.1).
    if (list.scrollHeight > list.clientHeight) list.tabIndex = 0;
    else list.removeAttribute("tabindex");
  };
}
