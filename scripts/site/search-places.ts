/**
 * `/suche/orte.json`: the places the site search recognises (assets/search/places.ts) – every
 * Regierungsbezirk, Kreis, kreisfreie Stadt and Gemeinde of NRW with the number of networks each
 * region counts (the site model's, as on the region pages) and the Gemeinde from which the map
 * lists networks "in der Nähe". Rows are arrays that point at each other by index (a Gemeinde at
 * its Kreis by the first five digits of its AGS), one per line, in AGS order: about 15 KB, under
 * 5 KB gzipped (budget in scripts/bench/search-budgets.ts), fetched only when someone starts searching.
 */
import { gazetteerFile, type GazetteerFile, type Gemeinde } from "../geo/gazetteer.ts";
import type { GemeindeRow, KreisRow, RegierungsbezirkRow, SearchPlacesFile } from "../../assets/search/places.ts";
import type { SiteModel } from "./site-model.ts";

/**
 * The Gemeinde a region's "Netzwerke in der Nähe" starts from: the one the region is named after
 * ("Kreis Mettmann" → Mettmann, "Kreis Siegen-Wittgenstein" → Siegen, "Regierungsbezirk Detmold" →
 * Detmold), as that is usually its seat; otherwise the one nearest the middle of its Gemeinden.
 */
function representative(regionName: string, members: readonly Gemeinde[]): Gemeinde {
  for (const word of regionName.split(/[\s-]+/)) {
    const named = members.find((g) => g.name === word);
    if (named) return named;
  }
  const lon = members.reduce((sum, g) => sum + g.point[0], 0) / members.length;
  const lat = members.reduce((sum, g) => sum + g.point[1], 0) / members.length;
  const cos = Math.cos((lat * Math.PI) / 180);
  const distance = (g: Gemeinde) => ((g.point[0] - lon) * cos) ** 2 + (g.point[1] - lat) ** 2;
  return members.reduce((best, g) => (distance(g) < distance(best) || (distance(g) === distance(best) && g.ags < best.ags) ? g : best));
}

/**
 * The place file's content.
 *
 * @param model the site model; only its region counts are read
 * @param gazetteer the NRW gazetteer (default data/geo/gazetteer.json)
 * @returns every place in AGS order
 */
export function searchPlacesFile(model: Pick<SiteModel, "regionOverview">, gazetteer: GazetteerFile = gazetteerFile()): SearchPlacesFile {
  const counts = new Map<string, number>();
  for (const bezirk of model.regionOverview) {
    counts.set(bezirk.slug, bezirk.count);
    for (const kreis of bezirk.kreise) counts.set(kreis.slug, kreis.count);
  }
  const count = (slug: string) => {
    const value = counts.get(slug);
    if (value === undefined) throw new Error(`Region „${slug}“ fehlt im Seitenmodell.`);
    return value;
  };
  const byAgs = <T extends { readonly ags: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.ags < b.ags ? -1 : a.ags > b.ags ? 1 : 0));
  const bezirke = byAgs(gazetteer.regierungsbezirke);
  const kreise = byAgs(gazetteer.kreise);
  const gemeinden = byAgs(gazetteer.gemeinden);
  const gemeindeIndex = new Map(gemeinden.map((g, i) => [g, i]));
  const near = (name: string, members: readonly Gemeinde[]) => gemeindeIndex.get(representative(name, members))!;
  const bezirkIndex = new Map(bezirke.map((b, i) => [b.ags, i]));
  return {
    generator: "scripts/site/search-places.ts – generiert, nicht von Hand bearbeiten",
    attribution: gazetteer.attribution,
    regierungsbezirke: bezirke.map(
      (b): RegierungsbezirkRow => [b.displayName, b.slug, count(b.slug), near(b.name, gemeinden.filter((g) => g.regierungsbezirkAgs === b.ags))],
    ),
    kreise: kreise.map(
      (k): KreisRow => [k.ags, k.displayName, k.slug, k.type, count(k.slug), bezirkIndex.get(k.regierungsbezirkAgs)!, near(k.displayName, gemeinden.filter((g) => g.kreisAgs === k.ags))],
    ),
    gemeinden: gemeinden.map((g): GemeindeRow => {
      // The browser finds a Gemeinde's Kreis by this prefix.
      if (!g.ags.startsWith(g.kreisAgs)) throw new Error(`Gemeinde ${g.name}: AGS ${g.ags} beginnt nicht mit dem des Kreises ${g.kreisAgs}.`);
      return [g.name, g.ags];
    }),
  };
}

/**
 * The file as text: one row per line, so a change in the data reads as a small diff.
 *
 * @param file from {@link searchPlacesFile}
 */
export function serializeSearchPlaces(file: SearchPlacesFile): string {
  const rows = (list: readonly unknown[]) => `[\n${list.map((row) => JSON.stringify(row)).join(",\n")}\n]`;
  return `{"generator":${JSON.stringify(file.generator)},"attribution":${JSON.stringify(file.attribution)},\n"regierungsbezirke":${rows(file.regierungsbezirke)},\n"kreise":${rows(file.kreise)},\n"gemeinden":${rows(file.gemeinden)}}\n`;
}
