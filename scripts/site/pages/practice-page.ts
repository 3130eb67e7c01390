/**
 * The page /lernen/ ("Aus der Praxis lernen"): the networks' self-assessments side by side, per
 * Collective Impact condition and per step of the Wirkungstreppe, in the networks' own words (see
 * practice-view.ts). Everything from entries is escaped by `html`.
 */
import { backboneTitle, countLabel, germanNumber, IMPACT_STAIRCASE_TEXT, placeLabel } from "../filters.ts";
import { html, type SafeHtml } from "../html.ts";
import type { Network } from "../../dataset/types.ts";
import type { ConditionView, PracticeView } from "../practice-view.ts";

/** Site path of the page. */
export const PRACTICE_URL = "/lernen/";

/** Anchor of a condition's section on /lernen/, e.g. "shared-measurement"; network pages link to it. */
export function conditionAnchor(key: string): string {
  return key.replace(/_/g, "-");
}

/**
 * The content of /lernen/ (inside <main>; the frame is the base layout's).
 *
 * @param view the self-assessments of all networks
 * @param networkCount how many networks the site shows
 */
export function renderPracticePage(view: PracticeView, networkCount: number): SafeHtml {
  return html`<div class="page practice">
  <header class="page-header">
    <h1>Aus der Praxis lernen</h1>
    <p class="lead">„Es geht uns vielmehr darum, Impulse zu geben und zum Lernen von funktionierender Praxis anzuregen“, sagt die Initiative „Gemeinsam wirken“. Hier steht nebeneinander, wie die Netzwerke auf der Karte die Bedingungen von Collective Impact erfüllen und wie weit sie auf der Wirkungstreppe gekommen sind – in ihren eigenen Worten.</p>
    <p class="hint">Alles hier sind Selbsteinschätzungen der Netzwerke; die Initiative prüft sie nicht. ${countLabel(view.assessed, "Netzwerk", "Netzwerke")} von ${germanNumber(networkCount)} ${view.assessed === 1 ? "hat" : "haben"} eine Selbsteinschätzung eingetragen.</p>
    <nav class="practice__toc" aria-label="Auf dieser Seite">
      <ul>${view.conditions.map((c) => html`
        <li><a href="#${conditionAnchor(c.key)}">${c.title}</a></li>`)}
        <li><a href="#backbone">${backboneTitle()}</a></li>
        <li><a href="#wirkungstreppe">Wirkungstreppe</a></li>
        <li><a href="#kennzahlen">Kennzahlen</a></li>
      </ul>
    </nav>
  </header>

  <section aria-labelledby="bedingungen">
    <h2 id="bedingungen">Die fünf Bedingungen von Collective Impact</h2>
    <p>Collective Impact beschreibt fünf Bedingungen, unter denen Partner aus Kommune, Wirtschaft und Zivilgesellschaft gemeinsam mehr erreichen als jeder für sich. Jedes Netzwerk kann für vier davon angeben, wie weit es sie erfüllt, und die fünfte, seine koordinierende Organisation, nennen.</p>${view.conditions.map(condition)}
    <section class="practice__condition" aria-labelledby="backbone">
      <h3 id="backbone">${backboneTitle()}</h3>
      <p>Eine Organisation, die das Netzwerk koordiniert und unterstützt: Sie lädt ein, hält Ergebnisse fest und behält das gemeinsame Ziel im Blick.</p>${
        view.backbones.length > 0
          ? html`
      <ul class="practice__list">${view.backbones.map(
        ({ network, organisation }) => html`
        <li><span class="practice__quote">${organisation}</span> – ${networkReference(network)}</li>`,
      )}
      </ul>`
          : html`
      <p>Noch kein Netzwerk hat seine koordinierende Organisation eingetragen.</p>`
      }
    </section>
  </section>

  <section aria-labelledby="wirkungstreppe">
    <h2 id="wirkungstreppe">Wirkungstreppe</h2>
    <p>${IMPACT_STAIRCASE_TEXT} Jedes Netzwerk steht hier auf der höchsten Stufe, die es nach eigener Einschätzung erreicht hat.</p>
    <ol class="practice__steps">${view.steps.map(
      (step) => html`
      <li value="${step.level}">
        <h3 class="practice__step-title"><span class="staircase__level">${step.level}</span> ${step.title}</h3>${
          step.networks.length > 0
            ? html`
        <ul class="practice__list">${step.networks.map((network) => html`
          <li>${networkReference(network)}</li>`)}
        </ul>`
            : html`
        <p class="practice__none">Noch kein Netzwerk auf dieser Stufe.</p>`
        }
      </li>`,
    )}
    </ol>
  </section>

  <section aria-labelledby="kennzahlen">
    <h2 id="kennzahlen">Kennzahlen</h2>${
      view.indicators.length > 0
        ? html`
    <p>Diese Netzwerke veröffentlichen messbare Ergebnisse, jeweils mit Jahr und meist mit Quelle. Wer eine gemeinsame Erfolgsmessung aufbaut, findet dort Beispiele, was sich zählen lässt.</p>
    <ul class="practice__list">${view.indicators.map(
      ({ network, count }) => html`
      <li>${networkReference(network)}: <a href="/netzwerke/${network.slug}/#kennzahlen">${countLabel(count, "Kennzahl", "Kennzahlen")}</a></li>`,
    )}
    </ul>`
        : html`
    <p>Noch kein Netzwerk veröffentlicht Kennzahlen.</p>`
    }
  </section>

  <p class="practice__more">Ihr Netzwerk fehlt oder hat dazugelernt? <a href="/mitmachen/">Tragen Sie es ein oder ergänzen Sie seine Selbsteinschätzung</a> – jedes Beispiel hilft anderen.</p>
</div>
`;
}

function condition(view: ConditionView): SafeHtml {
  const id = conditionAnchor(view.key);
  return html`
    <section class="practice__condition" aria-labelledby="${id}">
      <h3 id="${id}">${view.title}</h3>
      <p>${view.description}</p>
      <p class="practice__counts">${view.counts.map(
        (c, i) => html`${i > 0 && " · "}<span class="rating rating--${c.rating}">${c.label}</span> bei ${countLabel(c.count, "Netzwerk", "Netzwerken")}`,
      )}</p>${
        view.practice.length > 0
          ? html`
      <h4>So beschreiben es die Netzwerke</h4>
      <ul class="practice__list">${view.practice.map(
        (p) => html`
        <li>${networkReference(p.network)} <span class="rating rating--${p.rating}">${p.ratingLabel}</span>
          <p class="practice__quote">${p.note}</p>
        </li>`,
      )}
      </ul>`
          : html`
      <p class="practice__none">Noch kein Netzwerk hat seine Einschätzung erläutert.</p>`
      }
    </section>`;
}

/** "Pflegebündnis Lippe (Detmold, Kreis Lippe)", linked, with the example badge where it is one. */
function networkReference(network: Network): SafeHtml {
  return html`<a href="/netzwerke/${network.slug}/">${network.title}</a> <span class="practice__place">(${placeLabel(network)})</span>${
    network.example && html` <span class="badge badge--example">Beispieleintrag</span>`
  }`;
}
