/**
 * The accessible list of networks, usable without JavaScript: start page, themes, regions,
 * /netzwerke/, and the list beside the map on /karte/ and /embed/. A TypeScript function (used in
 * templates as the filter `networkList`) because several pages list every network: Nunjucks took
 * a quarter of the build for it at a thousand entries.
 *
 * Each <li> carries data attributes the map script filters on without parsing text: data-slug,
 * data-challenges (space-separated slugs), data-kreis, data-regierungsbezirk, data-sectors,
 * data-status, data-kmu and data-example ("true"/"false").
 */
import type { Network } from "../../dataset/types.ts";
import { challengeTerm, placeLabel, yearsLabel } from "../filters.ts";
import { html, type SafeHtml } from "../html.ts";

export interface NetworkListOptions {
  /** Heading level of each entry's title, 2–6 (default 3). */
  readonly headingLevel?: number;
  /** id of the <ul>, for the map script. */
  readonly id?: string;
}

/**
 * Renders the list.
 *
 * @param networks the networks, in the order to show
 * @param options heading level and id
 * @throws on a heading level outside 2–6 (a template mistake)
 */
export function renderNetworkList(networks: readonly Network[], options: NetworkListOptions = {}): SafeHtml {
  const level = options.headingLevel ?? 3;
  if (!Number.isInteger(level) || level < 2 || level > 6) throw new Error(`networkList: Überschriftenebene ${level} ist nicht 2–6`);
  return html`<ul class="network-list"${options.id !== undefined && html` id="${options.id}"`}>${networks.map(
    (network) => html`
  <li class="network-card challenge--${network.challenges[0]}" data-slug="${network.slug}" data-challenges="${network.challenges.join(" ")}" data-kreis="${network.kreis.slug}" data-regierungsbezirk="${network.regierungsbezirk.slug}" data-sectors="${network.sectors.join(" ")}" data-status="${network.status}" data-kmu="${String(network.hasKmu)}" data-example="${String(network.example)}">
    <h${level} class="network-card__title"><a href="/netzwerke/${network.slug}/">${network.title}</a></h${level}>
    <p class="network-card__meta">
      <span class="network-card__place">${placeLabel(network)}</span>
      <span class="network-card__status">${yearsLabel(network)}</span>${network.example && html`
      <span class="badge badge--example">Beispieleintrag</span>`}
    </p>
    <p class="network-card__summary">${network.summary}</p>
    <ul class="challenge-list">${network.challenges.map(
      (slug) => html`
      <li class="challenge challenge--${slug}"><a href="/themen/${slug}/">${challengeTerm(slug).label}</a></li>`,
    )}
    </ul>
  </li>`,
  )}
</ul>`;
}
