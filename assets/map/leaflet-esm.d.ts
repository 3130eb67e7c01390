/** Leaflet's ES module build (imported by leaflet.ts) has the types of its default entry. */
declare module "leaflet/dist/leaflet-src.esm.js" {
  export * from "leaflet";
}
