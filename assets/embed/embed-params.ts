/**
 * Reads and writes the options of `/embed/` (the parameters are specified in embed-spec.ts). The
 * map's own parameters are those of `/karte/`; embeds add `fix`, `filter`, `liste`, `hoehe`, `id`.
 *
 * Parsing never throws: anything unknown, malformed, overlong or repeated is dropped with a German
 * hint for the visitor, so a wrong link still shows a working map. DOM-free.
 */
import { cutText } from "../map/cut-text.ts";
import { EMPTY_FILTER, type FilterState } from "../map/filter-state.ts";
import type { MapKreis, MapTerm } from "../map/map-config.ts";
import { labelOf } from "../map/term-labels.ts";
import { URL_PARAMS, formatView, type MapUrlState, type MapView } from "../map/url-state.ts";
import { DEFAULT_MAP_HEIGHT, EMBED_PARAM_MAX_LENGTHS, FIXABLE_PARAMS, MAP_HEIGHT_RANGE, type EmbedParamName, type FixableParam } from "./embed-spec.ts";
import { isSlug } from "../site/slug.ts";

/** Everything a partner can choose; what the builder holds and the parser returns. */
export interface EmbedOptions {
  /** The filters at start (fixed or not). */
  readonly filter: FilterState;
  /** Parameter names of the filters locked with their values, in spec order; only filters that have a value. */
  readonly fixed: readonly FixableParam[];
  /** Slug of the network opened at start, or "". */
  readonly selected: string;
  /** AGS of the Gemeinde for "In meiner Nähe", or "". */
  readonly near: string;
  /** The view at start, or null: fit to the region (or NRW). */
  readonly view: MapView | null;
  /** Whether visitors get the filter panel. */
  readonly showFilters: boolean;
  /** Whether the list is shown below the map. */
  readonly showList: boolean;
  /** Height of the map in pixels. */
  readonly mapHeight: number;
  /** The frame's id (set by embed.js), or "". */
  readonly frameId: string;
}

/** The vocabularies a parser checks values against (a `MapConfig` fits). */
export interface EmbedVocabulary {
  readonly challenges: readonly MapTerm[];
  readonly statuses: readonly MapTerm[];
  readonly regierungsbezirke: readonly MapTerm[];
  readonly kreise: readonly MapKreis[];
  /** Slugs of all networks; without it `netzwerk` is only checked for its form. */
  readonly networks?: readonly string[];
}

/** The parser's result: the options and what was ignored, as German sentences. */
export interface ParsedEmbed {
  readonly options: EmbedOptions;
  readonly hints: readonly string[];
}

/** Longer query strings are cut here (browsers and servers accept far more; a configuration needs far less). */
export const MAX_QUERY_LENGTH = 2000;
/** At most this many hints are shown; the rest are counted. */
const MAX_HINTS = 6;
/** The part of NRW (generously) a view may show; the map cannot leave it anyway. */
const VIEW_BOUNDS = Object.freeze({ minLat: 49.5, maxLat: 53.5, minLon: 5, maxLon: 10.5, minZoom: 6, maxZoom: 18 });

/** The options of a plain `/embed/`. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = /* @__PURE__ */ Object.freeze({
  filter: EMPTY_FILTER,
  fixed: /* @__PURE__ */ Object.freeze([]) as readonly FixableParam[],
  selected: "",
  near: "",
  view: null,
  showFilters: true,
  showList: true,
  mapHeight: DEFAULT_MAP_HEIGHT,
  frameId: "",
});

/** A Set, not the object's keys: names like "__proto__" or "constructor" are no parameters. */
const PARAM_NAMES: ReadonlySet<string> = new Set(Object.keys(EMBED_PARAM_MAX_LENGTHS));
const AGS = /^\d{8}$/;
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A value as it may appear in a hint: control characters removed, at most 40 characters, in German
 * quotation marks. Hints are set as text, never as HTML.
 */
export function quoteValue(value: string): string {
  const clean = value.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/g, "").trim();
  return `„${clean.length > 40 ? `${cutText(clean, 39)}…` : clean}“`;
}

function isFixable(name: string): name is FixableParam {
  return (FIXABLE_PARAMS as readonly string[]).includes(name);
}

/** Whether `filter` restricts by the filter behind parameter `name`. */
export function hasFilterValue(filter: FilterState, name: FixableParam): boolean {
  switch (name) {
    case "thema": return filter.challenges.length > 0;
    case "bezirk": return filter.regierungsbezirk !== "";
    case "kreis": return filter.kreis !== "";
    case "kmu": return filter.kmu;
    case "status": return filter.statuses.length > 0;
    case "suche": return filter.query.trim() !== "";
  }
}

/** Splits a list value into trimmed, lower-case, non-empty items. */
function listItems(value: string): string[] {
  return value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
}

/** Known slugs from a list value, in vocabulary order; unknown ones become hints. */
function knownSlugs(value: string, terms: readonly MapTerm[], noun: string, hints: string[]): string[] {
  const given = new Set<string>();
  for (const item of listItems(value)) {
    if (terms.some((t) => t.slug === item)) given.add(item);
    else hints.push(`${noun} ${quoteValue(item)} wurde ignoriert.`);
  }
  return terms.filter((t) => given.has(t.slug)).map((t) => t.slug);
}

const YES: readonly string[] = ["ja", "an", "1", "true"];
const NO: readonly string[] = ["nein", "aus", "0", "false"];

function onOff(value: string, name: string, fallback: boolean, hints: string[]): boolean {
  const v = value.trim().toLowerCase();
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  hints.push(`„${name}“ erwartet „an“ oder „aus“, nicht ${quoteValue(value)}; der Wert wurde ignoriert.`);
  return fallback;
}

/** `zoom/lat/lon` (as /karte/ writes it) or `lat,lon,zoom`; null when malformed or outside NRW. */
export function parseEmbedView(value: string): MapView | null {
  const v = value.trim();
  // Plain decimals only: no "0x10", "1e3", "Infinity".
  const decimal = (s: string) => (/^\s*-?\d{1,3}(?:\.\d{1,10})?\s*$/.test(s) ? Number(s) : NaN);
  let numbers: number[];
  if (/^[^/]+\/[^/]+\/[^/]+$/.test(v)) {
    const [zoom, lat, lon] = v.split("/").map(decimal);
    numbers = [lat!, lon!, zoom!];
  } else if (/^[^,]+,[^,]+,[^,]+$/.test(v)) {
    numbers = v.split(",").map(decimal);
  } else {
    return null;
  }
  const [lat, lon, zoom] = numbers as [number, number, number];
  if (![lat, lon, zoom].every(Number.isFinite)) return null;
  const b = VIEW_BOUNDS;
  if (lat < b.minLat || lat > b.maxLat || lon < b.minLon || lon > b.maxLon || zoom < b.minZoom || zoom > b.maxZoom) return null;
  return { lat, lon, zoom: Math.round(zoom) };
}

/**
 * Reads an embed's options from its query string.
 *
 * @param search `location.search` (with or without "?")
 * @param vocabulary the known themes, statuses, places (and networks)
 * @returns the options and German hints for everything that was ignored
 * @example parseEmbedParams("?thema=quartier&kreis=koeln&fix=thema,kreis", config).options.fixed // ["thema", "kreis"]
 */
export function parseEmbedParams(search: string, vocabulary: EmbedVocabulary): ParsedEmbed {
  const hints: string[] = [];
  let query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    query = query.slice(0, MAX_QUERY_LENGTH);
    hints.push(`Die Adresse ist zu lang; nur die ersten ${MAX_QUERY_LENGTH} Zeichen wurden gelesen.`);
  }
  // A Map, not an object: names like "__proto__" or "constructor" stay plain data.
  const raw = new Map<EmbedParamName, string>();
  const unknown = new Set<string>();
  const repeated = new Set<string>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    params = new URLSearchParams();
  }
  for (const [key, value] of params) {
    if (!PARAM_NAMES.has(key)) {
      if (key !== "") unknown.add(key);
      continue;
    }
    const name = key as EmbedParamName;
    // The first value wins, also for lists: appending `&thema=…` to an embed's address cannot widen it.
    const previous = raw.get(name);
    if (previous === undefined) raw.set(name, value);
    else if (previous !== value) repeated.add(name);
  }
  for (const name of unknown) hints.push(`Unbekannter Parameter ${quoteValue(name)} wurde ignoriert.`);
  for (const name of repeated) hints.push(`„${name}“ ist mehrfach angegeben; es gilt der erste Wert.`);

  /** The value of `name`, or "" when missing or too long (then with a hint). */
  const get = (name: EmbedParamName): string => {
    const value = raw.get(name) ?? "";
    const maxLength = EMBED_PARAM_MAX_LENGTHS[name];
    if (value.length <= maxLength || name === URL_PARAMS.query) return value;
    hints.push(`Der Wert von „${name}“ ist zu lang (mehr als ${maxLength} Zeichen) und wurde ignoriert.`);
    return "";
  };

  const challenges = knownSlugs(get("thema"), vocabulary.challenges, "Unbekanntes Thema", hints);
  const statuses = knownSlugs(get("status"), vocabulary.statuses, "Unbekannter Status", hints);

  let regierungsbezirk = "";
  const bezirkValue = get("bezirk").trim().toLowerCase();
  if (bezirkValue) {
    // "detmold" is accepted for "regierungsbezirk-detmold".
    const match = vocabulary.regierungsbezirke.find((b) => b.slug === bezirkValue || b.slug === `regierungsbezirk-${bezirkValue}`);
    if (match) regierungsbezirk = match.slug;
    else hints.push(`Unbekannter Regierungsbezirk ${quoteValue(bezirkValue)} wurde ignoriert.`);
  }
  let kreis = "";
  const kreisValue = get("kreis").trim().toLowerCase();
  if (kreisValue) {
    const match = vocabulary.kreise.find((k) => k.slug === kreisValue);
    if (match) kreis = match.slug;
    else hints.push(`Unbekannter Kreis ${quoteValue(kreisValue)} wurde ignoriert.`);
  }
  if (kreis && regierungsbezirk) {
    const kreisBezirk = vocabulary.kreise.find((k) => k.slug === kreis)?.regierungsbezirkSlug;
    if (kreisBezirk !== regierungsbezirk) {
      hints.push(`Der Kreis ${quoteValue(labelOf(vocabulary.kreise, kreis))} liegt nicht im ${labelOf(vocabulary.regierungsbezirke, regierungsbezirk)}; der Regierungsbezirk wurde ignoriert.`);
      regierungsbezirk = "";
    }
  }

  let kmu = false;
  const kmuValue = get("kmu").trim().toLowerCase();
  if (YES.includes(kmuValue)) kmu = true;
  else if (kmuValue && !NO.includes(kmuValue)) hints.push(`„kmu“ erwartet „ja“ oder „nein“, nicht ${quoteValue(kmuValue)}; der Wert wurde ignoriert.`);

  const maxQuery = EMBED_PARAM_MAX_LENGTHS.suche;
  let queryText = get("suche").replace(/\s+/g, " ").trim();
  if (queryText.length > maxQuery) {
    queryText = cutText(queryText, maxQuery).trim();
    hints.push(`Der Suchtext ist zu lang und wurde nach ${maxQuery} Zeichen gekürzt.`);
  }

  let selected = "";
  const selectedValue = get("netzwerk").trim().toLowerCase();
  if (selectedValue) {
    if (isSlug(selectedValue) && (!vocabulary.networks || vocabulary.networks.includes(selectedValue))) selected = selectedValue;
    else hints.push(`Unbekanntes Netzwerk ${quoteValue(selectedValue)} wurde ignoriert.`);
  }

  let near = "";
  const nearValue = get("nahe").trim();
  if (nearValue) {
    if (AGS.test(nearValue)) near = nearValue;
    else hints.push(`${quoteValue(nearValue)} ist kein Gemeindeschlüssel (acht Ziffern) und wurde ignoriert.`);
  }

  let view: MapView | null = null;
  const viewValue = get("ansicht");
  if (viewValue) {
    view = parseEmbedView(viewValue);
    if (!view) hints.push(`Die Ansicht ${quoteValue(viewValue)} ist ungültig oder liegt außerhalb von NRW; die Karte zeigt den passenden Ausschnitt.`);
  }

  const filter: FilterState = { challenges, regierungsbezirk, kreis, kmu, statuses, query: queryText };

  const fixedNames = new Set<FixableParam>();
  for (const item of listItems(get("fix"))) {
    if (item === "alle") {
      for (const name of FIXABLE_PARAMS) if (hasFilterValue(filter, name)) fixedNames.add(name);
    } else if (!isFixable(item)) {
      hints.push(`${quoteValue(item)} ist kein Filter, der sich festlegen lässt (möglich: ${FIXABLE_PARAMS.join(", ")}).`);
    } else if (!hasFilterValue(filter, item)) {
      hints.push(`„fix=${item}“ wurde ignoriert: Für „${item}“ ist kein gültiger Wert angegeben.`);
    } else {
      fixedNames.add(item);
    }
  }
  const fixed = FIXABLE_PARAMS.filter((name) => fixedNames.has(name));

  const filterValue = get("filter");
  const showFilters = filterValue ? onOff(filterValue, "filter", true, hints) : true;
  const listValue = get("liste");
  const showList = listValue ? onOff(listValue, "liste", true, hints) : true;

  let mapHeight = DEFAULT_MAP_HEIGHT;
  const heightValue = get("hoehe").trim().replace(/px$/i, "");
  if (heightValue) {
    const height = /^\d{1,4}$/.test(heightValue) ? Number(heightValue) : NaN;
    if (height >= MAP_HEIGHT_RANGE.min && height <= MAP_HEIGHT_RANGE.max) mapHeight = height;
    else hints.push(`Die Höhe ${quoteValue(heightValue)} wurde ignoriert (erlaubt: ${MAP_HEIGHT_RANGE.min} bis ${MAP_HEIGHT_RANGE.max} Pixel).`);
  }

  let frameId = "";
  const idValue = get("id");
  if (idValue) {
    if (FRAME_ID.test(idValue)) frameId = idValue;
    else hints.push(`Die Rahmenkennung ${quoteValue(idValue)} wurde ignoriert.`);
  }

  return {
    options: { filter, fixed, selected, near, view, showFilters, showList, mapHeight, frameId },
    hints: limitHints(hints),
  };
}

/** The first hints, then one line counting the rest. */
function limitHints(hints: readonly string[]): string[] {
  if (hints.length <= MAX_HINTS) return [...hints];
  return [...hints.slice(0, MAX_HINTS - 1), `… und ${hints.length - MAX_HINTS + 1} weitere ignorierte Angaben.`];
}

/** Encodes a value but keeps commas and slashes readable, as /karte/ does. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%2F/gi, "/");
}

/**
 * The options as `[name, value]` pairs in spec order, defaults left out – the input of both the
 * query string and the `data-` attributes of the script snippet.
 */
export function embedParamPairs(options: EmbedOptions): [EmbedParamName, string][] {
  const f = options.filter;
  const values: Record<EmbedParamName, string> = {
    thema: f.challenges.join(","),
    bezirk: f.regierungsbezirk,
    kreis: f.kreis,
    kmu: f.kmu ? "ja" : "",
    status: f.statuses.join(","),
    suche: f.query.trim(),
    netzwerk: options.selected,
    nahe: options.near,
    ansicht: options.view ? formatView(options.view) : "",
    fix: FIXABLE_PARAMS.filter((name) => options.fixed.includes(name) && hasFilterValue(f, name)).join(","),
    filter: options.showFilters ? "" : "aus",
    liste: options.showList ? "" : "aus",
    hoehe: options.mapHeight === DEFAULT_MAP_HEIGHT ? "" : String(options.mapHeight),
    id: options.frameId,
  };
  return (Object.keys(EMBED_PARAM_MAX_LENGTHS) as EmbedParamName[]).map((name): [EmbedParamName, string] => [name, values[name]]).filter(([, value]) => value !== "");
}

/**
 * The query string of `options` without "?" ("" for the defaults), canonical: spec order, defaults
 * left out. `parseEmbedParams(serializeEmbedParams(o))` gives `o` back.
 *
 * @example serializeEmbedParams({ ...DEFAULT_EMBED_OPTIONS, filter: { ...EMPTY_FILTER, kreis: "koeln" }, fixed: ["kreis"] }) // "kreis=koeln&fix=kreis"
 */
export function serializeEmbedParams(options: EmbedOptions): string {
  return embedParamPairs(options).map(([name, value]) => `${name}=${encodeValue(value)}`).join("&");
}

/**
 * The filters locked for visitors: the `fix` ones, or every given filter when the panel is off.
 * A fixed Kreis also fixes its Regierungsbezirk, so the panel offers no place choice at all.
 */
export function fixedFiltersOf(options: EmbedOptions, vocabulary: Pick<EmbedVocabulary, "kreise">): Partial<FilterState> {
  const names = options.showFilters ? options.fixed : FIXABLE_PARAMS.filter((name) => hasFilterValue(options.filter, name));
  const f = options.filter;
  const fixed: { -readonly [K in keyof FilterState]?: FilterState[K] } = {};
  for (const name of names) {
    if (name === "thema") fixed.challenges = f.challenges;
    if (name === "bezirk") fixed.regierungsbezirk = f.regierungsbezirk;
    if (name === "kreis") {
      fixed.kreis = f.kreis;
      fixed.regierungsbezirk = vocabulary.kreise.find((k) => k.slug === f.kreis)?.regierungsbezirkSlug ?? f.regierungsbezirk;
    }
    if (name === "kmu") fixed.kmu = f.kmu;
    if (name === "status") fixed.statuses = f.statuses;
    if (name === "suche") fixed.query = f.query;
  }
  return fixed;
}

/** The map's state at start. */
export function initialMapState(options: EmbedOptions): MapUrlState {
  return { filter: options.filter, selected: options.selected, near: options.near, view: options.view };
}
