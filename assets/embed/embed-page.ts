/**
 * What `/embed/` adds around the map app: hints for ignored parameters, the note on locked filters,
 * links that open the main site in a new tab, the link to the full map with the same filters, and
 * the height reports to the page that embeds it (read by embed.js).
 */
import { h } from "../map/dom.ts";
import { serializeMapUrlState } from "../map/url-state.ts";
import { fixedFilterNote } from "./embed-note.ts";
import { fixedFiltersOf, initialMapState, type ParsedEmbed } from "./embed-params.ts";
import type { MapConfig } from "../map/map-config.ts";
import { HEIGHT_MESSAGE_TYPE, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT, type HeightMessage } from "./height-message.ts";

/** Shows each hint as a list item (text only: hints quote what was in the address). */
export function showHints(container: HTMLElement, hints: readonly string[]): void {
  if (hints.length === 0) return;
  container.replaceChildren(
    h("p", { class: "gw-embed__hints-title" }, "Einige Angaben in der Adresse dieser Karte wurden nicht verstanden:"),
    h("ul", {}, ...hints.map((hint) => h("li", {}, hint))),
  );
  container.hidden = false;
}

/** Shows "Diese Karte zeigt nur …" when filters are locked. */
export function showFixedNote(container: HTMLElement, parsed: ParsedEmbed, config: MapConfig): void {
  const text = fixedFilterNote(fixedFiltersOf(parsed.options, config), config);
  container.textContent = text;
  container.hidden = text === "";
}

/** Points the "full map" link at /karte/ with the embed's filters, so visitors continue where they were. */
export function linkFullMap(link: HTMLAnchorElement, parsed: ParsedEmbed): void {
  const search = serializeMapUrlState({ ...initialMapState(parsed.options), view: null });
  link.href = new URL(`/karte/${search ? `?${search}` : ""}`, location.origin).href;
}

/**
 * Makes every link in `root` absolute to the main site and opens it in a new tab: an embed must
 * never navigate inside the partner's page. Uses the embed's own origin (which is the main site),
 * never `document.referrer`.
 */
export function openLinksInNewTab(root: ParentNode): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#")) continue;
    link.href = new URL(href, location.origin).href;
    link.target = "_blank";
    link.rel = "noopener";
  }
}

/**
 * Reports the height of `content` to the embedding page whenever it changes (ResizeObserver), as
 * `{ type: "gemeinsam-wirken:hoehe", height, id }`. Posted to "*": the height is not sensitive, and
 * embed.js checks origin, source and shape before using it.
 *
 * @returns a function that stops reporting
 */
export function reportHeight(content: HTMLElement, frameId: string): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = Math.min(MAX_FRAME_HEIGHT, Math.max(MIN_FRAME_HEIGHT, Math.ceil(content.getBoundingClientRect().height)));
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE_TYPE, height, id: frameId };
    window.parent.postMessage(message, "*");
  };
  const observer = new ResizeObserver(() => {
    if (!frame) frame = requestAnimationFrame(post);
  });
  observer.observe(content);
  post();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
