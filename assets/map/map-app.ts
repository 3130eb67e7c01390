/**
 * The interactive map of networks: wires the data, the Leaflet map and its layers, the filter
 * panel, "In meiner Nähe", the list and the address (address-history.ts) together. One state
 * (`MapUrlState`) drives everything; every change goes through {@link MapApplication.render}, so
 * map, list and counts always agree. Configurable through {@link MapAppOptions} so `/embed/` can
 * reuse it.
 */
import * as L from "./leaflet.ts";
import type { NetworkFeature, NetworkFeatureCollection, NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import { AddressHistory, type MapHistory } from "./address-history.ts";
import { BackgroundMapControl, SELECTION_SHOWN_EVENT } from "./background-map-control.ts";
import { BoundaryLayer } from "./boundary-layer.ts";
import { fitBoundsClearOfControls, panClearOfControls } from "./clear-of-controls.ts";
import { distanceKm, type LonLat } from "./distance.ts";
import { h } from "./dom.ts";
import { FilterPanel } from "./filter-panel.ts";
import { EmptyListNotice } from "./empty-list.ts";
import { applyFilter, EMPTY_FILTER, isFilterActive, toFilterableNetwork, withFixedFilters, type FilterableNetwork, type FilterState } from "./filter-state.ts";
import { FootprintLayer } from "./footprint-layer.ts";
import type { GemeindeOption } from "./gemeinde-search.ts";
import { LegendControl } from "./legend-control.ts";
import type { MapConfig } from "./map-config.ts";
import { NearbyPlace } from "./nearby-place.ts";
import { NearbySearch } from "./nearby-search.ts";
import { NetworkClusterLayer } from "./network-cluster-layer.ts";
import { NetworkList } from "./network-list.ts";
import { orderNetworks } from "./network-order.ts";
import { clusterPopupContent, networkAnnouncement, networkPopupContent, networkSummaryContent, type PopupOptions } from "./network-popup.ts";
import { boundsWithRoomForPopups, panPopupIntoView, popupRoom, sizePopup, type PopupRoom, type PopupWidth } from "./popup-room.ts";
import { SelectionPanel } from "./selection-panel.ts";
import { describeFilter, emptyListText, resultCountText } from "./result-words.ts";
import { EMPTY_URL_STATE, type MapUrlState, type MapView } from "./url-state.ts";

/** How the map app behaves; everything but `config` has a default. */
export interface MapAppOptions {
  /** URLs, vocabularies, places and tiles, from the page's JSON config. Required. */
  readonly config: MapConfig;
  /** Filters set by the page and not offered as controls (embeds). Default: none. */
  readonly fixedFilters?: Partial<FilterState>;
  /** Show and update the list of networks. Default true. */
  readonly showList?: boolean;
  /** `target` of links to network pages (an embed might use "_top"). Default: none. */
  readonly linkTarget?: string;
  /** Where the background-map consent is kept. Default: localStorage. */
  readonly storage?: Storage;
  /** State at start instead of the history's (embeds, which read their own parameters). Default: the history's, else empty. */
  readonly initialState?: MapUrlState;
  /** Without a view in the state, show this Kreis or Regierungsbezirk instead of all of NRW. Default: none. */
  readonly fitRegion?: { readonly kreis?: string; readonly regierungsbezirk?: string };
  /** Base for links to network pages, making them absolute (an embed: `location.origin`). Default: none (relative links). */
  readonly linkBase?: string;
  /** Media query above which the filter panel starts open. Default: the panel's own. */
  readonly filterOpenMedia?: string;
}

/** What a running map offers to its page (and to tests and benchmarks). */
export interface MapApp {
  readonly map: L.Map;
  /** Applies a filter as if the visitor had chosen it. */
  setFilter(filter: FilterState): void;
  /** Selects a network: opens its popup (on maps too low for one: the panel below the map) and marks it in the list. */
  select(slug: string): void;
  /** Removes every listener, control and layer the app added. */
  destroy(): void;
}

/** Fired on the root element after each update, with `{ shown, total, ms }`. */
export const RENDERED_EVENT = "karte:aktualisiert";

/** NRW's extent (a little more than the land's bounding box). */
const NRW_BOUNDS = L.latLngBounds([50.3, 5.85], [52.55, 9.47]);
/** Zoom when a network or Gemeinde is shown and the map is further out. */
const DETAIL_ZOOM = 11;
/** Popup widths on maps wide enough; narrower maps get narrower popups (popup-room.ts). */
const NETWORK_POPUP_WIDTH: PopupWidth = { maxWidth: 320, minWidth: 220 };
const CLUSTER_POPUP_WIDTH: PopupWidth = { maxWidth: 320, minWidth: 50 };
/** Half a cluster's bubble (marker-icons.ts), kept clear of the controls when its networks are listed below the map. */
const CLUSTER_RADIUS = 15;
/** Half a selected network's dot (marker-icons.ts), when its element is not drawn. */
const SELECTED_RADIUS = 13;

type HistoryMode = "push" | "replace" | "none";

interface SelectOptions {
  readonly history: HistoryMode;
  /** Move focus into the popup (the visitor came from the list). */
  readonly focus: boolean;
  /** Pan and zoom so that the network is shown on its own. */
  readonly move: boolean;
  /** Chosen on its marker: with the keyboard, focus follows into the card below a low map. Default false. */
  readonly fromMarker?: boolean;
}

function fetchJson<T>(url: string): Promise<T> {
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json() as Promise<T>;
  });
}

/**
 * Starts the map in `root`, which holds `[data-map-canvas]` and optionally `[data-map-controls]`,
 * `[data-map-count]` and `[data-map-list]` (with the server-rendered list), and keeps filters,
 * selection and view in the page's address (/karte/).
 */
export async function startMapApp(root: HTMLElement, options: MapAppOptions): Promise<MapApp> {
  // Inside the promise: a broken config rejects it, and the page says the map could not load.
  return startWith(root, options, new AddressHistory(options.config));
}

/**
 * Starts the map like {@link startMapApp} but leaves the page's address alone: an embed's address
 * is its configuration, and visitors' changes last for the page view. Bundles that only call this
 * leave the address code out.
 */
export function startMapAppWithoutHistory(root: HTMLElement, options: MapAppOptions): Promise<MapApp> {
  return startWith(root, options, undefined);
}

async function startWith(root: HTMLElement, options: MapAppOptions, history: MapHistory | undefined): Promise<MapApp> {
  const canvas = root.querySelector<HTMLElement>("[data-map-canvas]");
  if (!canvas) throw new Error("Karte: Element [data-map-canvas] fehlt.");
  const [networks, boundaries] = await Promise.all([
    fetchJson<NetworkFeatureCollection>(options.config.networksUrl),
    fetchJson<GeoJSON.FeatureCollection>(options.config.boundariesUrl).catch(() => undefined),
  ]);
  const app = new MapApplication(root, canvas, options, history, networks.features, boundaries);
  await app.start();
  return app;
}

class MapApplication implements MapApp {
  readonly map: L.Map;
  private readonly options: Required<Pick<MapAppOptions, "showList">> & MapAppOptions;
  private readonly config: MapConfig;
  private readonly features: readonly NetworkFeature[];
  private readonly filterables: readonly FilterableNetwork[];
  private readonly bySlug: ReadonlyMap<string, NetworkFeature>;
  private readonly titleOrder: readonly string[];
  private state: MapUrlState;
  private visible: ReadonlySet<string> = new Set();
  private order: readonly string[];
  private distances: ReadonlyMap<string, number> | undefined;
  private readonly layer: NetworkClusterLayer;
  private readonly footprints: FootprintLayer;
  /** The Kreis outlines with the filtered region emphasised and named; undefined without boundaries. */
  private readonly boundaryLayer: BoundaryLayer | undefined;
  /** The Gemeinde chosen under "In meiner Nähe". */
  private readonly nearbyPlace: NearbyPlace;
  private readonly panel: FilterPanel;
  private readonly nearby: NearbySearch;
  private readonly list: NetworkList | undefined;
  private readonly count: HTMLElement;
  /** How many networks the map can show at all: all, or those an embed's locked filters allow. */
  private readonly scopeTotal: number;
  /** True when locked filters narrow the map to part of NRW (the count then does not say "Alle"). */
  private readonly scoped: boolean;
  private readonly emptyNotice: EmptyListNotice;
  /** Where focus goes after the empty list's reset button disappears. */
  private readonly afterReset: HTMLElement;
  /** The theme colouring every marker when an embed locks exactly one, else undefined. */
  private readonly lockedChallenge: string | undefined;
  private readonly popup: L.Popup;
  private readonly clusterPopup: L.Popup;
  /** The selection below maps too low for a popup clear of their controls. */
  private readonly selectionPanel: SelectionPanel;
  /** Where focus goes back to when the panel closes, if focus was taken into it. */
  private selectionReturn: HTMLElement | undefined;
  private readonly controls: L.Control[] = [];
  /** The bounds of `options.fitRegion`, the default view when the state has none. */
  private readonly regionBounds: L.LatLngBounds | undefined;
  private readonly added: HTMLElement[] = [];
  /** True while the app itself moves the map or closes popups (no history entries for that). */
  private quiet = false;
  /** Stops following the visitor's Back and Forward. */
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly canvas: HTMLElement,
    options: MapAppOptions,
    /** The address of /karte/; none in embeds. */
    private readonly history: MapHistory | undefined,
    features: readonly NetworkFeature[],
    private readonly boundaries: GeoJSON.FeatureCollection | undefined,
  ) {
    this.options = { showList: true, ...options };
    this.config = options.config;
    this.features = features;
    this.filterables = features.map((f) => toFilterableNetwork(f.properties));
    this.bySlug = new Map(features.map((f) => [f.properties.slug, f]));
    this.titleOrder = orderNetworks(features.map(orderable), null);
    this.order = this.titleOrder;
    this.state = options.initialState ?? history?.read() ?? EMPTY_URL_STATE;
    this.regionBounds = regionBounds(boundaries, options.fitRegion, this.config);
    const locked = withFixedFilters(EMPTY_FILTER, options.fixedFilters);
    this.scoped = isFilterActive(locked);
    this.scopeTotal = this.scoped ? applyFilter(this.filterables, locked).matching.length : features.length;
    // One locked theme (an embed for one topic): every marker in its colour, so no legend is needed.
    const lockedChallenge = options.fixedFilters?.challenges?.length === 1 ? options.fixedFilters.challenges[0] : undefined;
    this.lockedChallenge = lockedChallenge;

    canvas.hidden = false;
    canvas.setAttribute("role", "region");
    canvas.setAttribute("aria-label", "Karte der Netzwerke in Nordrhein-Westfalen. Die Liste enthält dieselben Netzwerke.");
    root.classList.add("gw-map-app--enhanced");

    this.map = L.map(canvas, {
      zoomControl: false,
      attributionControl: false,
      minZoom: 6,
      maxZoom: Math.min(this.config.tiles.maxZoom, 17),
      maxBounds: NRW_BOUNDS.pad(0.6),
      // Quarter steps let the view fit NRW snugly into any frame; clusters use whole zoom levels anyway.
      zoomSnap: 0.25,
    });
    // A view first: layers and controls (the remembered background map) need one when added.
    this.setView(this.state.view);
    this.updateMaxBounds();
    this.addControl(L.control.zoom({ zoomInTitle: "Vergrößern", zoomOutTitle: "Verkleinern" }));
    const attribution = L.control.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' });
    this.addControl(attribution);
    attribution.addAttribution(this.config.boundaryAttribution);

    this.boundaryLayer = boundaries ? new BoundaryLayer({ boundaries }).addTo(this.map) : undefined;
    this.nearbyPlace = new NearbyPlace().addTo(this.map);
    this.footprints = new FootprintLayer({ url: this.config.footprintsUrl, colorOf: (slug) => this.colorOf(slug) }).addTo(this.map);
    this.layer = new NetworkClusterLayer({
      clusterMaxZoom: this.map.getMaxZoom(),
      clusterMinZoom: this.map.getMinZoom(),
      ...(lockedChallenge ? { challengeOf: () => lockedChallenge } : {}),
      onSelectNetwork: (slug) => this.select(slug, { history: "replace", focus: false, move: false, fromMarker: true }),
      onOpenCluster: (latlng, networks) => this.openCluster(latlng, networks),
      onHoverNetwork: (slug, hovering) => void this.footprints.show(hovering && this.bySlug.get(slug)?.properties.hasFootprint ? slug : this.selectedFootprint()),
    });
    this.addControl(new BackgroundMapControl({ tiles: this.config.tiles, storage: options.storage }));
    // Collapsed: the filter panel already shows each colour; open, the legend would cover the map.
    if (!lockedChallenge) this.addControl(new LegendControl({ challenges: this.config.challenges, open: false }));

    // No autopan of Leaflet's own: showPopup moves the map at once, clear of the controls (popup-room.ts).
    this.popup = L.popup({ ...NETWORK_POPUP_WIDTH, autoPan: false, offset: [0, -4], className: "gw-popup-container" });
    this.clusterPopup = L.popup({ ...CLUSTER_POPUP_WIDTH, autoPan: false, className: "gw-popup-container" });

    const controlsHost = root.querySelector<HTMLElement>("[data-map-controls]") ?? this.addElement(h("div", { class: "gw-map-app__controls" }), canvas);
    this.count = root.querySelector<HTMLElement>("[data-map-count]") ?? this.addElement(h("p", { class: "gw-map-app__count", role: "status", "aria-live": "polite" }), canvas);
    this.panel = new FilterPanel({
      config: this.config,
      fixedFilters: options.fixedFilters,
      ...(options.filterOpenMedia ? { openMedia: options.filterOpenMedia } : {}),
      onChange: (filter, typing) => this.changeFilter(filter, typing),
    });
    this.panel.mount(controlsHost);
    this.nearby = new NearbySearch({ url: this.config.gemeindenUrl, onChoose: (gemeinde) => this.changeNear(gemeinde) });
    this.nearby.mount(controlsHost);

    const listSection = root.querySelector<HTMLElement>("[data-map-list]");
    const listElement = listSection?.querySelector<HTMLElement>("ul.network-list") ?? listSection?.querySelector<HTMLElement>("ul");
    if (listSection && !this.options.showList) listSection.hidden = true;
    if (listElement && this.options.showList) {
      this.list = new NetworkList({ list: listElement, networks: features.map((f) => f.properties), linkTarget: options.linkTarget, linkBase: options.linkBase, challenges: this.config.challenges, onSelect: (slug) => this.select(slug, { history: "replace", focus: true, move: true }) });
      this.list.mount();
    }
    // The empty list's message: in the list area, or under the count when there is no list.
    this.emptyNotice = new EmptyListNotice({ onReset: this.onEmptyReset });
    const shownList = this.list ? listElement : null;
    this.emptyNotice.mount(shownList ?? this.count);
    this.afterReset = (shownList ? listSection?.querySelector<HTMLElement>("h2, h3") : null) ?? this.count;
    this.selectionPanel = new SelectionPanel({ onClose: this.onSelectionClose });
    this.selectionPanel.mount(canvas);
  }

  /** Restores the state from the URL, draws, and starts following the visitor. */
  async start(): Promise<void> {
    this.layer.addTo(this.map);
    // Before the first view is settled: a view zoomed out to keep markers clear of the controls
    // needs the bounds of its own zoom, or they pull it back under them.
    this.map.on("zoomend", this.updateMaxBounds, this);
    await this.applyState(this.state);
    this.map.on("moveend", this.onMoveEnd, this);
    this.map.on("popupclose", this.onPopupClose, this);
    this.map.on("popupopen", this.onPopupOpen, this);
    this.map.on("resize", this.onResize, this);
    this.stopListening = this.history?.listen(this.onHistoryStep);
    this.canvas.addEventListener("keydown", this.onKeyDown);
  }

  setFilter(filter: FilterState): void {
    this.changeFilter(filter, false);
  }

  select(slug: string, how: SelectOptions = { history: "replace", focus: false, move: true }): void {
    const feature = this.bySlug.get(slug);
    if (!feature || !this.visible.has(slug)) return;
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    this.state = { ...this.state, selected: slug };
    // Write history before moving: the move's own (replaced) view then lands in the new entry.
    this.writeUrl(how.history);
    const [lon, lat] = feature.geometry.coordinates;
    const latlng = L.latLng(lat, lon);
    this.layer.setSelected(slug);
    this.list?.setSelected(slug);
    void this.footprints.show(this.selectedFootprint());
    if (how.move) {
      const zoom = this.map.getZoom();
      // Never zoom out to show a network: it is drawn on its own from the returned whole zoom level on.
      const needed = Math.max(zoom, this.layer.unclusteredZoom(slug, latlng, zoom) ?? DETAIL_ZOOM);
      if (needed !== zoom || !this.map.getBounds().contains(latlng)) this.map.setView(latlng, Math.min(needed, this.map.getMaxZoom()), { animate: false });
    }
    const room = popupRoom(this.map);
    if (!room) {
      // A marker chosen by keyboard: the card is after every other marker and control in the tab order.
      const byKeyboard = how.fromMarker === true && from !== undefined && this.canvas.contains(from) && from.matches(":focus-visible");
      this.showBelowMap(feature.properties, latlng, how.focus || byKeyboard, from);
      return;
    }
    this.selectionPanel.hide();
    this.showPopup(this.popup, NETWORK_POPUP_WIDTH, latlng, networkPopupContent(feature.properties, this.config, this.linkOptions()), room);
    if (how.focus) {
      // The whole map into view, not just the title link the browser would scroll to (the visitor
      // may come from far down the list); the map's own box must not scroll at all.
      this.canvas.scrollIntoView({ block: "nearest", inline: "nearest" });
      this.popup.getElement()?.querySelector<HTMLElement>(".gw-popup__title a")?.focus({ preventScroll: true });
    }
  }

  /**
   * Shows the selected network on a map too low for a popup clear of its controls: its marker
   * stays marked and is moved out from under the controls, its short card goes right below the
   * map. With `focus`, focus goes to the card's title, and back to `from` when the card closes.
   */
  private showBelowMap(network: NetworkFeatureProperties, latlng: L.LatLng, focus: boolean, from: HTMLElement | undefined): void {
    this.closePopupsQuietly();
    this.selectionReturn = focus ? from : undefined;
    // Map and card into view together: the map first, then the card scrolls itself into view (selection-panel.ts).
    if (focus) this.canvas.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.selectionPanel.show({ content: networkSummaryContent(network, this.linkOptions()), announcement: networkAnnouncement(network) }, focus);
    this.map.fire(SELECTION_SHOWN_EVENT);
    // Measured after scrolling: the marker goes into the part of the map still in the window.
    panClearOfControls(this.map, latlng, this.markerRadius(network.slug));
  }

  /**
   * Opens (or refills) `popup` sized to the map and moves it clear of the map's edges and controls
   * before anything else happens – focus must not land on a part of it outside the map.
   */
  private showPopup(popup: L.Popup, width: PopupWidth, latlng: L.LatLng, content: HTMLElement, room: PopupRoom): void {
    sizePopup(this.map, popup, width, room);
    popup.setLatLng(latlng).setContent(content);
    if (!this.map.hasLayer(popup)) popup.openOn(this.map);
    else popup.update();
    panPopupIntoView(this.map, popup, room);
  }

  destroy(): void {
    this.stopListening?.();
    this.canvas.removeEventListener("keydown", this.onKeyDown);
    this.map.off("moveend", this.onMoveEnd, this);
    this.map.off("popupclose", this.onPopupClose, this);
    this.map.off("popupopen", this.onPopupOpen, this);
    this.map.off("zoomend", this.updateMaxBounds, this);
    this.map.off("resize", this.onResize, this);
    this.panel.unmount();
    this.emptyNotice.unmount();
    this.nearby.unmount();
    this.list?.unmount();
    this.selectionPanel.unmount();
    for (const control of this.controls) control.remove();
    for (const element of this.added) element.remove();
    this.map.remove();
    this.canvas.hidden = true;
    this.root.classList.remove("gw-map-app--enhanced");
  }

  /** Filters, counts, markers and list for the current state – the one place that updates them. */
  private render(): void {
    const started = performance.now();
    const filter = withFixedFilters(this.state.filter, this.options.fixedFilters);
    const result = applyFilter(this.filterables, filter);
    this.visible = new Set(result.matching);
    this.layer.setNetworks(
      this.features.filter((f) => this.visible.has(f.properties.slug)),
      JSON.stringify([filter.challenges, filter.statuses, filter.regierungsbezirk, filter.kreis, filter.kmu, filter.query]),
    );
    this.list?.update(this.visible, this.order, this.distances);
    this.panel.update(filter, result);
    this.showRegion(filter);
    const text = resultCountText(result.matching.length, this.scopeTotal, { scoped: this.scoped });
    if (this.count.textContent !== text) this.count.textContent = text;
    const own = this.ownFilter();
    this.emptyNotice.show(result.matching.length === 0 ? emptyListText(describeFilter(own, this.config)) : "", isFilterActive(own));
    if (this.state.selected && !this.visible.has(this.state.selected)) this.deselect();
    this.root.dispatchEvent(new CustomEvent(RENDERED_EVENT, { detail: { shown: result.matching.length, total: this.features.length, ms: performance.now() - started } }));
  }

  /** Emphasises and names the Kreis or Regierungsbezirk `filter` names (none: no emphasis). */
  private showRegion(filter: FilterState): void {
    if (!this.boundaryLayer) return;
    const { kreise, regierungsbezirke } = this.config;
    const kreis = filter.kreis ? kreise.find((k) => k.slug === filter.kreis) : undefined;
    const bezirk = !kreis && filter.regierungsbezirk ? regierungsbezirke.find((b) => b.slug === filter.regierungsbezirk) : undefined;
    if (kreis) this.boundaryLayer.showRegion([kreis.slug], kreis.label);
    else if (bezirk) this.boundaryLayer.showRegion(kreise.filter((k) => k.regierungsbezirkSlug === bezirk.slug).map((k) => k.slug), `Regierungsbezirk ${bezirk.label}`);
    else this.boundaryLayer.showRegion([], "");
  }

  /**
   * The region a filter names, else the embed's region, else NRW. A region's view also takes in
   * the networks based elsewhere that work there: the list shows them, so the map must too.
   */
  private filterBounds(filter: FilterState): L.LatLngBounds {
    const region = filter.kreis || filter.regierungsbezirk ? { kreis: filter.kreis || undefined, regierungsbezirk: filter.regierungsbezirk || undefined } : undefined;
    const bounds = regionBounds(this.boundaries, region, this.config);
    if (!bounds) return this.regionBounds ?? NRW_BOUNDS;
    const view = L.latLngBounds(bounds.getSouthWest(), bounds.getNorthEast());
    for (const { properties: p, geometry } of this.features) {
      const counts = filter.kreis ? p.kreisSlugs.includes(filter.kreis) : p.regierungsbezirkSlugs.includes(filter.regierungsbezirk);
      if (counts) view.extend([geometry.coordinates[1], geometry.coordinates[0]]);
    }
    return view;
  }

  private changeFilter(filter: FilterState, typing: boolean): void {
    const previous = this.state.filter;
    this.state = { ...this.state, filter };
    this.render();
    // Choosing a Kreis or Regierungsbezirk brings it into view (clearing it shows NRW again); the
    // view then follows from the filter, so it leaves the address instead of pinning the old one.
    if (filter.kreis !== previous.kreis || filter.regierungsbezirk !== previous.regierungsbezirk) {
      this.state = { ...this.state, view: null };
      this.quiet = true;
      try {
        fitBoundsClearOfControls(this.map, this.filterBounds(filter));
      } finally {
        this.quiet = false;
      }
    }
    // Keystrokes replace the entry, so "back" does not step through every letter. The URL is
    // written after the next paint: history.pushState costs a frame of its own with long lists,
    // and the visitor should see the result first.
    this.writeUrl(typing ? "replace" : "push", { afterPaint: true });
  }

  private async changeNear(gemeinde: GemeindeOption | null): Promise<void> {
    this.state = { ...this.state, near: gemeinde?.ags ?? "" };
    this.writeUrl("push");
    this.sortNear(gemeinde);
    this.markNear(gemeinde);
    if (gemeinde) this.map.setView([gemeinde.point[1], gemeinde.point[0]], Math.max(this.map.getZoom(), DETAIL_ZOOM - 1));
    this.render();
  }

  private sortNear(gemeinde: GemeindeOption | null | undefined): void {
    const origin: LonLat | null = gemeinde ? gemeinde.point : null;
    this.order = origin ? orderNetworks(this.features.map(orderable), origin) : this.titleOrder;
    this.distances = origin ? new Map(this.features.map((f) => [f.properties.slug, distanceKm(origin, f.geometry.coordinates)])) : undefined;
  }

  private markNear(gemeinde: GemeindeOption | null | undefined): void {
    this.nearbyPlace.show(gemeinde ? { name: gemeinde.name, latlng: [gemeinde.point[1], gemeinde.point[0]] } : null);
  }

  /** Brings everything to `state` (start, back/forward) without writing history. */
  private async applyState(state: MapUrlState): Promise<void> {
    this.state = state;
    const gemeinde = state.near ? await this.nearby.find(state.near) : undefined;
    if (state.near && !gemeinde) this.state = { ...this.state, near: "" };
    this.nearby.show(gemeinde ?? null);
    this.sortNear(gemeinde);
    this.markNear(gemeinde);
    this.quiet = true;
    try {
      this.render();
      if (!state.view && gemeinde) this.map.setView([gemeinde.point[1], gemeinde.point[0]], DETAIL_ZOOM - 1, { animate: false });
      // Fitted again now that markers and controls are drawn, so that no marker starts under a control.
      else if (!state.view) this.setView(null);
      if (this.state.selected && this.visible.has(this.state.selected)) {
        this.select(this.state.selected, { history: "none", focus: false, move: !state.view });
      } else {
        this.deselect();
      }
    } finally {
      this.quiet = false;
    }
  }

  private setView(view: MapView | null): void {
    if (view) this.map.setView([view.lat, view.lon], view.zoom, { animate: false });
    else fitBoundsClearOfControls(this.map, this.filterBounds(this.state.filter));
  }

  /**
   * Forgets the selection and closes its popup. `popupClosing`: called while Leaflet removes the
   * popup – closing it again then would start a second fade-out whose timer Leaflet loses track of,
   * and which takes the popup away when it is reopened within 200 ms.
   */
  private deselect(popupClosing = false): void {
    const wasQuiet = this.quiet;
    this.quiet = true;
    this.state = { ...this.state, selected: "" };
    this.layer.setSelected("");
    this.list?.setSelected("");
    void this.footprints.show("");
    if (!popupClosing) this.map.closePopup(this.popup);
    this.selectionPanel.hide();
    this.quiet = wasQuiet;
  }

  /** Closes both popups without ending the selection (it moves below the map). */
  private closePopupsQuietly(): void {
    const wasQuiet = this.quiet;
    this.quiet = true;
    this.map.closePopup(this.popup);
    this.map.closePopup(this.clusterPopup);
    this.quiet = wasQuiet;
  }

  private openCluster(latlng: L.LatLng, networks: readonly NetworkFeatureProperties[]): void {
    const sorted = orderNetworks(networks.map((p) => orderable(this.bySlug.get(p.slug)!)), null).map((slug) => this.bySlug.get(slug)!.properties);
    const content = clusterPopupContent(sorted, (slug) => this.select(slug, { history: "replace", focus: true, move: false }));
    const room = popupRoom(this.map);
    if (room) {
      this.showPopup(this.clusterPopup, CLUSTER_POPUP_WIDTH, latlng, content, room);
      this.clusterPopup.getElement()?.querySelector<HTMLElement>("button")?.focus({ preventScroll: true });
      return;
    }
    // Too low for a popup: the list goes below the map, as a network's card does. Opening it ends a
    // selection, as opening the cluster's popup closes the network's.
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (this.state.selected) {
      this.deselect();
      this.writeUrl("replace");
    }
    this.closePopupsQuietly();
    this.selectionReturn = from;
    this.selectionPanel.show({ content, announcement: `${networks.length} Netzwerke an dieser Stelle` }, true);
    this.map.fire(SELECTION_SHOWN_EVENT);
    panClearOfControls(this.map, latlng, CLUSTER_RADIUS);
  }

  /** The visitor's own filters: the state's, without what an embed locks (that is neither shown as chosen nor reset). */
  private ownFilter(): FilterState {
    const fixed = this.options.fixedFilters ?? {};
    return { ...this.state.filter, ...Object.fromEntries(Object.keys(fixed).map((key) => [key, EMPTY_FILTER[key as keyof FilterState]])) };
  }

  private readonly onEmptyReset = (): void => {
    const hadFocus = this.emptyNotice.hasFocus();
    this.changeFilter(EMPTY_FILTER, false);
    // The button is gone with the message; the list that now has entries is the place to go on.
    if (hadFocus) {
      this.afterReset.tabIndex = -1;
      this.afterReset.focus();
    }
  };

  /**
   * NRW with room for popups beyond its edges at this zoom, as the map's bounds: a popup near the
   * edge can then be shown whole (see {@link boundsWithRoomForPopups}).
   */
  private updateMaxBounds(): void {
    this.map.setMaxBounds(boundsWithRoomForPopups(this.map, NRW_BOUNDS).extend(NRW_BOUNDS.pad(0.6)));
  }

  /**
   * A new map size (phone turned, window resized): bounds and an open popup follow; a selection
   * moves between popup and panel when the map crosses the height a popup needs.
   */
  private onResize(): void {
    this.updateMaxBounds();
    const room = popupRoom(this.map);
    const slug = this.state.selected;
    if (slug && (room === null) !== this.selectionPanel.shown) {
      const focus = this.selectionPanel.hasFocus() || (this.popup.getElement()?.contains(document.activeElement) ?? false);
      this.select(slug, { history: "none", focus, move: false });
      return;
    }
    if (!room) return;
    for (const [popup, width] of [[this.popup, NETWORK_POPUP_WIDTH], [this.clusterPopup, CLUSTER_POPUP_WIDTH]] as const) {
      if (!this.map.hasLayer(popup)) continue;
      sizePopup(this.map, popup, width, room);
      popup.update();
      panPopupIntoView(this.map, popup, room);
    }
  }

  private onMoveEnd(): void {
    if (this.quiet) return;
    const center = this.map.getCenter();
    this.state = { ...this.state, view: { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng } };
    this.writeUrl("replace");
  }

  private onPopupOpen(event: L.PopupEvent): void {
    // Leaflet labels the close button in English.
    event.popup.getElement()?.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", "Schließen");
  }

  private onPopupClose(event: L.PopupEvent): void {
    if (this.quiet || event.popup !== this.popup || !this.state.selected) return;
    const slug = this.state.selected;
    const focusWasInPopup = event.popup.getElement()?.contains(document.activeElement) ?? false;
    this.deselect(true);
    // Like opening it, closing a popup replaces the history entry: "Back" leaves the map instead of reopening popups.
    this.writeUrl("replace");
    // Keyboard users continue where they came from instead of at the top of the page.
    if (focusWasInPopup || document.activeElement === document.body) this.list?.focus(slug);
  }

  /** Escape closes a popup also when focus is inside it (Leaflet only listens while the map itself has focus). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    if (this.map.hasLayer(this.popup)) this.map.closePopup(this.popup);
    else if (this.map.hasLayer(this.clusterPopup)) this.map.closePopup(this.clusterPopup);
    else if (this.selectionPanel.shown) this.selectionPanel.close();
  };

  /**
   * The panel below the map was closed: the selection ends, as when its popup closes. Focus that
   * was in the panel goes back where it came from (the list entry or the marker), else to the
   * list entry, else to the map.
   */
  private readonly onSelectionClose = (focusWasInside: boolean): void => {
    const slug = this.state.selected;
    const back = this.selectionReturn;
    this.selectionReturn = undefined;
    if (slug) {
      this.deselect();
      this.writeUrl("replace");
    }
    if (!focusWasInside) return;
    if (back?.isConnected && !this.selectionPanel.root?.contains(back) && back.getClientRects().length > 0) back.focus();
    else if (slug) this.list?.focus(slug);
    if (document.activeElement === document.body || this.selectionPanel.hasFocus()) this.canvas.focus();
  };

  /** The visitor went back or forward in the history. */
  private readonly onHistoryStep = (next: MapUrlState): void => {
    this.quiet = true;
    this.setView(next.view);
    this.quiet = false;
    void this.applyState(next);
  };

  /** Records the state in the history (none in embeds); with `afterPaint`, after the next frame. */
  private writeUrl(mode: HistoryMode, options: { afterPaint?: boolean } = {}): void {
    if (mode === "none" || this.quiet) return;
    this.history?.write(this.state, mode, options.afterPaint === true);
  }

  private selectedFootprint(): string {
    const slug = this.state.selected;
    return slug && this.bySlug.get(slug)?.properties.hasFootprint ? slug : "";
  }

  private colorOf(slug: string): string {
    const challenge = this.lockedChallenge ?? this.bySlug.get(slug)?.properties.challenges[0];
    return this.config.challenges.find((c) => c.slug === challenge)?.color ?? "#333333";
  }

  private linkOptions(): PopupOptions {
    return { linkTarget: this.options.linkTarget, linkBase: this.options.linkBase };
  }

  /** Half the size of the marker of `slug` as drawn (a selected one is larger). */
  private markerRadius(slug: string): number {
    const box = this.layer.markerElement(slug)?.getBoundingClientRect();
    return box && box.width > 0 ? Math.max(box.width, box.height) / 2 : SELECTED_RADIUS;
  }

  private addControl(control: L.Control): void {
    control.addTo(this.map);
    this.controls.push(control);
  }

  private addElement(element: HTMLElement, before: HTMLElement): HTMLElement {
    before.before(element);
    this.added.push(element);
    return element;
  }
}

/** The bounds of a Kreis, or of all Kreise of a Regierungsbezirk, from the boundary layer; undefined when unknown. */
function regionBounds(boundaries: GeoJSON.FeatureCollection | undefined, region: MapAppOptions["fitRegion"], config: MapConfig): L.LatLngBounds | undefined {
  if (!boundaries || !region) return undefined;
  const kreise = new Set(region.kreis ? [region.kreis] : config.kreise.filter((k) => k.regierungsbezirkSlug === region.regierungsbezirk).map((k) => k.slug));
  const features = boundaries.features.filter((f) => kreise.has(String(f.properties?.slug ?? "")));
  if (features.length === 0) return undefined;
  const bounds = L.geoJSON(features).getBounds();
  return bounds.isValid() ? bounds : undefined;
}

function orderable(feature: NetworkFeature) {
  return { slug: feature.properties.slug, title: feature.properties.title, point: feature.geometry.coordinates };
}
