/**
 * Leaflet for the map's modules, from its ES module build. Leaflet's default entry is a UMD bundle
 * reached through one object, so every `L.…` stays a property lookup in the minified bundle (and
 * it sets `window.L`); from the module build esbuild binds each part directly, which makes the map
 * and embed bundles about 1.8 KB smaller gzipped. The types are Leaflet's own (leaflet-esm.d.ts).
 */
export * from "leaflet/dist/leaflet-src.esm.js";
