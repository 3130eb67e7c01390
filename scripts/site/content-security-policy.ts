/**
 * The Content-Security-Policy of the site's pages, written into every page as a <meta> element so
 * the pages are protected even where the web server sends no header (the README lists the header
 * a deployment should send as well; `frame-ancestors` works only as a header, so it is left out here).
 */
import site from "../../content/_data/site.js";

/**
 * The CSP source of the configured background tiles: "https://tile.openstreetmap.org", or with a
 * Leaflet subdomain placeholder ("https://{s}.tile…") a wildcard host ("https://*.tile…").
 */
export function tileOrigin(tileUrl: string = site.tiles.url): string {
  const origin = /^(https?:\/\/[^/?#]+)/i.exec(tileUrl)?.[1];
  if (!origin) throw new Error(`site.tiles.url ist keine http(s)-Adresse: ${tileUrl}`);
  return origin.replace("{s}", "*").toLowerCase();
}

/**
 * The policy for all pages: only the site's own scripts, styles and data; images also from the
 * tile server (loaded only after the visitor agrees); WebAssembly for the search (Pagefind).
 *
 * @returns the policy as a meta/header value
 */
export function sitePolicy(tileUrl: string = site.tiles.url): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    `img-src 'self' data: ${tileOrigin(tileUrl)}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
