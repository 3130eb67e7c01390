/**
 * Places in the site search: recognises a query that names a Gemeinde, Kreis, kreisfreie Stadt or
 * Regierungsbezirk of NRW and answers with what counts there – "Kreis Mettmann: 3 Netzwerke",
 * "Hilden liegt im Kreis Mettmann: …" – and where to go next: the region page, the map filtered to
 * the region, networks in the Gemeinde's surroundings. Pagefind matches words, so on its own it
 * answers "Kreis Mettmann" with every text that says "Kreis".
 *
 * Reads the compact place file {@link SEARCH_PLACES_URL}, written at build time by
 * scripts/site/search-places.ts. DOM-free, so it is unit-tested in Node.
 */

/** Where the build publishes the place file; the search fetches it when someone starts searching. */
export const SEARCH_PLACES_URL = "/suche/orte.json";

/** A Regierungsbezirk: display name, slug, networks counted there, a Gemeinde (index) for "in der Nähe". */
export type RegierungsbezirkRow = readonly [name: string, slug: string, count: number, near: number];

/**
 * A Kreis or kreisfreie Stadt: 5-digit AGS, display name, slug, type, networks counted there (seat
 * or Wirkungsgebiet, as on the region pages), its Regierungsbezirk (index) and a Gemeinde (index)
 * for "in der Nähe".
 */
export type KreisRow = readonly [ags: string, name: string, slug: string, type: "Kreis" | "Kreisfreie Stadt", count: number, regierungsbezirk: number, near: number];

/** A Gemeinde: official name and 8-digit AGS (the map's `nahe`), whose first five digits are its Kreis's. */
export type GemeindeRow = readonly [name: string, ags: string];

/** Content of {@link SEARCH_PLACES_URL}. */
export interface SearchPlacesFile {
  readonly generator: string;
  readonly attribution: string;
  readonly regierungsbezirke: readonly RegierungsbezirkRow[];
  readonly kreise: readonly KreisRow[];
  /** In AGS order, so that rows of one Kreis follow each other (and compress well). */
  readonly gemeinden: readonly GemeindeRow[];
}

/** A place with a page under /regionen/ (when it has networks) and a filter on the map. */
export interface Region {
  readonly name: string;
  readonly slug: string;
  readonly type: "Kreis" | "Kreisfreie Stadt" | "Regierungsbezirk";
  readonly count: number;
  /** The Gemeinde "Netzwerke in der Nähe" starts from when the region has none. */
  readonly near: Gemeinde | undefined;
}

export interface Gemeinde {
  readonly name: string;
  readonly ags: string;
  readonly kreis: Region;
}

/** What a query names: a region, and the Gemeinde when the query named one inside a Kreis. */
export interface PlaceMatch {
  readonly region: Region;
  readonly gemeinde?: Gemeinde | undefined;
}

/** The lookup tables of {@link findPlaces}; build once per file with {@link indexPlaces}. */
export interface PlaceIndex {
  /** Gemeinden by every key of their name. */
  readonly gemeinden: ReadonlyMap<string, Gemeinde>;
  /** Kreise by their whole name: "kreismettmann", "hochsauerlandkreis", "staedteregionaachen". */
  readonly kreise: ReadonlyMap<string, Region>;
  /** Kreise and kreisfreie Städte by their name without "Kreis": "mettmann", "hochsauerland". */
  readonly kreiseBare: ReadonlyMap<string, Region>;
  /** Regierungsbezirke by name without "Regierungsbezirk": "detmold". */
  readonly regierungsbezirke: ReadonlyMap<string, Region>;
}

/** A line of the answer and where to go from it. */
export interface PlaceAnswer {
  /** One sentence, shown and announced: "Kreis Mettmann: 3 Netzwerke". */
  readonly summary: string;
  readonly links: readonly { readonly href: string; readonly text: string }[];
}

const SPELLED_OUT: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * The words of a name or query for comparison: lower case, umlauts spelled out (ä → ae) – or, with
 * `spellOut` false, reduced to the bare vowel, as people type without umlaut keys ("Gutersloh") –,
 * other accents dropped, split at everything but letters and digits; "a. d." reads "an der".
 * @example placeWords("Mülheim a. d. Ruhr") // ["muelheim", "an", "der", "ruhr"]
 */
export function placeWords(text: string, spellOut = true): string[] {
  const lower = text.normalize("NFC").toLowerCase().replace(/ß/g, "ss");
  const words = (spellOut ? lower.replace(/[äöü]/g, (ch) => SPELLED_OUT[ch]!) : lower)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (let i = 0; i + 1 < words.length; i++) if (words[i] === "a" && words[i + 1] === "d") words.splice(i, 2, "an", "der");
  return words;
}

/** Both keys of a name: umlauts spelled out and, where different, reduced to the bare vowel. */
function nameKeys(name: string): string[] {
  const keys = [placeWords(name).join(""), placeWords(name, false).join("")];
  return keys[0] === keys[1] ? [keys[0]!] : keys;
}

/**
 * Shorter names people use for a Gemeinde: "Hennef" for "Hennef (Sieg)", "Mülheim" for "Mülheim an
 * der Ruhr", "Oeynhausen" for "Bad Oeynhausen"; used only where no other place claims them.
 */
function gemeindeAliases(name: string): string[] {
  const expanded = name.replace("Westf.", "Westfalen").replace("Rhld.", "Rheinland");
  const base = name.replace(/\s*\(.*\)$/, "").replace(/\/.*$/, "").replace(/ (an der|am) .*$/, "");
  return [expanded, base, base.replace(/^Bad /, "")];
}

/**
 * A Kreis's name without "Kreis": "Mettmann" (Kreis Mettmann), "Hochsauerland", "Rhein-Sieg",
 * "Oberbergischer", "Neuss" (Rhein-Kreis Neuss), "Aachen" (Städteregion Aachen).
 */
function bareKreisName(name: string): string {
  return name.replace(/^(Kreis|Städteregion|Rhein-Kreis) /, "").replace(/[- ]?[Kk]reis$/, "");
}

/**
 * Builds the lookup tables from the place file.
 *
 * @param file the parsed {@link SEARCH_PLACES_URL}
 * @returns the index for {@link findPlaces}
 */
export function indexPlaces(file: SearchPlacesFile): PlaceIndex {
  // `near` points at Gemeinden, which point at Kreise: regions are made first, `near` set after.
  type Unfinished = { -readonly [K in keyof Region]: Region[K] };
  const nearOf = new Map<Unfinished, number>();
  const region = (name: string, slug: string, type: Region["type"], count: number, near: number): Unfinished => {
    const value: Unfinished = { name, slug, type, count, near: undefined };
    nearOf.set(value, near);
    return value;
  };
  const bezirke = file.regierungsbezirke.map(([name, slug, count, near]) => region(name, slug, "Regierungsbezirk", count, near));
  const kreise = new Map(file.kreise.map(([ags, name, slug, type, count, , near]) => [ags, region(name, slug, type, count, near)]));
  const gemeinden: Gemeinde[] = file.gemeinden.flatMap(([name, ags]) => {
    const kreis = kreise.get(ags.slice(0, 5));
    return kreis ? [{ name, ags, kreis }] : [];
  });
  for (const [value, near] of nearOf) value.near = gemeinden.find((g) => g.ags === file.gemeinden[near]?.[1]);

  const byGemeinde = new Map<string, Gemeinde>();
  for (const gemeinde of gemeinden) for (const key of nameKeys(gemeinde.name)) byGemeinde.set(key, gemeinde);
  // An alias that two Gemeinden share names neither; a full name always wins over an alias.
  const aliasOwners = new Map<string, Set<Gemeinde>>();
  for (const gemeinde of gemeinden) {
    for (const alias of gemeindeAliases(gemeinde.name)) {
      for (const key of nameKeys(alias)) if (!byGemeinde.has(key)) aliasOwners.set(key, (aliasOwners.get(key) ?? new Set()).add(gemeinde));
    }
  }
  for (const [key, owners] of aliasOwners) if (owners.size === 1) byGemeinde.set(key, [...owners][0]!);

  const keyed = (regions: readonly Region[], names: (r: Region) => string) => new Map(regions.flatMap((r) => nameKeys(names(r)).map((key) => [key, r] as const)));
  return {
    gemeinden: byGemeinde,
    kreise: keyed([...kreise.values()].filter((k) => k.type === "Kreis"), (k) => k.name),
    kreiseBare: keyed([...kreise.values()], (k) => bareKreisName(k.name)),
    regierungsbezirke: keyed(bezirke, (b) => b.name.replace(/^Regierungsbezirk /, "")),
  };
}

type Kind = "kreis" | "regierungsbezirk" | "gemeinde";

/** Words in front of a name that say what kind of place is meant, joined as in {@link placeWords}. */
const PREFIXES: ReadonlyMap<string, Kind> = new Map([
  ["kreis", "kreis"],
  ["landkreis", "kreis"],
  ["kreisfreiestadt", "kreis"],
  ["regierungsbezirk", "regierungsbezirk"],
  ["bezirksregierung", "regierungsbezirk"],
  ["regbez", "regierungsbezirk"],
  ["rb", "regierungsbezirk"],
  ["bezirk", "regierungsbezirk"],
  ["stadt", "gemeinde"],
  ["gemeinde", "gemeinde"],
]);

/** Words that put a place at the end of a longer query: "Pflege in Köln", "Netzwerke im Kreis Lippe". */
const PLACE_MARKERS = new Set(["in", "im", "aus", "bei"]);
const ARTICLES = new Set(["der", "dem", "den"]);

/** The places `words` name as a whole, in the order Gemeinde/Kreis, then Regierungsbezirk. */
function placesNamedBy(index: PlaceIndex, words: readonly string[]): PlaceMatch[] {
  const kreis = index.kreise.get(words.join(""));
  if (kreis) return [{ region: kreis }];
  let kind: Kind | undefined;
  let core = words;
  for (const take of [2, 1]) {
    const prefix = words.length > take ? PREFIXES.get(words.slice(0, take).join("")) : undefined;
    if (prefix) {
      kind = prefix;
      core = words.slice(take);
      break;
    }
  }
  // "Mettmann (Kreis)", "Lippe Kreis"
  if (!kind && words.length > 1 && words[words.length - 1] === "kreis") {
    kind = "kreis";
    core = words.slice(0, -1);
  }
  const key = core.join("");
  const matches: PlaceMatch[] = [];
  const gemeinde = kind === undefined || kind === "gemeinde" ? index.gemeinden.get(key) : undefined;
  // A kreisfreie Stadt is Gemeinde and Kreis at once: answered as the region, without "liegt in".
  if (gemeinde) matches.push({ region: gemeinde.kreis, gemeinde: gemeinde.kreis.type === "Kreis" ? gemeinde : undefined });
  const bare = kind === undefined || kind === "kreis" ? index.kreiseBare.get(key) : undefined;
  if (bare && bare !== gemeinde?.kreis) matches.push({ region: bare });
  const bezirk = kind === undefined || kind === "regierungsbezirk" ? index.regierungsbezirke.get(key) : undefined;
  if (bezirk) matches.push({ region: bezirk });
  return matches;
}

/**
 * The places a search query names: the whole query ("Mettmann", "Kreis Mettmann", "Rhein-Sieg-Kreis",
 * "Regierungsbezirk Detmold", "Stadt Essen", "Gutersloh") or its end after "in", "im", "aus" or
 * "bei" ("Pflege in Köln"). A name inside other words ("gesundes Essen") or a beginning of one
 * ("Mett") names nothing: the answer is meant for a visitor who looks for a place, not for every
 * word that happens to be one.
 *
 * @param index from {@link indexPlaces}
 * @param query what the visitor typed
 * @returns the places, Gemeinde or Kreis first, then a Regierungsbezirk of the same name; empty if none
 * @example findPlaces(index, "Hilden")[0]?.region.name // "Kreis Mettmann"
 */
export function findPlaces(index: PlaceIndex, query: string): PlaceMatch[] {
  const words = placeWords(query.slice(0, 200));
  if (words.length === 0) return [];
  const whole = placesNamedBy(index, words);
  if (whole.length > 0) return whole;
  for (let i = words.length - 2; i >= 0; i--) {
    if (!PLACE_MARKERS.has(words[i]!)) continue;
    let start = i + 1;
    if (ARTICLES.has(words[start]!) && start + 1 < words.length) start++;
    const found = placesNamedBy(index, words.slice(start));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * "im Kreis Mettmann", "im Oberbergischen Kreis", "in der Städteregion Aachen", "in Bielefeld",
 * "im Regierungsbezirk Detmold": the region after "liegt" or "Netzwerke".
 */
export function inRegion(region: Region): string {
  if (region.type === "Kreisfreie Stadt") return `in ${region.name}`;
  if (region.name.startsWith("Städteregion ")) return `in der ${region.name}`;
  // "Oberbergischer Kreis", "Märkischer Kreis": the adjective declines after "im".
  return `im ${region.name.replace(/er Kreis$/, "en Kreis")}`;
}

/** "noch kein Netzwerk eingetragen", "1 Netzwerk", "3 Netzwerke". */
export function networkCount(count: number): string {
  return count === 0 ? "noch kein Netzwerk eingetragen" : count === 1 ? "1 Netzwerk" : `${count} Netzwerke`;
}

/**
 * The answer to each place: a sentence with the number of networks, links to the region page and
 * the map filtered to it (only when there are networks: an empty region has no page), and networks
 * near the Gemeinde – for a Gemeinde always, for a region without networks from its
 * representative Gemeinde.
 *
 * @param matches from {@link findPlaces}
 * @returns one answer per place, in the same order
 * @example describePlaces(findPlaces(index, "Kreis Lippe"))[0]?.summary // "Kreis Lippe: 1 Netzwerk"
 */
export function describePlaces(matches: readonly PlaceMatch[]): PlaceAnswer[] {
  return matches.map(({ region, gemeinde }) => {
    const label = region.type === "Kreisfreie Stadt" ? `${region.name} (kreisfreie Stadt)` : region.name;
    const summary = gemeinde ? `${gemeinde.name} liegt ${inRegion(region)}: ${networkCount(region.count)}` : `${label}: ${networkCount(region.count)}`;
    const links: { href: string; text: string }[] = [];
    if (region.count > 0) {
      // The map's parameters (assets/map/url-state.ts URL_PARAMS); a test keeps them in step.
      const parameter = region.type === "Regierungsbezirk" ? "bezirk" : "kreis";
      links.push({ href: `/regionen/${region.slug}/`, text: `Netzwerke ${inRegion(region)}` });
      links.push({ href: `/karte/?${parameter}=${region.slug}`, text: `${region.name} auf der Karte` });
    }
    const near = gemeinde ?? (region.count === 0 ? region.near : undefined);
    if (near) links.push({ href: `/karte/?nahe=${near.ags}`, text: `Netzwerke in der Nähe von ${near.name}` });
    if (region.count === 0) links.push({ href: "/mitmachen/", text: "Ein Netzwerk von dort eintragen" });
    return { summary, links };
  });
}
