/**
 * The NRW gazetteer: every Gemeinde, Kreis and Regierungsbezirk with AGS, names, slugs and a map
 * point, read from data/geo/gazetteer.json (made by `npm run geodata`). It resolves what contributors
 * write – "Koeln", "Hennef", "Mülheim a. d. Ruhr", "Kreis Lippe", "05117000" – to official areas,
 * and suggests official names for typos. No geometry here; see boundaries.ts for that.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distance } from "fastest-levenshtein";
import { GEO_DIR } from "../paths.ts";
import { transliterateGerman } from "./slugify.ts";

/** `[longitude, latitude]` in WGS84, GeoJSON order (RFC 7946). */
export type LonLat = readonly [number, number];

/** One of the five Regierungsbezirke of NRW. */
export interface Regierungsbezirk {
  /** 3-digit AGS, e.g. "053". */
  readonly ags: string;
  /** Official name, e.g. "Köln". */
  readonly name: string;
  /** e.g. "regierungsbezirk-koeln". */
  readonly slug: string;
  /** e.g. "Regierungsbezirk Köln". */
  readonly displayName: string;
}

/** A Kreis or kreisfreie Stadt (the 53 areas of the 5-digit AGS level). */
export interface Kreis {
  /** 5-digit AGS, e.g. "05766". */
  readonly ags: string;
  /** Official name, e.g. "Lippe", "Hochsauerlandkreis", "Köln". */
  readonly name: string;
  readonly type: "Kreis" | "Kreisfreie Stadt";
  readonly regierungsbezirkAgs: string;
  /** e.g. "kreis-lippe", "hochsauerlandkreis", "koeln". */
  readonly slug: string;
  /** Name as shown to people, e.g. "Kreis Lippe", "Hochsauerlandkreis", "Köln". */
  readonly displayName: string;
}

/** A Gemeinde (municipality; "Stadt" if it holds town rights). */
export interface Gemeinde {
  /** 8-digit AGS, e.g. "05315000". */
  readonly ags: string;
  /** Official name, e.g. "Hennef (Sieg)". */
  readonly name: string;
  /** e.g. "hennef-sieg"; unique among Gemeinden. */
  readonly slug: string;
  readonly type: "Stadt" | "Gemeinde";
  readonly kreisAgs: string;
  readonly regierungsbezirkAgs: string;
  /** A point inside the Gemeinde (inside its polygon in gemeinden.geojson), for map markers. */
  readonly point: LonLat;
}

/** Content of data/geo/gazetteer.json. */
export interface GazetteerFile {
  readonly generator: string;
  readonly source: string;
  readonly sourceDate: string;
  readonly license: string;
  readonly attribution: string;
  readonly regierungsbezirke: readonly Regierungsbezirk[];
  readonly kreise: readonly Kreis[];
  readonly gemeinden: readonly Gemeinde[];
}

/** An area named in an entry's `area` list, resolved. */
export interface AreaMatch {
  readonly kind: "gemeinde" | "kreis" | "regierungsbezirk";
  readonly ags: string;
  /** Unambiguous display name: "Paderborn" (Gemeinde), "Kreis Paderborn", "Regierungsbezirk Detmold". */
  readonly name: string;
  readonly slug: string;
}

/** Path of the gazetteer file read by {@link loadGazetteer}. */
export const GAZETTEER_FILE = join(GEO_DIR, "gazetteer.json");

const REGIERUNGSBEZIRK_PREFIXES = ["regierungsbezirk", "bezirksregierung", "regbez", "regbezirk", "rb"];

/**
 * Lookup over the gazetteer with precomputed name keys, so a lookup is one Map access.
 */
export class Gazetteer {
  /** All Gemeinden, sorted by AGS. */
  readonly gemeinden: readonly Gemeinde[];
  /** All Kreise and kreisfreie Städte, sorted by AGS. */
  readonly kreise: readonly Kreis[];
  /** All Regierungsbezirke, sorted by AGS. */
  readonly regierungsbezirke: readonly Regierungsbezirk[];

  readonly #gemeindeByAgs: ReadonlyMap<string, Gemeinde>;
  readonly #kreisByAgs: ReadonlyMap<string, Kreis>;
  readonly #bezirkByAgs: ReadonlyMap<string, Regierungsbezirk>;
  readonly #kreisBySlug: ReadonlyMap<string, Kreis>;
  readonly #bezirkBySlug: ReadonlyMap<string, Regierungsbezirk>;
  readonly #gemeindeByKey: ReadonlyMap<string, Gemeinde>;
  /** Keys that name a Kreis explicitly ("kreislippe", "hochsauerlandkreis"). */
  readonly #kreisByKey: ReadonlyMap<string, Kreis>;
  /** Bare Kreis names ("lippe"), tried only after Gemeinden. */
  readonly #kreisByBareKey: ReadonlyMap<string, Kreis>;
  readonly #bezirkByKey: ReadonlyMap<string, Regierungsbezirk>;

  /**
   * @param file parsed gazetteer.json (or a fixture of the same shape)
   */
  constructor(file: GazetteerFile) {
    const byAgs = <T extends { ags: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.ags < b.ags ? -1 : 1));
    this.gemeinden = Object.freeze(byAgs(file.gemeinden));
    this.kreise = Object.freeze(byAgs(file.kreise));
    this.regierungsbezirke = Object.freeze(byAgs(file.regierungsbezirke));

    this.#gemeindeByAgs = new Map(this.gemeinden.map((g) => [g.ags, g]));
    this.#kreisByAgs = new Map(this.kreise.map((k) => [k.ags, k]));
    this.#bezirkByAgs = new Map(this.regierungsbezirke.map((r) => [r.ags, r]));
    this.#kreisBySlug = new Map(this.kreise.map((k) => [k.slug, k]));
    this.#bezirkBySlug = new Map(this.regierungsbezirke.map((r) => [r.slug, r]));

    this.#gemeindeByKey = uniqueKeys(this.gemeinden.map((g) => [g, nameKeys(g.name)]));
    this.#kreisByKey = uniqueKeys(this.kreise.map((k) => [k, kreisKeys(k)]));
    this.#kreisByBareKey = uniqueKeys(
      this.kreise.filter((k) => k.type === "Kreis").map((k) => [k, { primary: [nameKey(k.name)], aliases: [] }]),
    );
    this.#bezirkByKey = uniqueKeys(
      this.regierungsbezirke.map((r) => [
        r,
        { primary: REGIERUNGSBEZIRK_PREFIXES.map((prefix) => prefix + nameKey(r.name)), aliases: [] },
      ]),
    );
  }

  /**
   * @param ags 8-digit AGS
   * @returns the Gemeinde, or undefined if there is none in NRW
   */
  gemeindeByAgs(ags: string): Gemeinde | undefined {
    return this.#gemeindeByAgs.get(ags);
  }

  /**
   * @param ags 5-digit AGS
   * @returns the Kreis or kreisfreie Stadt, or undefined
   */
  kreisByAgs(ags: string): Kreis | undefined {
    return this.#kreisByAgs.get(ags);
  }

  /**
   * @param ags 3-digit AGS
   * @returns the Regierungsbezirk, or undefined
   */
  regierungsbezirkByAgs(ags: string): Regierungsbezirk | undefined {
    return this.#bezirkByAgs.get(ags);
  }

  /**
   * @param slug e.g. "kreis-lippe"
   * @returns the Kreis, or undefined
   */
  kreisBySlug(slug: string): Kreis | undefined {
    return this.#kreisBySlug.get(slug);
  }

  /**
   * @param slug e.g. "regierungsbezirk-koeln"
   * @returns the Regierungsbezirk, or undefined
   */
  regierungsbezirkBySlug(slug: string): Regierungsbezirk | undefined {
    return this.#bezirkBySlug.get(slug);
  }

  /**
   * Resolves a Gemeinde from an 8-digit AGS or a name as people write it: case, Unicode
   * normalisation, spacing and punctuation do not matter, umlauts may be written ae/oe/ue and ß as
   * ss, "Stadt "/"Gemeinde " in front is ignored, "a. d." means "an der", and a suffix such as
   * "(Sieg)" or "/Ruhr" may be left out where that is unambiguous.
   *
   * @param input what the contributor wrote
   * @returns the Gemeinde, or undefined if nothing matches (see {@link Gazetteer.suggestGemeinden})
   * @example
   * gazetteer.findGemeinde("Muelheim a. d. Ruhr")?.ags; // "05117000"
   * gazetteer.findGemeinde("Hennef")?.name;             // "Hennef (Sieg)"
   */
  findGemeinde(input: string): Gemeinde | undefined {
    const ags = agsOf(input);
    if (ags !== undefined) return ags.length === 8 ? this.#gemeindeByAgs.get(ags) : undefined;
    return this.#gemeindeByKey.get(nameKey(input));
  }

  /**
   * Official Gemeinde names close to a misspelt input, nearest first.
   *
   * @param input what the contributor wrote
   * @param max at most this many suggestions
   * @returns official names, empty if nothing is reasonably close
   * @example
   * gazetteer.suggestGemeinden("Gelsenkrichen"); // ["Gelsenkirchen"]
   */
  suggestGemeinden(input: string, max = 3): string[] {
    return suggest(nameKey(input), this.#gemeindeByKey, (g) => g.name, max);
  }

  /**
   * Resolves an entry of an `area` list: an AGS of any level (8 digits Gemeinde, 5 Kreis,
   * 3 Regierungsbezirk) or a name. Explicit forms ("Kreis Lippe", "Lippe (Kreis)",
   * "Hochsauerlandkreis", "Regierungsbezirk Köln", "Bezirksregierung Köln", "RB Köln") name a Kreis or
   * Regierungsbezirk; a plain name is a Gemeinde first ("Paderborn" is the city), then a Kreis ("Lippe").
   *
   * @param input what the contributor wrote
   * @returns the area, or undefined (see {@link Gazetteer.suggestAreas})
   * @example
   * gazetteer.findArea("Kreis Paderborn"); // { kind: "kreis", ags: "05774", name: "Kreis Paderborn", slug: "kreis-paderborn" }
   */
  findArea(input: string): AreaMatch | undefined {
    const ags = agsOf(input);
    if (ags !== undefined) {
      if (ags.length === 8) return gemeindeArea(this.#gemeindeByAgs.get(ags));
      if (ags.length === 5) return kreisArea(this.#kreisByAgs.get(ags));
      if (ags.length === 3) return bezirkArea(this.#bezirkByAgs.get(ags));
      return undefined;
    }
    const key = nameKey(input);
    return (
      bezirkArea(this.#bezirkByKey.get(key)) ??
      kreisArea(this.#kreisByKey.get(key)) ??
      gemeindeArea(this.#gemeindeByKey.get(key)) ??
      kreisArea(this.#kreisByBareKey.get(key))
    );
  }

  /**
   * Display names of areas close to a misspelt `area` entry, nearest first.
   *
   * @param input what the contributor wrote
   * @param max at most this many suggestions
   * @returns display names such as "Kreis Lippe" or "Gelsenkirchen"
   * @example
   * gazetteer.suggestAreas("Kreis Lipe"); // ["Kreis Lippe"]
   */
  suggestAreas(input: string, max = 3): string[] {
    const key = nameKey(input);
    const byKey = new Map<string, { displayName: string }>();
    for (const [k, g] of this.#gemeindeByKey) byKey.set(k, { displayName: g.name });
    for (const map of [this.#kreisByKey, this.#kreisByBareKey, this.#bezirkByKey]) {
      for (const [k, area] of map) if (!byKey.has(k)) byKey.set(k, area);
    }
    return suggest(key, byKey, (area) => area.displayName, max);
  }
}

let cachedFile: GazetteerFile | undefined;
let cached: Gazetteer | undefined;

/**
 * The content of data/geo/gazetteer.json, read synchronously on first use and cached: the lookup
 * below, the map's files and the search's place file all read it in one build.
 *
 * @returns the parsed file (shared; not to be changed)
 * @example
 * gazetteerFile().kreise.length; // 53
 */
export function gazetteerFile(): GazetteerFile {
  cachedFile ??= JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;
  return cachedFile;
}

/**
 * The gazetteer of data/geo/gazetteer.json, read synchronously on first use and cached.
 *
 * @returns the shared {@link Gazetteer}
 * @example
 * loadGazetteer().findGemeinde("Köln")?.ags; // "05315000"
 */
export function loadGazetteer(): Gazetteer {
  cached ??= new Gazetteer(gazetteerFile());
  return cached;
}

/**
 * Comparison key of a name: transliterated, lowercase, letters and digits only, with the
 * abbreviation "a. d." expanded and a leading "Stadt"/"Gemeinde" or trailing ", Stadt" removed.
 *
 * @param text a name as written by a person or an official name
 * @returns the key, e.g. "muelheimanderruhr"
 * @example
 * nameKey("Stadt Mülheim a.d. Ruhr"); // "muelheimanderruhr"
 */
export function nameKey(text: string): string {
  return transliterateGerman(text)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(^|\s)a\.\s*d\.?(?=\s|$)/g, "$1an der")
    .replace(/^(stadt|gemeinde)\s+/, "")
    .replace(/,\s*(stadt|gemeinde)$/, "")
    .replace(/[^a-z0-9]+/g, "");
}

interface Keys {
  /** Keys that always identify the area. */
  readonly primary: readonly string[];
  /** Shortened forms, used only if no other area claims them. */
  readonly aliases: readonly string[];
}

const SUFFIX_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/Westf\./, "Westfalen"],
  [/Rhld\./, "Rheinland"],
];

function nameKeys(name: string): Keys {
  const primary = [name, ...SUFFIX_SPELLINGS.filter(([short]) => short.test(name)).map(([short, long]) => name.replace(short, long))];
  // "Hennef (Sieg)" → "Hennef", "Fröndenberg/Ruhr" → "Fröndenberg", "Mülheim an der Ruhr" → "Mülheim".
  const base = name.replace(/\s*\(.*\)$/, "").replace(/\/.*$/, "").replace(/ an der .*$/, "");
  return { primary: primary.map(nameKey), aliases: base === name ? [] : [nameKey(base)] };
}

function kreisKeys(kreis: Kreis): Keys {
  const name = nameKey(kreis.name);
  if (kreis.type === "Kreisfreie Stadt") return { primary: [`kreisfreiestadt${name}`, `${name}kreisfreiestadt`], aliases: [] };
  // displayName covers "Kreis Lippe", "Hochsauerlandkreis", "Städteregion Aachen"; the rest are
  // the other ways Kreise are written in lists ("Lippe (Kreis)", "Landkreis Lippe").
  return { primary: [nameKey(kreis.displayName), `kreis${name}`, `landkreis${name}`, `${name}kreis`], aliases: [] };
}

function uniqueKeys<T>(entries: readonly (readonly [T, Keys])[]): Map<string, T> {
  const result = new Map<string, T>();
  const ambiguous = new Set<string>();
  for (const [value, { primary }] of entries) {
    for (const key of primary) {
      const existing = result.get(key);
      if (existing !== undefined && existing !== value) ambiguous.add(key);
      else result.set(key, value);
    }
  }
  const aliasOwners = new Map<string, Set<T>>();
  for (const [value, { aliases }] of entries) {
    for (const key of aliases) {
      if (result.has(key)) continue;
      aliasOwners.set(key, (aliasOwners.get(key) ?? new Set()).add(value));
    }
  }
  for (const [key, owners] of aliasOwners) {
    if (owners.size === 1) result.set(key, [...owners][0]!);
  }
  for (const key of ambiguous) result.delete(key);
  return result;
}

function agsOf(input: string): string | undefined {
  const compact = input.replace(/\s+/g, "");
  return /^\d+$/.test(compact) ? compact : undefined;
}

function suggest<T>(key: string, byKey: ReadonlyMap<string, T>, label: (value: T) => string, max: number): string[] {
  if (key.length === 0 || max <= 0) return [];
  const limit = Math.max(2, Math.floor(key.length * 0.3));
  const best = new Map<string, number>();
  for (const [candidate, value] of byKey) {
    // Lengths differing by more than the limit cannot be within it; skip the O(n·m) distance.
    if (Math.abs(candidate.length - key.length) > limit) continue;
    const d = distance(key, candidate);
    if (d > limit) continue;
    const name = label(value);
    if (d < (best.get(name) ?? Infinity)) best.set(name, d);
  }
  return [...best]
    .sort(([a, da], [b, db]) => da - db || a.localeCompare(b, "de"))
    .slice(0, max)
    .map(([name]) => name);
}

function gemeindeArea(gemeinde: Gemeinde | undefined): AreaMatch | undefined {
  return gemeinde && { kind: "gemeinde", ags: gemeinde.ags, name: gemeinde.name, slug: gemeinde.slug };
}

function kreisArea(kreis: Kreis | undefined): AreaMatch | undefined {
  return kreis && { kind: "kreis", ags: kreis.ags, name: kreis.displayName, slug: kreis.slug };
}

function bezirkArea(bezirk: Regierungsbezirk | undefined): AreaMatch | undefined {
  return bezirk && { kind: "regierungsbezirk", ags: bezirk.ags, name: bezirk.displayName, slug: bezirk.slug };
}
