/**
 * "Hintergrundkarte laden": a Leaflet control that adds the raster tile layer only after the
 * visitor agrees, because loading tiles sends the visitor's address to the tile server. Until
 * then the map shows only the Kreis boundaries served by this site. The choice is remembered
 * until the visitor hides the background map again, which withdraws it.
 *
 * The notice about the address transfer is visible text next to the button, not a tooltip: a
 * consent has to be informed, and tooltips reach neither touch nor keyboard users reliably.
 *
 * On small maps (embeds in a partner's column, phones) the box with the notice would cover the
 * north-east of NRW, so there the control starts as a single "Hintergrundkarte" button that opens
 * the box. The consent button lives in that box, next to the notice: it cannot be reached while
 * the notice is closed. Once the background map is on, only the withdraw button remains.
 */
import * as L from "./leaflet.ts";
import { h } from "./dom.ts";
import { browserStorage, readBackgroundConsent, writeBackgroundConsent } from "./consent-storage.ts";
import type { MapTileConfig } from "./map-config.ts";

/** A map size in CSS pixels. */
export interface MapDimensions {
  readonly width: number;
  readonly height: number;
}

export interface BackgroundMapControlOptions extends L.ControlOptions {
  /** The tile layer to load after consent. Required. */
  tiles: MapTileConfig;
  /** Where the choice is kept. Default: `window.localStorage`. */
  storage?: Storage | undefined;
  /** The privacy policy's section on the background map. Default "/datenschutz/#hintergrundkarte". */
  privacyUrl?: string;
  /** Default "topright". */
  position?: L.ControlPosition;
  /**
   * Maps narrower or lower than this get the collapsed control. Default 700 × 500: the box
   * (about 14rem × 7rem) then covers a large share of the map, and embeds – typically 300–480 px
   * high (480 is the builder's default) and up to 600 px wide – fall below it, so the box no longer
   * hides markers in north-east NRW there; the desktop /karte/ keeps the open box.
   */
  compactBelow?: MapDimensions;
}

/** The host the tiles come from, named in the consent text ("tile.openstreetmap.org"). */
export function tileHost(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, "a"), document.baseURI).host;
  } catch {
    return url;
  }
}

/**
 * Fired on the map when a network's details appear outside the map (the box below a low map,
 * map-app.ts). The open panel closes then, as when a popup opens: the visitor has moved on, and
 * the panel would go on covering the map.
 */
export const SELECTION_SHOWN_EVENT = "gwselectionshown";

const CLOSING_EVENTS = `click popupopen ${SELECTION_SHOWN_EVENT}`;

/** Makes the ids of the notices unique when a page holds more than one map. */
let controlCount = 0;

export class BackgroundMapControl extends L.Control {
  declare options: BackgroundMapControlOptions;
  private map: L.Map | undefined;
  private tileLayer: L.TileLayer | undefined;
  private container: HTMLElement | undefined;
  /** Opens and closes the panel on small maps. */
  private disclosure: HTMLButtonElement | undefined;
  /** Holds the consent button and the notice; closed on small maps until the visitor opens it. */
  private panel: HTMLElement | undefined;
  /** Gives or withdraws the consent. */
  private button: HTMLButtonElement | undefined;
  /** The visible notice with the privacy link; the button's description. */
  private noticeBlock: HTMLElement | undefined;
  private notice: HTMLElement | undefined;
  private status: HTMLElement | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** Whether the map is small enough for the collapsed control. */
  private compact = false;
  /** Whether the visitor opened the panel (matters on small maps only). */
  private open = false;
  private readonly storage: Storage | undefined;

  constructor(options: BackgroundMapControlOptions) {
    super({ position: "topright", ...options });
    this.storage = options.storage ?? browserStorage();
  }

  override onAdd(map: L.Map): HTMLElement {
    this.map = map;
    const id = ++controlCount;
    const noticeId = `gw-background-notice-${id}`;
    const panelId = `gw-background-panel-${id}`;
    this.disclosure = h("button", { type: "button", class: "gw-background-disclosure", "aria-expanded": "false", "aria-controls": panelId }, "Hintergrundkarte");
    this.notice = h("span", { id: noticeId });
    this.button = h("button", { type: "button", class: "gw-background-toggle", "aria-pressed": "false", "aria-describedby": noticeId });
    // In a partner's frame the policy opens in a new tab, so the partner's page stays.
    const framed = window.parent !== window;
    const privacy = h("a", { href: this.options.privacyUrl ?? "/datenschutz/#hintergrundkarte", target: framed ? "_blank" : undefined, rel: "noopener" }, "Mehr zum Datenschutz");
    this.noticeBlock = h("p", { class: "gw-background-notice" }, this.notice, " ", privacy);
    this.panel = h("div", { id: panelId, class: "gw-background-panel" }, this.button, this.noticeBlock);
    // Only what the visitor just did is announced, not the state a page starts with.
    this.status = h("span", { class: "gw-visually-hidden", role: "status" });
    this.container = h("div", { class: "leaflet-bar gw-background-control" }, this.disclosure, this.panel, this.status);
    L.DomEvent.disableClickPropagation(this.container);
    L.DomEvent.disableScrollPropagation(this.container);
    L.DomEvent.on(this.button, "click", this.toggle, this);
    L.DomEvent.on(this.disclosure, "click", this.toggleOpen, this);
    L.DomEvent.on(this.container, "keydown", this.onKeyDown, this);
    // A click on the map or a selection shown means the visitor is done with the panel; an open
    // panel would cover the popup on a small map.
    map.on(CLOSING_EVENTS, this.close, this);
    this.compact = isCompact(map.getSize(), this.options.compactBelow);
    // The map's own "resize" only follows the window; the map's box also changes with the page layout.
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(map.getContainer());
    const agreed = readBackgroundConsent(this.storage);
    this.show(agreed, agreed, map);
    return this.container;
  }

  override onRemove(map: L.Map): void {
    if (this.button) L.DomEvent.off(this.button, "click", this.toggle, this);
    if (this.disclosure) L.DomEvent.off(this.disclosure, "click", this.toggleOpen, this);
    if (this.container) L.DomEvent.off(this.container, "keydown", this.onKeyDown, this);
    map.off(CLOSING_EVENTS, this.close, this);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.tileLayer?.removeFrom(map);
    this.map = undefined;
  }

  /** True while the tile layer is on. */
  get enabled(): boolean {
    return this.tileLayer !== undefined && this.map?.hasLayer(this.tileLayer) === true;
  }

  private toggle(): void {
    const agreed = !this.enabled;
    const stored = writeBackgroundConsent(this.storage, agreed);
    // After withdrawing on a small map the panel stays open: focus stays on its button, and the
    // notice shows again what loading would send where.
    this.open = !agreed;
    if (this.map) this.show(agreed, stored, this.map);
    if (this.status) this.status.textContent = agreed ? "Hintergrundkarte geladen." : "Hintergrundkarte ausgeblendet, Zustimmung widerrufen.";
  }

  private toggleOpen(): void {
    this.open = !this.open;
    this.layout();
  }

  /** Closes the panel on a small map; focus inside it goes back to the button that opened it. */
  private close(): void {
    if (!this.open) return;
    this.open = false;
    this.layout();
  }

  private onKeyDown(event: Event): void {
    if ((event as KeyboardEvent).key !== "Escape" || !this.compact || !this.open) return;
    // The panel only: an open popup stays for the next Escape (map-app listens further up).
    L.DomEvent.stop(event);
    this.open = false;
    this.layout();
    this.disclosure?.focus();
  }

  private onResize(): void {
    if (!this.map) return;
    const compact = isCompact(this.map.getSize(), this.options.compactBelow);
    if (compact === this.compact) return;
    this.compact = compact;
    // Focus inside the box keeps it open when the map shrinks, so focus is not lost.
    this.open = this.container?.contains(document.activeElement) === true;
    this.layout();
  }

  /** `stored`: whether the consent outlasts this page view, which the notice has to say. */
  private show(on: boolean, stored: boolean, map: L.Map): void {
    const { url, attribution, maxZoom } = this.options.tiles;
    if (on) {
      this.tileLayer ??= L.tileLayer(url, { attribution, maxZoom, className: "gw-tiles" });
      this.tileLayer.addTo(map).bringToBack();
    } else {
      this.tileLayer?.removeFrom(map);
    }
    if (this.button) {
      this.button.textContent = on ? "Hintergrundkarte ausblenden" : "Hintergrundkarte laden";
      this.button.setAttribute("aria-pressed", String(on));
    }
    if (this.notice) this.notice.textContent = backgroundNotice(tileHost(url), on, stored);
    this.layout();
  }

  /**
   * Shows what the state calls for: before consent the open box on large maps, the
   * "Hintergrundkarte" button with its panel on small ones; after consent the withdraw button
   * alone, its notice kept as the button's description for screen readers.
   */
  private layout(): void {
    const { container, disclosure, panel, button, noticeBlock } = this;
    if (!container || !disclosure || !panel || !button || !noticeBlock) return;
    const focused = document.activeElement;
    const on = this.enabled;
    const collapsible = this.compact && !on;
    disclosure.hidden = !collapsible;
    disclosure.setAttribute("aria-expanded", String(collapsible && this.open));
    panel.hidden = collapsible && !this.open;
    noticeBlock.hidden = on;
    container.classList.toggle("gw-background-control--compact", collapsible);
    container.classList.toggle("gw-background-control--on", on);
    // Whatever had focus and is gone now hands it on to the button that is left in its place.
    if (focused instanceof HTMLElement && container.contains(focused) && focused.getClientRects().length === 0) {
      (disclosure.hidden ? button : disclosure).focus();
    }
  }
}

/**
 * Whether a map of `size` gets the collapsed control.
 *
 * @param size the map's size in CSS pixels
 * @param below see {@link BackgroundMapControlOptions.compactBelow}
 */
function isCompact(size: L.Point, below: MapDimensions = { width: 700, height: 500 }): boolean {
  return size.x < below.width || size.y < below.height;
}

/**
 * What the visitor agrees to, or has agreed to and how to take it back.
 *
 * @param host the tile server, e.g. "tile.openstreetmap.org"
 * @param on whether the background map is shown
 * @param stored whether the browser keeps the consent beyond this page view
 */
function backgroundNotice(host: string, on: boolean, stored: boolean): string {
  if (!on) return `Lädt Kartenbilder von ${host}; dabei wird Ihre IP-Adresse dorthin übertragen.`;
  // Short once agreed: the attribution names the tile source, and small maps need the room.
  if (!stored) return "Ihre Zustimmung gilt, bis Sie die Seite verlassen.";
  return "Ihre Zustimmung ist in diesem Browser gespeichert; Ausblenden widerruft sie.";
}
