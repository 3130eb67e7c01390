/**
 * "Hintergrundkarte laden": a Leaflet control that adds the raster tile layer only after the
 * visitor agrees, because loading tiles sends the visitor's address to the tile server. Until
 * then the map shows only the Kreis boundaries served by this site. The choice is remembered
 * until the visitor hides the background map again, which withdraws it.
 *
 * The notice about the address transfer is visible text next to the button, not a tooltip: a
 * consent has to be informed, and tooltips reach neither touch nor keyboard users reliably.
 */
import L from "leaflet";
import { h } from "./dom.ts";
import { browserStorage, readBackgroundConsent, writeBackgroundConsent } from "./consent-storage.ts";
import type { MapTileConfig } from "./map-config.ts";

export interface BackgroundMapControlOptions extends L.ControlOptions {
  /** The tile layer to load after consent. Required. */
  tiles: MapTileConfig;
  /** Where the choice is kept. Default: `window.localStorage`. */
  storage?: Storage | undefined;
  /** The privacy policy's section on the background map. Default "/datenschutz/#hintergrundkarte". */
  privacyUrl?: string;
  /** Default "topright". */
  position?: L.ControlPosition;
}

/** The host the tiles come from, named in the consent text ("tile.openstreetmap.org"). */
export function tileHost(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, "a"), document.baseURI).host;
  } catch {
    return url;
  }
}

/** Makes the ids of the notices unique when a page holds more than one map. */
let noticeCount = 0;

export class BackgroundMapControl extends L.Control {
  declare options: BackgroundMapControlOptions;
  private map: L.Map | undefined;
  private tileLayer: L.TileLayer | undefined;
  private button: HTMLButtonElement | undefined;
  private notice: HTMLElement | undefined;
  private readonly storage: Storage | undefined;

  constructor(options: BackgroundMapControlOptions) {
    super({ position: "topright", ...options });
    this.storage = options.storage ?? browserStorage();
  }

  override onAdd(map: L.Map): HTMLElement {
    this.map = map;
    const noticeId = `gw-background-notice-${++noticeCount}`;
    this.notice = h("span", { id: noticeId });
    this.button = h("button", { type: "button", class: "gw-background-toggle", "aria-pressed": "false", "aria-describedby": noticeId });
    // In a partner's frame the policy opens in a new tab, so the partner's page stays.
    const framed = window.parent !== window;
    const privacy = h("a", { href: this.options.privacyUrl ?? "/datenschutz/#hintergrundkarte", target: framed ? "_blank" : undefined, rel: "noopener" }, "Mehr zum Datenschutz");
    const container = h("div", { class: "leaflet-bar gw-background-control" }, this.button, h("p", { class: "gw-background-notice" }, this.notice, " ", privacy));
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.on(this.button, "click", this.toggle, this);
    const agreed = readBackgroundConsent(this.storage);
    this.show(agreed, agreed, map);
    return container;
  }

  override onRemove(map: L.Map): void {
    if (this.button) L.DomEvent.off(this.button, "click", this.toggle, this);
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
    if (this.map) this.show(agreed, stored, this.map);
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
  }
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
