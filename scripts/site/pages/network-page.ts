/**
 * The network page /netzwerke/<slug>/: everything an entry says, its place, its neighbours on the
 * map and by theme. Written in TypeScript rather than Nunjucks because it is the one page rendered
 * once per entry – typed against `Network`, so a renamed field fails the typecheck instead of
 * printing nothing – and because every string in it comes from a stranger's pull request: the
 * `html` tag escapes all of it, and only the Markdown renderer, the map SVG and JSON-LD are
 * trusted markup.
 */
import type { Network } from "../../dataset/types.ts";
import {
  backboneTitle,
  challengeTerm,
  collectiveImpactRows,
  countLabel,
  editUrl,
  germanNumber,
  IMPACT_STAIRCASE_TEXT,
  impactLevelText,
  impactSteps,
  placeLabel,
  statusLabel,
  type SiteSettings,
} from "../filters.ts";
import { formatGermanDate, isoDate } from "../german-date.ts";
import { yearsAfterStatus } from "../../../assets/site/network-years.ts";
import { html, trustedHtml, type SafeHtml } from "../html.ts";
import { networkJsonLd, serializeJsonLd } from "../json-ld.ts";
import { renderEntryMarkdown } from "../safe-markdown.ts";
import { NEARBY_RADIUS_KM, type NearbyNetwork, type PartnerGroup } from "../site-model.ts";
import { locationMapSvg } from "../static-map-svg.ts";
import { PRACTICE_URL } from "./practice-page.ts";

/** What a network page shows besides the network itself, from the site model. */
export interface NetworkPageContext {
  readonly site: SiteSettings;
  readonly partnerGroups: readonly PartnerGroup[];
  readonly related: readonly Network[];
  readonly nearby: readonly NearbyNetwork[];
}

/**
 * The content of a network page (inside <main>; the frame is the base layout's).
 *
 * @param network the network
 * @param context its partner groups, related and nearby networks, the site settings
 */
export function renderNetworkPage(network: Network, context: NetworkPageContext): SafeHtml {
  const labels = network.challenges.map((slug) => challengeTerm(slug).label);
  return html`${
    !network.example && html`<script type="application/ld+json">${trustedHtml(serializeJsonLd(networkJsonLd(network, context.site, labels)))}</script>
`
  }<article class="network" aria-labelledby="netzwerk-titel">
  <header class="network__header challenge--${network.challenges[0]}">${network.example && html`
    <p class="example-notice"><strong class="badge badge--example">Beispieleintrag</strong> Dieses Netzwerk ist erfunden. Es zeigt, wie ein Eintrag aussieht.</p>`}
    <h1 id="netzwerk-titel">${network.title}</h1>
    <p class="lead">${network.summary}</p>
    <ul class="challenge-list">${network.challenges.map((slug, i) => html`
      <li class="challenge challenge--${slug}" data-pagefind-filter="Thema"><a href="/themen/${slug}/">${labels[i]}</a></li>`)}
    </ul>
  </header>

  <div class="network__layout">
    <div class="network__main">
${facts(network)}
${partners(context.partnerGroups)}${description(network)}${impact(network)}${collectiveImpact(network)}
    </div>

    <aside class="network__aside" aria-label="Lage und Kontakt">
      <figure class="location-map">
        ${trustedHtml(locationMapSvg(network))}
        <figcaption>${placeLabel(network)}, ${network.regierungsbezirk.name} – <a href="/karte/?netzwerk=${network.slug}">auf der Karte zeigen</a></figcaption>
      </figure>${contact(network)}${
        network.added
          ? html`
      <p class="network__added">In die Karte aufgenommen am <time datetime="${isoDate(network.added)}">${formatGermanDate(network.added)}</time></p>`
          : ""
      }${
        // Without a date the line would only say "nicht angegeben", which reads like an unfinished page.
        network.reviewed &&
        html`
      <p class="network__reviewed">Stand der Angaben: <time datetime="${isoDate(network.reviewed)}">${formatGermanDate(network.reviewed)}</time></p>`
      }
      <p class="network__edit"><a href="${editUrl(network, context.site)}">Eintrag bearbeiten</a> <span class="hint">(im Repository, Anleitung unter <a href="/mitmachen/">Mitmachen</a>)</span></p>
    </aside>
  </div>

  <div class="network__more" data-pagefind-ignore>
${related(context.related)}
${nearby(network, context.nearby)}
  </div>
</article>`;
}

function facts(network: Network): SafeHtml {
  return html`      <section class="network__facts" aria-labelledby="steckbrief">
        <h2 id="steckbrief">Steckbrief</h2>
        <dl class="facts">
          <div><dt>Gemeinde</dt><dd>${network.gemeinde.name}</dd></div>
          <div><dt>${network.kreis.type}</dt><dd><a href="/regionen/${network.kreis.slug}/" data-pagefind-filter="Region">${network.kreis.name}</a></dd></div>
          <div><dt>Regierungsbezirk</dt><dd><a href="/regionen/${network.regierungsbezirk.slug}/">${network.regierungsbezirk.name}</a></dd></div>${
            network.area.length > 0 &&
            html`
          <div><dt>Wirkungsgebiet</dt><dd>${network.area.map((place, i) => [
            i > 0 && ", ",
            place.kind !== "gemeinde" && place.slug ? html`<a href="/regionen/${place.slug}/">${place.name}</a>` : place.name,
          ])}</dd></div>`
          }
          <div><dt>Status</dt><dd><span class="status status--${network.status}">${statusLabel(network.status)}</span> (${yearsAfterStatus(network)})</dd></div>
          <div><dt>Partner</dt><dd>${countLabel(network.partners.length, "Partner", "Partner")}${network.hasKmu && ", darunter kleine und mittlere Unternehmen"}</dd></div>
        </dl>
      </section>`;
}

function partners(groups: readonly PartnerGroup[]): SafeHtml {
  return html`      <section class="network__partners" aria-labelledby="partner">
        <h2 id="partner">Partner</h2>${groups.map(
          (group) => html`
        <h3>${group.sector.label}</h3>
        <ul class="partner-list">${group.partners.map(
          (partner) => html`
          <li>
            <span class="partner__name">${partner.name}</span>${
              partner.size === "kmu"
                ? html` <abbr class="badge badge--kmu" title="kleines oder mittleres Unternehmen">KMU</abbr>`
                : partner.size === "gross" && html` <span class="badge badge--gross">Großunternehmen</span>`
            }${partner.role && html`<span class="partner__role"> – ${partner.role}</span>`}
          </li>`,
        )}
        </ul>`,
        )}
      </section>`;
}

function description(network: Network): SafeHtml | undefined {
  if (network.body.trim() === "") return undefined;
  return html`
      <section class="network__description" aria-label="Beschreibung">
        <div class="prose entry-body">
${trustedHtml(renderEntryMarkdown(network.body))}
        </div>
      </section>`;
}

function impact(network: Network): SafeHtml | undefined {
  const impact = network.impact;
  if (!impact) return undefined;
  const level = impact.level;
  return html`
      <section class="network__impact" aria-labelledby="wirkung">
        <h2 id="wirkung">Wirkung</h2>${
          impact.goals &&
          html`
        <h3>Ziele</h3>
        <ul>${impact.goals.map((goal) => html`
          <li>${goal}</li>`)}
        </ul>`
        }${level !== undefined && staircase(level)}${
          impact.indicators &&
          html`
        <h3 id="kennzahlen">Kennzahlen</h3>
        <div class="table-scroll" tabindex="0">
        <table class="indicators" aria-labelledby="kennzahlen">
          <thead><tr><th scope="col">Kennzahl</th><th scope="col" class="num">Wert</th><th scope="col">Jahr</th><th scope="col">Quelle</th></tr></thead>
          <tbody>${impact.indicators.map(
            (indicator) => html`
            <tr><th scope="row">${indicator.name}</th><td class="num">${germanNumber(indicator.value)}${indicator.unit && ` ${indicator.unit}`}</td><td>${indicator.year}</td><td>${indicator.source || "–"}</td></tr>`,
          )}
          </tbody>
        </table>
        </div>`
        }
      </section>`;
}

/** The Wirkungstreppe, top step first, the reached steps marked. */
function staircase(level: number): SafeHtml {
  return html`
        <h3>Wirkungstreppe</h3>
        <p class="staircase__summary"><strong>${impactLevelText(level)}</strong></p>
        <ol class="staircase">${[...impactSteps()].reverse().map(
          (step) => html`
          <li class="staircase__step staircase__step--${step.level}${step.level <= level && " staircase__step--reached"}"${step.level === level && trustedHtml(' aria-current="step"')} value="${step.level}">
            <span class="staircase__level">${step.level}</span> ${step.title}${step.level === level && html` <span class="staircase__mark">(erreicht)</span>`}
          </li>`,
        )}
        </ol>
        <p class="hint">${IMPACT_STAIRCASE_TEXT} Die Stufe ist eine Selbsteinschätzung des Netzwerks. <a href="${PRACTICE_URL}#wirkungstreppe">Wie weit andere Netzwerke gekommen sind</a></p>`;
}

function collectiveImpact(network: Network): SafeHtml | undefined {
  const ci = network.collectiveImpact;
  if (!ci) return undefined;
  return html`
      <section class="network__collective-impact" aria-labelledby="collective-impact">
        <h2 id="collective-impact">Collective Impact: Selbsteinschätzung</h2>
        <p class="hint">Collective Impact nennt fünf Bedingungen, unter denen Partner aus verschiedenen Sektoren gemeinsam Wirkung erzielen. So schätzt das Netzwerk sich selbst ein:</p>
        <dl class="conditions">${collectiveImpactRows(ci).map(
          (row) => html`
          <div class="condition condition--${row.rating || "keine"}">
            <dt>${row.title}</dt>
            <dd><span class="rating rating--${row.rating || "keine"}">${row.ratingLabel}</span>${row.note && html` <span class="condition__note">${row.note}</span>`}</dd>
          </div>`,
        )}
          <div class="condition">
            <dt>${backboneTitle()}</dt>
            <dd>${ci.backbone_organisation || "keine Angabe"}</dd>
          </div>
        </dl>
        <p class="hint"><a href="${PRACTICE_URL}#bedingungen">Wie andere Netzwerke die Bedingungen erfüllen</a> – in ihren eigenen Worten.</p>
      </section>`;
}

function contact(network: Network): SafeHtml | undefined {
  const c = network.contact;
  if (!c) return undefined;
  // The schema allows only http(s) websites; checked again here because this is where a link is made.
  const website = c.website && /^https?:\/\//.test(c.website) ? c.website : undefined;
  return html`
      <section class="contact" aria-labelledby="kontakt">
        <h2 id="kontakt">Kontakt</h2>
        <ul class="contact__list">${c.person && html`<li>${c.person}</li>`}${
          website &&
          html`
          <li><a href="${website}" rel="nofollow ugc noopener">Website des Netzwerks</a></li>`
        }${c.email && html`<li><a href="${mailtoHref(c.email)}">${c.email}</a></li>`}
        </ul>
      </section>`;
}

/**
 * The mail link of a contact address. The address format allows „?“, „&“, „=“ and „%“ before the
 * „@“, which in a `mailto:` link would start header fields (`kontakt?bcc=…@example.org` sends a
 * copy elsewhere); percent-encoded, the whole address stays the one recipient it appears to be.
 *
 * @example
 * mailtoHref("kontakt?bcc=spion@example.org"); // "mailto:kontakt%3Fbcc%3Dspion@example.org"
 */
export function mailtoHref(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0) return `mailto:${encodeURIComponent(email)}`;
  return `mailto:${encodeURIComponent(email.slice(0, at))}@${encodeURIComponent(email.slice(at + 1))}`;
}

function related(networks: readonly Network[]): SafeHtml {
  return html`    <section aria-labelledby="weitere-zum-thema">
      <h2 id="weitere-zum-thema">Netzwerke mit gemeinsamen Themen</h2>${
        networks.length > 0
          ? html`
      <ul class="link-list">${networks.map((other) => html`
        <li><a href="/netzwerke/${other.slug}/">${other.title}</a> <span class="hint">${placeLabel(other)}</span></li>`)}
      </ul>`
          : html`
      <p>Noch keine weiteren Netzwerke zu diesen Themen. <a href="/mitmachen/">Kennen Sie eines?</a></p>`
      }
    </section>`;
}

/**
 * Where a nearby network is, as far as the data tells: a network without coordinates stands at its
 * Gemeinde's middle, so two such networks in one Gemeinde are "1 km" apart on paper however far
 * apart they really are.
 */
function nearbyHint(network: Network, other: Network, km: number): string {
  const approximate = network.pointSource === "gemeinde" || other.pointSource === "gemeinde";
  if (approximate && other.gemeinde.ags === network.gemeinde.ags) return `ebenfalls in ${other.gemeinde.name}`;
  return `${other.gemeinde.name}, etwa ${km} km entfernt`;
}

function nearby(network: Network, items: readonly NearbyNetwork[]): SafeHtml {
  return html`    <section aria-labelledby="in-der-naehe">
      <h2 id="in-der-naehe">Netzwerke in der Nähe</h2>${
        items.length > 0
          ? html`
      <ul class="link-list">${items.map(({ network: other, km }) => html`
        <li><a href="/netzwerke/${other.slug}/">${other.title}</a> <span class="hint">${nearbyHint(network, other, km)}</span></li>`)}
      </ul>`
          : html`
      <p>Im Umkreis von ${NEARBY_RADIUS_KM} km ist noch kein weiteres Netzwerk eingetragen.</p>`
      }
    </section>`;
}
