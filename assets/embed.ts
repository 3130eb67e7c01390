/**
 * Entry point of /embed/ (bundled to /assets/embed.js – not the partners' loader, which is
 * /embed.js, see embed-loader.ts): reads the embed's parameters, shows what was ignored and what is
 * locked, and starts the map app without touching the address (an embed's URL is its
 * configuration; visitors' changes last for the page view and add no history entries to the
 * partner's page). Without this script the page lists every network and links to /karte/.
 */
import { startMapAppWithoutHistory, type MapApp } from "./map/map-app.ts";
import type { MapConfig } from "./map/map-config.ts";
import { fixedFiltersOf, initialMapState, parseEmbedParams } from "./embed/embed-params.ts";
import "./embed/embed.css";
import { linkFullMap, openLinksInNewTab, reportHeight, showFixedNote, showHints } from "./embed/embed-page.ts";

declare global {
  interface Window {
    /** The running map, for the browser tests. */
    gwMap?: Promise<MapApp>;
  }
}

const root = document.querySelector<HTMLElement>("[data-map-app]");
const page = document.querySelector<HTMLElement>("[data-embed]");
const configText = document.getElementById("karte-config")?.textContent;
if (root && page && configText) {
  const config = JSON.parse(configText) as MapConfig;
  const networks = [...root.querySelectorAll<HTMLElement>("[data-map-list] li[data-slug]")].map((li) => li.dataset.slug ?? "");
  const parsed = parseEmbedParams(location.search, { ...config, networks });
  const { options } = parsed;
  const fixedFilters = fixedFiltersOf(options, config);

  const hints = page.querySelector<HTMLElement>("[data-embed-hints]");
  if (hints) showHints(hints, parsed.hints);
  const note = page.querySelector<HTMLElement>("[data-embed-note]");
  if (note) showFixedNote(note, parsed, config);
  const fullMap = page.querySelector<HTMLAnchorElement>("[data-embed-full-map]");
  if (fullMap) linkFullMap(fullMap, parsed);
  openLinksInNewTab(page);

  const canvas = root.querySelector<HTMLElement>("[data-map-canvas]");
  // CSSOM, not a style attribute: allowed under the strict CSP.
  if (canvas) canvas.style.height = `${options.mapHeight}px`;
  const controls = root.querySelector<HTMLElement>("[data-map-controls]");
  if (controls && !options.showFilters) controls.hidden = true;
  page.classList.toggle("gw-embed--ohne-filter", !options.showFilters);
  page.classList.toggle("gw-embed--ohne-liste", !options.showList);

  // Without history: the embed's address is its configuration, and the partner's history is not ours.
  window.gwMap = startMapAppWithoutHistory(root, {
    config,
    fixedFilters,
    showList: options.showList,
    linkTarget: "_blank",
    linkBase: location.origin,
    initialState: initialMapState(options),
    fitRegion: { kreis: options.filter.kreis || undefined, regierungsbezirk: options.filter.regierungsbezirk || undefined },
    // Side by side with the map only on wide frames; otherwise the panel starts collapsed above it.
    filterOpenMedia: "(min-width: 64em)",
  });
  window.gwMap.catch((error: unknown) => {
    console.error("Karte:", error);
    if (canvas) canvas.hidden = true;
    const count = root.querySelector<HTMLElement>("[data-map-count]");
    if (count) count.textContent = "Die Karte konnte nicht geladen werden. Die Liste zeigt alle Netzwerke.";
  });
  reportHeight(page, options.frameId);
}
