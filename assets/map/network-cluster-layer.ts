/**
 * All network markers as one Leaflet layer, clustered with supercluster so that networks in the
 * same city stay distinguishable and clickable, and 10,000 of them stay fast. The visible clusters
 * are rendered through an `L.GeoJSON` layer's `pointToLayer`/`onEachFeature` hooks on every
 * `moveend`.
 */
import * as L from "./leaflet.ts";
import Supercluster, { type AnyProps, type ClusterFeature, type ClusterProperties as SuperclusterProperties, type PointFeature } from "supercluster";
import type { NetworkFeature, NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import { clusterIcon, networkIcon } from "./marker-icons.ts";
import { h } from "./dom.ts";

type ClusterProperties = SuperclusterProperties & AnyProps;
type RenderedFeature = ClusterFeature<ClusterProperties> | PointFeature<NetworkFeatureProperties>;

export interface NetworkClusterLayerOptions extends L.LayerOptions {
  /** The challenge that colours a network's marker. Default: its first. */
  challengeOf?: (network: NetworkFeatureProperties) => string;
  /** Called when a network marker is clicked (or activated by keyboard). Required. */
  onSelectNetwork: (slug: string) => void;
  /** Called when a cluster that cannot be split by zooming (networks at one spot) is clicked. Required. */
  onOpenCluster: (latlng: L.LatLng, networks: readonly NetworkFeatureProperties[]) => void;
  /** Called when the pointer enters (`true`) or leaves (`false`) a network marker. Default: nothing. */
  onHoverNetwork?: (slug: string, hovering: boolean) => void;
  /** Cluster radius in screen pixels. Default 40. */
  radius?: number;
  /**
   * Highest zoom at which points are clustered. Use the map's maxZoom, so networks at one spot stay
   * a (clickable, listable) cluster at every zoom instead of hiding each other. Default 17.
   */
  clusterMaxZoom?: number;
  /** Lowest zoom the map allows: no clusters are computed below it. Default 0. */
  clusterMinZoom?: number;
  /** How many indexes {@link NetworkClusterLayer.setNetworks} keeps for selections shown before. Default 4. */
  cachedSelections?: number;
}

/** A clustered selection of networks; cluster ids are only meaningful within one index. */
interface ClusterIndex {
  readonly clusters: Supercluster<NetworkFeatureProperties, ClusterProperties>;
  readonly generation: number;
}

function isCluster(feature: RenderedFeature): feature is ClusterFeature<ClusterProperties> {
  return "cluster" in feature.properties && feature.properties.cluster === true;
}

/** What a marker element tells assistive technology and tests. */
function describeMarker(marker: L.Marker, feature: RenderedFeature): void {
  const element = marker.getElement();
  if (!element) return;
  element.setAttribute("role", "button");
  const p = feature.properties;
  if ("cluster" in p && p.cluster) {
    element.dataset.count = String(p.point_count);
    element.setAttribute("aria-label", `${p.point_count} Netzwerke an dieser Stelle`);
  } else {
    const network = p as NetworkFeatureProperties;
    element.dataset.slug = network.slug;
    element.setAttribute("aria-label", `${network.title}, ${network.gemeinde}`);
  }
}

/** The clustered network markers. Add it to a map, then feed it with {@link setNetworks}. */
export class NetworkClusterLayer extends L.Layer {
  declare options: NetworkClusterLayerOptions & L.LayerOptions;
  private readonly markers: L.GeoJSON;
  private index: Supercluster<NetworkFeatureProperties, ClusterProperties>;
  /** Supercluster cannot be queried before its first `load`. */
  private loaded = false;
  /**
   * Indexes of recent selections by their key, least recently shown first. Clustering 10,000
   * networks takes longer than everything else a filter change does, and visitors mostly go back
   * and forth between a few selections (a theme on, off again).
   */
  private readonly cache = new Map<string, ClusterIndex>();
  private selected = "";
  private readonly markerBySlug = new Map<string, L.Marker>();
  /** The drawn markers by {@link markerKey}, so a redraw only touches what changed. */
  private readonly drawn = new Map<string, L.Marker>();
  /** The number of the shown index: cluster ids are only meaningful within one index. */
  private generation = 0;
  /** Indexes built so far, to number them. */
  private generationCount = 0;

  constructor(options: NetworkClusterLayerOptions) {
    super();
    L.Util.setOptions(this, { radius: 40, clusterMaxZoom: 17, clusterMinZoom: 0, cachedSelections: 4, ...options });
    this.index = this.createIndex();
    this.markers = L.geoJSON(undefined, {
      pointToLayer: (feature, latlng) => this.markerFor(feature as unknown as RenderedFeature, latlng),
      onEachFeature: (feature, layer) => this.bindMarker(feature as unknown as RenderedFeature, layer as L.Marker),
    });
  }

  private challengeOf(network: NetworkFeatureProperties): string {
    return this.options.challengeOf?.(network) ?? network.challenges[0] ?? "";
  }

  private createIndex(): Supercluster<NetworkFeatureProperties, ClusterProperties> {
    return new Supercluster<NetworkFeatureProperties, ClusterProperties>({
      radius: this.options.radius,
      minZoom: this.options.clusterMinZoom,
      maxZoom: this.options.clusterMaxZoom,
    });
  }

  /**
   * Replaces the shown networks (e.g. after filtering) and redraws.
   *
   * @param features the networks to show
   * @param selection names this set of networks (e.g. the filter that chose them), so showing the
   *   same selection again reuses its clusters; without it the networks are always clustered anew
   */
  setNetworks(features: readonly NetworkFeature[], selection?: string): this {
    const cached = selection === undefined ? undefined : this.cache.get(selection);
    let index: ClusterIndex;
    if (cached) {
      index = cached;
      this.cache.delete(selection!);
    } else {
      const clusters = this.createIndex();
      clusters.load(features as unknown as PointFeature<NetworkFeatureProperties>[]);
      index = { clusters, generation: ++this.generationCount };
    }
    if (selection !== undefined) {
      this.cache.set(selection, index);
      for (const oldest of this.cache.keys()) {
        if (this.cache.size <= (this.options.cachedSelections ?? 4)) break;
        this.cache.delete(oldest);
      }
    }
    this.index = index.clusters;
    this.generation = index.generation;
    this.loaded = true;
    this.redraw();
    return this;
  }

  /** Highlights the marker of `slug` ("" for none). */
  setSelected(slug: string): this {
    if (slug === this.selected) return this;
    const previous = this.selected;
    this.selected = slug;
    for (const s of [previous, slug]) {
      const marker = this.markerBySlug.get(s);
      const feature = marker?.feature as unknown as PointFeature<NetworkFeatureProperties> | undefined;
      if (marker && feature) marker.setIcon(networkIcon(this.challengeOf(feature.properties), s === slug));
      if (marker) describeMarker(marker, feature as RenderedFeature);
    }
    return this;
  }

  /** The marker element of a network if it is drawn unclustered right now. */
  markerElement(slug: string): HTMLElement | undefined {
    return this.markerBySlug.get(slug)?.getElement();
  }

  /**
   * The lowest zoom at or above `fromZoom` at which `slug` is drawn on its own, or undefined when it
   * shares its spot with others up to the highest zoom.
   */
  unclusteredZoom(slug: string, point: L.LatLng, fromZoom: number): number | undefined {
    if (!this.loaded) return undefined;
    const d = 1e-6;
    const bbox: GeoJSON.BBox = [point.lng - d, point.lat - d, point.lng + d, point.lat + d];
    for (let z = Math.max(0, Math.floor(fromZoom)); z <= (this.options.clusterMaxZoom ?? 17); z++) {
      const here = this.index.getClusters(bbox, z);
      if (here.some((f) => !("cluster" in f.properties && f.properties.cluster) && (f.properties as NetworkFeatureProperties).slug === slug)) return z;
    }
    return undefined;
  }

  override onAdd(map: L.Map): this {
    map.on("moveend", this.redraw, this);
    this.markers.addTo(map);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off("moveend", this.redraw, this);
    this.markers.remove();
    return this;
  }

  /** Draws the clusters and networks of the current view (plus a margin, so panning shows markers at once). */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    if (!map || !this.loaded) return;
    const bounds = map.getBounds().pad(0.25);
    const bbox: GeoJSON.BBox = [
      Math.max(-180, bounds.getWest()),
      Math.max(-85, bounds.getSouth()),
      Math.min(180, bounds.getEast()),
      Math.min(85, bounds.getNorth()),
    ];
    const features = this.index.getClusters(bbox, Math.round(map.getZoom()));
    // Keep markers that stay (a focused marker keeps its focus while the map pans), remove the
    // rest, add the new ones.
    const wanted = new Map(features.map((f) => [this.markerKey(f), f]));
    for (const [key, marker] of this.drawn) {
      if (wanted.has(key)) continue;
      this.markers.removeLayer(marker);
      this.drawn.delete(key);
      const feature = marker.feature as unknown as RenderedFeature | undefined;
      if (feature && !isCluster(feature)) this.markerBySlug.delete((feature.properties as NetworkFeatureProperties).slug);
    }
    const added = [...wanted].filter(([key]) => !this.drawn.has(key));
    if (added.length === 0) return;
    this.markers.addData({ type: "FeatureCollection", features: added.map(([, f]) => f) } as GeoJSON.FeatureCollection);
  }

  /** Identity of a drawn marker: a network by slug, a cluster by id within this index. */
  private markerKey(feature: RenderedFeature): string {
    return isCluster(feature) ? `c${this.generation}:${feature.properties.cluster_id}` : `n:${(feature.properties as NetworkFeatureProperties).slug}`;
  }

  private markerFor(feature: RenderedFeature, latlng: L.LatLng): L.Marker {
    const p = feature.properties;
    let marker: L.Marker;
    if ("cluster" in p && p.cluster) {
      marker = L.marker(latlng, { icon: clusterIcon(p.point_count, p.point_count_abbreviated), keyboard: true, riseOnHover: true });
    } else {
      const network = p as NetworkFeatureProperties;
      marker = L.marker(latlng, { icon: networkIcon(this.challengeOf(network), network.slug === this.selected), keyboard: true, riseOnHover: true });
      this.markerBySlug.set(network.slug, marker);
    }
    this.drawn.set(this.markerKey(feature), marker);
    return marker;
  }

  private bindMarker(feature: RenderedFeature, marker: L.Marker): void {
    marker.on("add", () => describeMarker(marker, feature));
    const p = feature.properties;
    const activate =
      "cluster" in p && p.cluster
        ? () => this.openCluster(p.cluster_id, marker.getLatLng())
        : () => this.options.onSelectNetwork((p as NetworkFeatureProperties).slug);
    marker.on("click", activate);
    // Markers are buttons for keyboard users too (Leaflet itself only opens *bound* popups on Enter).
    marker.on("keydown", (event) => {
      const key = (event as L.LeafletKeyboardEvent).originalEvent.key;
      if (key !== "Enter" && key !== " ") return;
      (event as L.LeafletKeyboardEvent).originalEvent.preventDefault();
      activate();
    });
    if ("cluster" in p && p.cluster) return;
    const network = p as NetworkFeatureProperties;
    // Leaflet sets string content as innerHTML; the title is an entry's text, so it goes in as a text node.
    marker.bindTooltip(() => h("span", {}, network.title), { direction: "top", offset: [0, -10] });
    if (this.options.onHoverNetwork) {
      const onHover = this.options.onHoverNetwork;
      marker.on("mouseover", () => onHover(network.slug, true));
      marker.on("mouseout", () => onHover(network.slug, false));
    }
  }

  /** Zooms into a cluster, or lists its networks when zooming would not split it. */
  private openCluster(clusterId: number, latlng: L.LatLng): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const expansionZoom = this.index.getClusterExpansionZoom(clusterId);
    if (expansionZoom <= Math.min(map.getMaxZoom(), this.options.clusterMaxZoom ?? 17)) {
      map.setView(latlng, expansionZoom);
      return;
    }
    const leaves = this.index.getLeaves(clusterId, Infinity).map((f) => f.properties);
    this.options.onOpenCluster(latlng, leaves);
  }
}
