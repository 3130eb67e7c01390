/**
 * The two snippets partners copy from /einbetten/: a plain `<iframe>` and the placeholder `<div>`
 * with embed.js. Built from {@link EmbedOptions} and the site's canonical address; used by the
 * builder script and, for the default snippet shown without JavaScript, at build time. DOM-free.
 */
import { serializeMapUrlState } from "../map/url-state.ts";
import { embedParamPairs, initialMapState, serializeEmbedParams, type EmbedOptions } from "./embed-params.ts";
import { EMBED_PARAMETERS } from "./embed-spec.ts";

/** The frame's title (accessible name) in both snippets. */
export const EMBED_TITLE = "Karte der Wirkungsnetzwerke in Nordrhein-Westfalen";
/** Room for note, count and margins around the map in a plain iframe (its height cannot adapt). */
export const FRAME_EXTRA_HEIGHT = 160;

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `<site>/embed/?…` for `options` (the id is left out: embed.js sets its own). */
export function embedUrl(options: EmbedOptions, siteUrl: string): string {
  const search = serializeEmbedParams({ ...options, frameId: "" });
  return `${siteUrl.replace(/\/+$/, "")}/embed/${search ? `?${search}` : ""}`;
}

/** The full map with the same filters, the link inside the placeholder for visitors without JavaScript. */
export function fullMapUrl(options: EmbedOptions, siteUrl: string): string {
  const search = serializeMapUrlState({ ...initialMapState(options), view: null });
  return `${siteUrl.replace(/\/+$/, "")}/karte/${search ? `?${search}` : ""}`;
}

/**
 * The plain iframe: fixed height (map plus {@link FRAME_EXTRA_HEIGHT}); a list scrolls inside it.
 * It fills the partner's column through `style`, since the `width` attribute takes only pixels
 * (`width="100%"` is invalid HTML); partners whose policy forbids style attributes use embed.js.
 * @example iframeSnippet(DEFAULT_EMBED_OPTIONS, "https://karte.gemeinsam-wirken.nrw") // '<iframe src="https://karte.gemeinsam-wirken.nrw/embed/" …></iframe>'
 */
export function iframeSnippet(options: EmbedOptions, siteUrl: string): string {
  const height = options.mapHeight + FRAME_EXTRA_HEIGHT;
  return `<iframe src="${escapeAttribute(embedUrl(options, siteUrl))}" title="${EMBED_TITLE}" loading="lazy" height="${height}" style="width:100%;border:0"></iframe>`;
}

/** The placeholder with one `data-` attribute per parameter, a fallback link, and embed.js. */
export function scriptSnippet(options: EmbedOptions, siteUrl: string): string {
  const attributes = embedParamPairs({ ...options, frameId: "" })
    .map(([name, value]) => {
      const attribute = EMBED_PARAMETERS.find((p) => p.name === name)?.dataAttribute;
      return attribute ? ` ${attribute}="${escapeAttribute(value)}"` : "";
    })
    .join("");
  const base = siteUrl.replace(/\/+$/, "");
  return [
    `<div data-gemeinsam-wirken-karte${attributes}>`,
    `  <a href="${escapeAttribute(fullMapUrl(options, siteUrl))}">${EMBED_TITLE}</a>`,
    `</div>`,
    `<script src="${escapeAttribute(base)}/embed.js" defer></script>`,
  ].join("\n");
}
