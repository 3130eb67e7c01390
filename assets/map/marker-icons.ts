/**
 * The map's markers as Leaflet DivIcons: a coloured dot per network (colour of its first
 * challenge, from the `.challenge--<slug>` classes of /assets/challenges.css) and a numbered bubble
 * per cluster. Built with DOM APIs, so no image is fetched and no style attribute is needed
 * (strict CSP).
 */
import * as L from "./leaflet.ts";
import { h } from "./dom.ts";

/** Dot diameter in CSS pixels; the hit area is larger (see map.css). */
const NETWORK_SIZE = 18;

/** The icon of one network. */
export function networkIcon(challenge: string, selected: boolean): L.DivIcon {
  const dot = h("span", { class: `gw-marker__dot challenge--${challenge}` });
  const size = selected ? NETWORK_SIZE + 8 : NETWORK_SIZE;
  return L.divIcon({
    html: dot,
    className: selected ? "gw-marker gw-marker--selected" : "gw-marker",
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
    popupAnchor: [0, -size / 2],
  });
}

/** The icon of a cluster of `count` networks; bigger for bigger clusters. */
export function clusterIcon(count: number, label: string | number): L.DivIcon {
  const size = count < 10 ? 30 : count < 100 ? 36 : count < 1000 ? 44 : 52;
  return L.divIcon({
    html: h("span", { class: "gw-cluster__count" }, String(label)),
    className: "gw-cluster",
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
