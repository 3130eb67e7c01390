/**
 * A region page /regionen/<region>/: a Regierungsbezirk (with its Kreise and their counts) or a
 * Kreis / kreisfreie Stadt, the networks based there and those based elsewhere that also work
 * there. One per region with networks, all from the dataset, so it is an output of the dataset like
 * the network pages (dataset-pages.ts) rather than an Eleventy pagination template.
 */
import { countLabel } from "../filters.ts";
import { html, type SafeHtml } from "../html.ts";
import type { RegionView } from "../site-model.ts";
import type { FeedLink } from "../network-feed.ts";
import { renderNetworkList } from "./network-list.ts";

/** Site path of a region page. */
export function regionUrl(slug: string): string {
  return `/regionen/${slug}/`;
}

/** "im Kreis Gütersloh", "im Regierungsbezirk Köln", but "in Köln" (kreisfreie Stadt). */
export function regionPreposition(region: Pick<RegionView, "kind" | "typeLabel">): "im" | "in" {
  return region.kind === "regierungsbezirk" || region.typeLabel === "Kreis" ? "im" : "in";
}

/**
 * The content of a region page (inside <main>; the frame is the base layout's).
 *
 * @param region the region with its networks in title order
 * @param feed the region's feed of networks
 */
export function renderRegionPage(region: RegionView, feed: FeedLink): SafeHtml {
  const preposition = regionPreposition(region);
  // The map's and the embed's address parameter for this kind of region (assets/map/url-state.ts).
  const mapParameter = region.kind === "regierungsbezirk" ? "bezirk" : "kreis";
  const total = region.networks.length + region.alsoActive.length;
  return html`<div class="page">
  <header class="page-header">
    <p class="breadcrumb"><a href="/regionen/">Regionen</a>${region.parent && html` › <a href="${regionUrl(region.parent.slug)}">${region.parent.name}</a>`}</p>
    <h1>${region.name}</h1>
    <p class="lead">${region.typeLabel} in Nordrhein-Westfalen · ${countLabel(total, "Netzwerk", "Netzwerke")}</p>
    <ul class="page-actions">
      <li><a href="/karte/?${mapParameter}=${region.slug}">Auf der Karte zeigen</a></li>
      <li><a href="/einbetten/?${mapParameter}=${region.slug}">Diese Karte auf der eigenen Website zeigen</a></li>
      <li><a href="${feed.href}" type="application/atom+xml">${feed.title} als Feed</a></li>
    </ul>
  </header>${
    region.kind === "regierungsbezirk" &&
    html`
  <section aria-labelledby="kreise">
    <h2 id="kreise">Kreise und kreisfreie Städte</h2>
    <ul class="region-list">${region.kreise.map((kreis) =>
      kreis.count > 0
        ? html`
      <li><a href="${regionUrl(kreis.slug)}">${kreis.name}</a> <span class="count">${kreis.count}</span></li>`
        : html`
      <li class="region-list__empty">${kreis.name} <span class="count">0</span></li>`,
    )}
    </ul>
  </section>`
  }${
    region.networks.length > 0 &&
    html`
  <section aria-labelledby="netzwerke-der-region">
    <h2 id="netzwerke-der-region">Netzwerke mit Sitz ${preposition} ${region.name}</h2>
    ${renderNetworkList(region.networks, { headingLevel: 3 })}
  </section>`
  }${
    region.alsoActive.length > 0 &&
    html`
  <section aria-labelledby="auch-aktiv">
    <h2 id="auch-aktiv">Auch hier aktiv</h2>
    <p>Diese Netzwerke haben ihren Sitz anderswo, wirken aber auch ${preposition} ${region.name}.</p>
    ${renderNetworkList(region.alsoActive, { headingLevel: 3 })}
  </section>`
  }
</div>
`;
}
