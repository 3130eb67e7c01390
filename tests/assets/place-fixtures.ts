/**
 * The site search's place index (assets/search/places.ts), built from the real gazetteer through the
 * same build step that writes /suche/orte.json, with made-up network counts. Shared by the place
 * tests so they look places up exactly as the site does.
 */
import { readFileSync } from "node:fs";
import { GAZETTEER_FILE, type GazetteerFile } from "../../scripts/geo/gazetteer.ts";
import { searchPlacesFile } from "../../scripts/site/search-places.ts";
import type { RegionOverview } from "../../scripts/site/site-model.ts";
import { indexPlaces, type PlaceIndex } from "../../assets/search/places.ts";

export const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;

/** The site model's region counts: every region 0 except those given. */
function regionOverview(counts: Readonly<Record<string, number>>): RegionOverview[] {
  return gazetteer.regierungsbezirke.map((b) => ({
    slug: b.slug,
    name: b.displayName,
    typeLabel: "Regierungsbezirk",
    count: counts[b.slug] ?? 0,
    kreise: gazetteer.kreise
      .filter((k) => k.regierungsbezirkAgs === b.ags)
      .map((k) => ({ slug: k.slug, name: k.displayName, typeLabel: k.type, count: counts[k.slug] ?? 0 })),
  }));
}

/** The place index with these network counts by region slug (every other region has none). */
export function placeIndex(counts: Readonly<Record<string, number>>): PlaceIndex {
  return indexPlaces(searchPlacesFile({ regionOverview: regionOverview(counts) }, gazetteer));
}
