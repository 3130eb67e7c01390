/**
 * A theme page /themen/<thema>/: one challenge from the vocabulary and every network working on it.
 * One per challenge, all from the dataset, so it is an output of the dataset like the network
 * pages (dataset-pages.ts) rather than an Eleventy pagination template.
 */
import { countLabel } from "../filters.ts";
import { html, type SafeHtml } from "../html.ts";
import type { ChallengeView } from "../site-model.ts";
import type { FeedLink } from "../network-feed.ts";
import { renderNetworkList } from "./network-list.ts";

/** Site path of a theme page. */
export function themeUrl(slug: string): string {
  return `/themen/${slug}/`;
}

/**
 * The content of a theme page (inside <main>; the frame is the base layout's).
 *
 * @param view the challenge and its networks in title order
 * @param feed the theme's feed of networks
 */
export function renderThemePage({ challenge, networks }: ChallengeView, feed: FeedLink): SafeHtml {
  return html`<div class="page">
  <header class="page-header theme-header challenge--${challenge.slug}">
    <p class="breadcrumb"><a href="/themen/">Themen</a></p>
    <h1>${challenge.label}</h1>
    <p class="lead">${challenge.description}</p>
    <p>${countLabel(networks.length, "Netzwerk arbeitet", "Netzwerke arbeiten")} an diesem Thema.</p>
    <ul class="page-actions">
      <li><a href="/karte/?thema=${challenge.slug}">Auf der Karte zeigen</a></li>
      <li><a href="/einbetten/?thema=${challenge.slug}">Diese Karte auf der eigenen Website zeigen</a></li>
      <li><a href="${feed.href}" type="application/atom+xml">Neue Netzwerke zu diesem Thema als Feed</a></li>
    </ul>
  </header>
  ${
    networks.length > 0
      ? renderNetworkList(networks, { headingLevel: 2 })
      : html`<p>Zu diesem Thema ist noch kein Netzwerk eingetragen. <a href="/mitmachen/">Tragen Sie eines ein</a> – jedes Beispiel hilft anderen, von funktionierender Praxis zu lernen.</p>`
  }
</div>
`;
}
