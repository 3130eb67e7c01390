/**
 * What the builder page /einbetten/ shows: the parameter specification (the table on the page), the
 * choices the form offers and the default snippets shown without JavaScript – all from the modules
 * the builder script and the embed use (assets/embed/), so page, script and embed agree.
 * Global data `embedBuilder`, provided by the site plugin.
 */
import { DEFAULT_EMBED_OPTIONS } from "../../assets/embed/embed-params.ts";
import { iframeSnippet, scriptSnippet } from "../../assets/embed/embed-snippets.ts";
import { DEFAULT_MAP_HEIGHT, EMBED_PARAMETERS, MAP_HEIGHT_RANGE } from "../../assets/embed/embed-spec.ts";
import { mapConfig, type MapSiteSettings } from "./map-plugin.ts";

/**
 * The builder page's data.
 *
 * @param site the site settings (content/_data/site.js): map settings and the canonical address
 * @returns a frozen object, which Eleventy passes by reference instead of copying it
 */
export function embedBuilderData(site: MapSiteSettings & { readonly url: string }) {
  const config = mapConfig(site);
  return Object.freeze({
    parameters: EMBED_PARAMETERS,
    challenges: config.challenges,
    statuses: config.statuses,
    regierungsbezirke: config.regierungsbezirke,
    kreise: config.kreise,
    defaultHeight: DEFAULT_MAP_HEIGHT,
    heightRange: MAP_HEIGHT_RANGE,
    snippets: {
      iframe: iframeSnippet(DEFAULT_EMBED_OPTIONS, site.url),
      script: scriptSnippet(DEFAULT_EMBED_OPTIONS, site.url),
    },
  });
}
