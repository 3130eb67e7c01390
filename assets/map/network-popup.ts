/**
 * The contents of the map's popups, built from untrusted entry data with DOM APIs only: a
 * network's card, its short form for the panel below maps too low for a popup, and the list of
 * networks sharing one spot.
 */
import type { NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import type { MapConfig } from "./map-config.ts";
import { h, type Child } from "./dom.ts";
import { yearsAfterStatus } from "../site/network-years.ts";
import { labelOf } from "./term-labels.ts";

/** How popups link to network pages. */
export interface PopupOptions {
  /** `target` of links to network pages, e.g. "_top" in an embed. Default: none (same frame). */
  readonly linkTarget?: string;
  /** Base that makes links absolute, e.g. `location.origin` in an embed. Default: none (relative). */
  readonly linkBase?: string;
}

function pageLink(network: NetworkFeatureProperties, options: PopupOptions, ...content: Child[]): HTMLAnchorElement {
  const href = options.linkBase ? new URL(network.url, options.linkBase).href : network.url;
  return h("a", { href, target: options.linkTarget, rel: options.linkTarget === "_blank" ? "noopener" : undefined }, ...content);
}

/** The card of one network: title, themes (challenges), place, partner sectors (KMU marked), status and a link. */
export function networkPopupContent(network: NetworkFeatureProperties, config: MapConfig, options: PopupOptions = {}): HTMLElement {
  const challenges = h("ul", { class: "gw-popup__challenges", "aria-label": "Themen" });
  for (const slug of network.challenges) {
    challenges.append(h("li", {}, h("span", { class: `gw-swatch challenge--${slug}`, "aria-hidden": "true" }), labelOf(config.challenges, slug)));
  }
  const sectors = network.sectors.map((s) => labelOf(config.sectors, s));
  return h(
    "article",
    { class: "gw-popup", "data-slug": network.slug },
    h("h2", { class: "gw-popup__title" }, pageLink(network, options, network.title)),
    network.example ? h("p", { class: "gw-popup__example" }, "Beispieleintrag") : null,
    h("p", { class: "gw-popup__place" }, placeText(network)),
    challenges,
    network.summary ? h("p", { class: "gw-popup__summary" }, network.summary) : null,
    h(
      "dl",
      { class: "gw-popup__facts" },
      h("dt", {}, "Partner aus"),
      // The badge's margin is only visual: without the space, text and screen readers run the words together.
      h("dd", {}, sectors.join(", ") || "–", network.hasKmu ? " " : null, network.hasKmu ? h("span", { class: "gw-badge" }, "mit KMU") : null),
      h("dt", {}, "Status"),
      // As on the network page: "abgeschlossen (2012 bis 2019)".
      h("dd", {}, `${labelOf(config.statuses, network.status)} (${yearsAfterStatus(network)})`),
    ),
    h("p", { class: "gw-popup__more" }, pageLink(network, options, "Zum Netzwerk", h("span", { class: "gw-visually-hidden" }, `: ${network.title}`))),
  );
}

/**
 * The short card of one network, shown below maps too low for a popup (selection-panel.ts): title
 * and place tell which marked dot it is, the links lead to its page in one step. Themes, partners
 * and summary are one click away there, and in the list under the map.
 */
export function networkSummaryContent(network: NetworkFeatureProperties, options: PopupOptions = {}): HTMLElement {
  return h(
    "article",
    { class: "gw-popup", "data-slug": network.slug },
    h("h2", { class: "gw-popup__title" }, pageLink(network, options, network.title)),
    h("p", { class: "gw-popup__place" }, placeText(network), network.example ? " · Beispieleintrag" : null),
    h("p", { class: "gw-popup__more" }, pageLink(network, options, "Zum Netzwerk", h("span", { class: "gw-visually-hidden" }, `: ${network.title}`))),
  );
}

/** What screen readers hear when a network is selected and focus stays on the map: "Ausgewählt: Title, Place". */
export function networkAnnouncement(network: NetworkFeatureProperties): string {
  return `Ausgewählt: ${network.title}, ${placeText(network)}`;
}

/** "Hennef (Sieg), Rhein-Sieg-Kreis", or just "Köln" where Gemeinde and Kreis coincide. */
function placeText(network: NetworkFeatureProperties): string {
  return network.kreis && network.kreis !== network.gemeinde ? `${network.gemeinde}, ${network.kreis}` : network.gemeinde;
}

/** Several networks at one spot: a list to pick one from. */
export function clusterPopupContent(networks: readonly NetworkFeatureProperties[], onSelect: (slug: string) => void): HTMLElement {
  const list = h("ul", { class: "gw-popup__cluster" });
  for (const network of networks) {
    const button = h("button", { type: "button", class: "gw-link-button" }, network.title);
    button.addEventListener("click", () => onSelect(network.slug));
    list.append(h("li", {}, button));
  }
  return h("div", { class: "gw-popup" }, h("h2", { class: "gw-popup__title" }, `${networks.length} Netzwerke an dieser Stelle`), list);
}
