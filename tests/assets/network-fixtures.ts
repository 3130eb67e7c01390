/** Small hand-made network properties for the DOM-free map tests. */
import type { NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";

/** A network with sensible defaults; override what the test is about. */
export function networkProperties(overrides: Partial<NetworkFeatureProperties> & { slug: string }): NetworkFeatureProperties {
  return {
    title: overrides.slug,
    summary: "",
    url: `/netzwerke/${overrides.slug}/`,
    challenges: ["bildung"],
    gemeinde: "Köln",
    kreis: "Köln",
    kreisSlug: "koeln",
    regierungsbezirk: "Köln",
    regierungsbezirkSlug: "regierungsbezirk-koeln",
    sectors: ["kommune", "unternehmen"],
    hasKmu: false,
    status: "aktiv",
    founded: 2020,
    example: true,
    partners: [],
    hasFootprint: false,
    ...overrides,
    // The seat counts, as in the GeoJSON; a test about the Wirkungsgebiet passes more.
    kreisSlugs: overrides.kreisSlugs ?? [overrides.kreisSlug ?? "koeln"],
    regierungsbezirkSlugs: overrides.regierungsbezirkSlugs ?? [overrides.regierungsbezirkSlug ?? "regierungsbezirk-koeln"],
  };
}
