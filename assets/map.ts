/**
 * Entry point of /karte/ (bundled to /assets/map.js): reads the page's JSON config and starts
 * the map app. Without this script the page still lists every network.
 */
import { startMapApp, type MapApp } from "./map/map-app.ts";
import type { MapConfig } from "./map/map-config.ts";

/** The id of the `<script type="application/json">` holding the {@link MapConfig}. */
const CONFIG_ID = "karte-config";

declare global {
  interface Window {
    /** The running map, for the browser tests and benchmarks. */
    gwMap?: Promise<MapApp>;
  }
}

const root = document.querySelector<HTMLElement>("[data-map-app]");
const configText = document.getElementById(CONFIG_ID)?.textContent;
if (root && configText) {
  const config = JSON.parse(configText) as MapConfig;
  window.gwMap = startMapApp(root, { config });
  window.gwMap.catch((error: unknown) => {
    console.error("Karte:", error);
    // The list below still shows every network; say so instead of leaving an empty box.
    const canvas = root.querySelector<HTMLElement>("[data-map-canvas]");
    if (canvas) canvas.hidden = true;
    const count = root.querySelector<HTMLElement>("[data-map-count]");
    if (count) count.textContent = "Die Karte konnte nicht geladen werden. Die Liste zeigt alle Netzwerke.";
  });
}
