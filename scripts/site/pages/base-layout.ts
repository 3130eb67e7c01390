/**
 * The frame of every page: head with CSP, meta and Open Graph tags, header with navigation and
 * search form, the page's content in <main>, footer. Eleventy uses it as the layout `base`
 * (content/_layouts/base.11ty.js); the network pages call it directly.
 */
import { sitePolicy } from "../content-security-policy.ts";
import { absoluteUrl } from "../filters.ts";
import { html, trustedHtml, type SafeHtml } from "../html.ts";

/** The site settings the frame reads (content/_data/site.js). */
export interface LayoutSite {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly url: string;
  readonly publisher: { readonly name: string };
  readonly contentLicense: { readonly name: string; readonly url: string };
  readonly geoAttribution: { readonly text: string; readonly license: string; readonly licenseUrl: string };
}

/** What a page tells its frame, mostly from its front matter. Everything but `site` is optional. */
export interface LayoutData {
  readonly site: LayoutSite;
  /** The page's URL (Eleventy's `page.url`); false or missing for pages without one. */
  readonly url?: string | false;
  /** Page title; the page writes its own h1. */
  readonly title?: string;
  /** Meta and Open Graph description (default: the site's). */
  readonly description?: string;
  /** Extra stylesheet URLs, e.g. ["/assets/map.css"]. */
  readonly styles?: readonly string[];
  /** Extra script URLs, loaded with defer. */
  readonly scripts?: readonly string[];
  /** true: Pagefind indexes the page's <main>. */
  readonly search?: boolean;
  /** Open Graph type (default "website"). */
  readonly ogType?: string;
  /** e.g. "noindex". */
  readonly robots?: string;
  /** Class on <body>. */
  readonly bodyClass?: string;
  /** false omits the canonical link. */
  readonly canonical?: boolean;
  /** Feeds of this page besides the site's two (e.g. a theme's networks). */
  readonly feeds?: readonly { readonly title: string; readonly href: string }[];
}

const NAV_ITEMS: readonly (readonly [href: string, label: string])[] = [
  ["/karte/", "Karte"],
  ["/netzwerke/", "Netzwerke"],
  ["/themen/", "Themen"],
  ["/regionen/", "Regionen"],
  ["/lernen/", "Lernen"],
  ["/initiative/", "Initiative"],
  ["/mitmachen/", "Mitmachen"],
];

const FOOTER_LINKS: readonly (readonly [href: string, label: string])[] = [
  ["/initiative/", "Über die Initiative"],
  ["/newsletter/", "Newsletter"],
  ["/termine/", "Termine"],
  ["/daten/", "Offene Daten"],
  ["/einbetten/", "Karte einbetten"],
  ["/impressum/", "Impressum"],
  ["/datenschutz/", "Datenschutz"],
  ["/barrierefreiheit/", "Barrierefreiheit"],
];

/**
 * The picture link previews show for every page (1200 × 630, the size Open Graph consumers crop
 * to); assets/static/og-bild.png, published by bundle-assets.ts.
 */
export const OG_IMAGE = Object.freeze({ path: "/assets/og-bild.png", width: 1200, height: 630, alt: "Gemeinsam wirken – Karte der Wirkungsnetzwerke in Nordrhein-Westfalen" });

/** The policy is the same on every page; computing it once spares a thousand network pages the work. */
let policy: string | undefined;

/**
 * Wraps a page's content in the site's frame. The search box is a plain form that works without
 * JavaScript; the search script (30 KB) loads only once someone starts to search.
 *
 * @param data what the page says about itself (see {@link LayoutData})
 * @param content the page's rendered content
 * @returns the complete HTML document
 */
export function renderBaseLayout(data: LayoutData, content: SafeHtml): string {
  const { site } = data;
  const url = typeof data.url === "string" ? data.url : undefined;
  const pageTitle = data.title && url !== "/" ? `${data.title} – ${site.name}` : site.title;
  const description = data.description || site.description;
  const canonical = data.canonical !== false && url ? absoluteUrl(url, site.url) : undefined;
  policy ??= sitePolicy();
  return html`<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pageTitle}</title>
<meta name="description" content="${description}">${data.robots && html`
<meta name="robots" content="${data.robots}">`}${canonical && html`
<link rel="canonical" href="${canonical}">
<meta property="og:url" content="${canonical}">`}
<meta property="og:title" content="${data.title || site.title}">
<meta property="og:description" content="${description}">
<meta property="og:type" content="${data.ogType || "website"}">
<meta property="og:locale" content="de_DE">
<meta property="og:site_name" content="${site.name}">
<meta property="og:image" content="${absoluteUrl(OG_IMAGE.path, site.url)}">
<meta property="og:image:width" content="${OG_IMAGE.width}">
<meta property="og:image:height" content="${OG_IMAGE.height}">
<meta property="og:image:alt" content="${OG_IMAGE.alt}">
<link rel="stylesheet" href="/assets/site.css">
<link rel="stylesheet" href="/assets/challenges.css">${(data.styles ?? []).map((href) => html`
<link rel="stylesheet" href="${href}">`)}
<link rel="alternate" type="application/atom+xml" title="Neue Netzwerke" href="/feed/netzwerke.xml">
<link rel="alternate" type="application/atom+xml" title="Newsletter" href="/feed/newsletter.xml">${(data.feeds ?? []).map((feed) => html`
<link rel="alternate" type="application/atom+xml" title="${feed.title}" href="${feed.href}">`)}
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script src="/assets/search.js" defer></script>${(data.scripts ?? []).map((src) => html`
<script src="${src}" defer></script>`)}
</head>
<body${data.bodyClass && html` class="${data.bodyClass}"`}>
<a class="skip-link" href="#inhalt">Zum Inhalt springen</a>
<header class="site-header">
  <div class="site-header__inner">
    <a class="site-logo" href="/"${url === "/" && trustedHtml(' aria-current="page"')}>
      <span class="site-logo__name">Gemeinsam wirken</span>
      <span class="site-logo__claim">Wirkungsnetzwerke in NRW</span>
    </a>
    <nav class="site-nav" aria-label="Hauptnavigation">
      <ul>${NAV_ITEMS.map(([href, label]) => html`
        <li><a href="${href}"${navCurrent(url, href)}>${label}</a></li>`)}
      </ul>
    </nav>
    <div class="site-search" role="search" aria-label="Schnellsuche">
      <form class="site-search__form" action="/suche/" method="get">
        <label class="visually-hidden" for="suchfeld">Website durchsuchen</label>
        <input class="site-search__input" id="suchfeld" type="search" name="q" placeholder="Suchen" autocomplete="off">
        <button class="site-search__submit" type="submit">Suchen</button>
      </form>
      <div id="suche" class="site-search__ui" hidden></div>
    </div>
  </div>
</header>
<main id="inhalt" tabindex="-1"${data.search && trustedHtml(" data-pagefind-body")}>
${content}
</main>
<footer class="site-footer">
  <div class="site-footer__inner">
    <nav aria-label="Rechtliches und Service">
      <ul>${FOOTER_LINKS.map(([href, label]) => html`
        <li><a href="${href}">${label}</a></li>`)}
      </ul>
    </nav>
    <p>Texte und Daten der Einträge: <a href="${site.contentLicense.url}">${site.contentLicense.name}</a>. Verwaltungsgrenzen: ${site.geoAttribution.text}, <a href="${site.geoAttribution.licenseUrl}">${site.geoAttribution.license}</a>.</p>
    <p>Ein Projekt von ${site.publisher.name}. Diese Website setzt keine Cookies und lädt nichts von fremden Servern, solange Sie der <a href="/datenschutz/#hintergrundkarte">Hintergrundkarte</a> nicht zustimmen.</p>
  </div>
</footer>
</body>
</html>
`.toString();
}

/** aria-current for a navigation link: "page" on the page itself, "true" anywhere below it. */
function navCurrent(url: string | undefined, href: string): SafeHtml | undefined {
  if (url === href) return trustedHtml(' aria-current="page"');
  if (url?.startsWith(href)) return trustedHtml(' aria-current="true"');
  return undefined;
}
