/**
 * "Hintergrundkarte laden": a Leaflet control that adds the raster tile layer only after the
 * visitor agrees, because loading tiles sends the visitor's address to the tile server. Until
 * then the map shows only the Kreis boundaries served by this site. The choice is remembered.
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

export class BackgroundMapControl extends L.Control {
  declare options: BackgroundMapControlOptions;
  private map: L.Map | undefined;
  private tileLayer: L.TileLayer | undefined;
  private button: HTMLButtonElement | undefined;
  private readonly storage: Storage | undefined;

  constructor(options: BackgroundMapControlOptions) {
    super({ position: "topright", ...options });
    this.storage = options.storage ?? browserStorage();
  }

  override onAdd(map: L.Map): HTMLElement {
    this.map = map;
    const host = tileHost(this.options.tiles.url);
    this.button = h("button", { type: "button", class: "gw-background-toggle", "aria-pressed": "false", title: `Lädt Kartenbilder von ${host}; dabei wird Ihre IP-Adresse an diesen Anbieter übertragen.` });
    const container = h("div", { class: "leaflet-bar gw-background-control" }, this.button);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.on(this.button, "click", this.toggle, this);
    this.show(readBackgroundConsent(this.storage), map);
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
    writeBackgroundConsent(this.storage, agreed);
    if (this.map) this.show(agreed, this.map);
  }

  private show(on: boolean, map: L.Map): void {
    if (on) {
      const { url, attribution, maxZoom } = this.options.tiles;
      this.tileLayer ??= L.tileLayer(url, { attribution, maxZoom, className: "gw-tiles" });
      this.tileLayer.addTo(map).bringToBack();
    } else {
      this.tileLayer?.removeFrom(map);
    }
    if (this.button) {
      this.button.textContent = on ? "Hintergrundkarte ausblenden" : "Hintergrundkarte laden";
      this.button.setAttribute("aria-pressed", String(on));
    }
  }
}
