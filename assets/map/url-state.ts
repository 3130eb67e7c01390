/**
 * The map's shareable state in the URL: `/karte/?thema=bildung,quartier&kreis=kreis-lippe&netzwerk=…`.
 * Parsing is forgiving (unknown or malformed values are dropped, never thrown), serialising is
 * canonical (fixed parameter order, vocabulary order inside lists), so the same view always has the
 * same URL. DOM-free.
 */
import { cutText } from "./cut-text.ts";
import { EMPTY_FILTER, type FilterState } from "./filter-state.ts";
import { isSlug, NETWORK_SLUG_MAX_LENGTH } from "../site/slug.ts";

/** The visible part of the map: centre and zoom. */
export interface MapView {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

/** Everything the URL carries. */
export interface MapUrlState {
  readonly filter: FilterState;
  /** Slug of the selected network, or "". */
  readonly selected: string;
  /** AGS of the Gemeinde chosen in "In meiner Nähe", or "". */
  readonly near: string;
  /** The view, or null for the default (all of NRW). */
  readonly view: MapView | null;
}

/** The state of a plain `/karte/`. */
export const EMPTY_URL_STATE: MapUrlState = Object.freeze({ filter: EMPTY_FILTER, selected: "", near: "", view: null });

/** The query parameter names, German because visitors see and share them. */
export const URL_PARAMS = Object.freeze({
  challenges: "thema",
  regierungsbezirk: "bezirk",
  kreis: "kreis",
  kmu: "kmu",
  statuses: "status",
  query: "suche",
  selected: "netzwerk",
  near: "nahe",
  view: "ansicht",
});

const OWN_PARAMS = new Set<string>(Object.values(URL_PARAMS));

/** Known values; values outside them are dropped when parsing (each only when given). */
export interface UrlVocabulary {
  readonly challenges?: readonly string[];
  readonly statuses?: readonly string[];
  /** Regierungsbezirk slugs ("regierungsbezirk-detmold"; the short "detmold" is read as that, as embeds do). */
  readonly regierungsbezirke?: readonly string[];
  /** Kreise with the Regierungsbezirk each lies in; a Kreis outside the given Regierungsbezirk drops the Regierungsbezirk. */
  readonly kreise?: readonly { readonly slug: string; readonly regierungsbezirkSlug: string }[];
}

const AGS = /^\d{8}$/;
const MAX_QUERY_LENGTH = 200;

/** Comma-separated slugs, deduplicated, restricted to `known` and put in its order when given. */
function parseSlugList(value: string | null, known: readonly string[] | undefined): string[] {
  if (!value) return [];
  const given = new Set(value.split(",").map((s) => s.trim()).filter(isSlug));
  return known ? known.filter((s) => given.has(s)) : [...given].sort();
}

/** The search text, at most MAX_QUERY_LENGTH characters, trimmed again after the cut. */
function parseQuery(value: string | null): string {
  return cutText((value ?? "").trim(), MAX_QUERY_LENGTH).trim();
}

/** A slug, or "" for anything else; a value longer than any network's short name is none either. */
function parseSlug(value: string | null): string {
  const v = value?.trim() ?? "";
  return v.length <= NETWORK_SLUG_MAX_LENGTH && isSlug(v) ? v : "";
}

/**
 * The Regierungsbezirk and Kreis of the address, each known or "". A Kreis wins over a Regierungsbezirk
 * it does not lie in: the filter would match nothing, and the Kreis is the more specific choice.
 */
function parsePlaces(params: URLSearchParams, vocabulary: UrlVocabulary): { regierungsbezirk: string; kreis: string } {
  let regierungsbezirk = parseSlug(params.get(URL_PARAMS.regierungsbezirk)?.toLowerCase() ?? null);
  let kreis = parseSlug(params.get(URL_PARAMS.kreis)?.toLowerCase() ?? null);
  const bezirke = vocabulary.regierungsbezirke;
  if (bezirke && regierungsbezirk) {
    const short = `regierungsbezirk-${regierungsbezirk}`;
    regierungsbezirk = bezirke.includes(regierungsbezirk) ? regierungsbezirk : bezirke.includes(short) ? short : "";
  }
  const known = vocabulary.kreise?.find((k) => k.slug === kreis);
  if (vocabulary.kreise && !known) kreis = "";
  if (known && regierungsbezirk && known.regierungsbezirkSlug !== regierungsbezirk) regierungsbezirk = "";
  return { regierungsbezirk, kreis };
}

/** `zoom/lat/lon`, as on openstreetmap.org; out-of-range values make the view default. */
function parseView(value: string | null): MapView | null {
  const parts = value?.split("/") ?? [];
  if (parts.length !== 3) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (![zoom, lat, lon].every(Number.isFinite)) return null;
  if (zoom < 0 || zoom > 20 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom: Math.round(zoom), lat, lon };
}

/**
 * Reads the map state from a query string (`location.search`).
 * @example parseMapUrlState("?thema=quartier,bildung&kmu=ja").filter.challenges // ["quartier", "bildung"] without vocabulary
 */
export function parseMapUrlState(search: string, vocabulary: UrlVocabulary = {}): MapUrlState {
  const params = new URLSearchParams(search);
  const near = params.get(URL_PARAMS.near)?.trim() ?? "";
  const { regierungsbezirk, kreis } = parsePlaces(params, vocabulary);
  return {
    filter: {
      challenges: parseSlugList(params.get(URL_PARAMS.challenges), vocabulary.challenges),
      regierungsbezirk,
      kreis,
      kmu: ["ja", "1", "true"].includes(params.get(URL_PARAMS.kmu)?.trim() ?? ""),
      statuses: parseSlugList(params.get(URL_PARAMS.statuses), vocabulary.statuses),
      query: parseQuery(params.get(URL_PARAMS.query)),
    },
    selected: parseSlug(params.get(URL_PARAMS.selected)),
    near: AGS.test(near) ? near : "",
    view: parseView(params.get(URL_PARAMS.view)),
  };
}

/** Encodes a value for a query string but keeps commas and slashes readable. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ",").replace(/%2F/gi, "/");
}

/** `zoom/lat/lon` with 4 decimals (about 10 m), enough to restore a view and short to share. */
export function formatView(view: MapView): string {
  // toFixed writes -0.00001 as "-0.0000", which reads back as -0 and is then written "0.0000": one view, two addresses.
  const decimals = (n: number) => n.toFixed(4).replace(/^-(?=0\.0+$)/, "");
  return `${view.zoom}/${decimals(view.lat)}/${decimals(view.lon)}`;
}

/**
 * The query parameters for `state`, in canonical order, without the leading "?" ("" when empty).
 * @example serializeMapUrlState({ ...EMPTY_URL_STATE, filter: { ...EMPTY_FILTER, challenges: ["bildung", "quartier"] } }) // "thema=bildung,quartier"
 */
export function serializeMapUrlState(state: MapUrlState): string {
  const f = state.filter;
  const pairs: [string, string][] = [];
  if (f.challenges.length) pairs.push([URL_PARAMS.challenges, f.challenges.join(",")]);
  if (f.regierungsbezirk) pairs.push([URL_PARAMS.regierungsbezirk, f.regierungsbezirk]);
  if (f.kreis) pairs.push([URL_PARAMS.kreis, f.kreis]);
  if (f.kmu) pairs.push([URL_PARAMS.kmu, "ja"]);
  if (f.statuses.length) pairs.push([URL_PARAMS.statuses, f.statuses.join(",")]);
  if (f.query.trim()) pairs.push([URL_PARAMS.query, f.query.trim()]);
  if (state.selected) pairs.push([URL_PARAMS.selected, state.selected]);
  if (state.near) pairs.push([URL_PARAMS.near, state.near]);
  if (state.view) pairs.push([URL_PARAMS.view, formatView(state.view)]);
  return pairs.map(([k, v]) => `${k}=${encodeValue(v)}`).join("&");
}

/**
 * Replaces the map's parameters in an existing query string and keeps every other parameter
 * (e.g. the embed's own options) in its place. Returns "" or a string starting with "?".
 */
export function mergeMapUrlState(search: string, state: MapUrlState): string {
  const foreign = [...new URLSearchParams(search)].filter(([key]) => !OWN_PARAMS.has(key));
  const own = serializeMapUrlState(state);
  const parts = [...foreign.map(([k, v]) => `${encodeURIComponent(k)}=${encodeValue(v)}`), ...(own ? [own] : [])];
  return parts.length ? `?${parts.join("&")}` : "";
}

/** True when two states give the same URL (view included only when `compareView`). */
export function sameUrlState(a: MapUrlState, b: MapUrlState, compareView = true): boolean {
  const strip = (s: MapUrlState): MapUrlState => (compareView ? s : { ...s, view: null });
  return serializeMapUrlState(strip(a)) === serializeMapUrlState(strip(b));
}
