/**
 * Properties of the parsers that read what strangers write: the address of /karte/
 * (assets/map/url-state.ts), the iframe address of /embed/ that partner sites control
 * (assets/embed/embed-params.ts), and the texts typed into the searches (assets/map/search-text.ts,
 * assets/search/places.ts). fast-check generates hostile input – broken percent escapes, lone
 * surrogates, `__proto__` keys, repeated and overlong parameters – and shrinks a failure to the
 * smallest address that breaks a property. The seed is fixed, so every run checks the same cases.
 * Vocabularies are the real ones (mapConfig of the site), as in embed-params.test.ts.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import * as fc from "fast-check";
import { EMPTY_FILTER, type FilterState } from "../../assets/map/filter-state.ts";
import {
  EMPTY_URL_STATE,
  URL_PARAMS,
  formatView,
  mergeMapUrlState,
  parseMapUrlState,
  serializeMapUrlState,
  type MapUrlState,
  type MapView,
  type UrlVocabulary,
} from "../../assets/map/url-state.ts";
import {
  DEFAULT_EMBED_OPTIONS,
  MAX_QUERY_LENGTH,
  embedParamPairs,
  hasFilterValue,
  parseEmbedParams,
  serializeEmbedParams,
  type EmbedOptions,
} from "../../assets/embed/embed-params.ts";
import { EMBED_PARAM_MAX_LENGTHS, FIXABLE_PARAMS, MAP_HEIGHT_RANGE, type EmbedParamName } from "../../assets/embed/embed-spec.ts";
import { normalizeSearchText, searchTokens } from "../../assets/map/search-text.ts";
import { describePlaces, findPlaces } from "../../assets/search/places.ts";
import { mapConfig } from "../../scripts/site/map-plugin.ts";
import site from "../../content/_data/site.js";
import { gazetteer, placeIndex } from "./place-fixtures.ts";

/** Same cases on every run; enough of them to meet the rare ones, few enough to stay fast. */
const RUNS = { seed: 2026, numRuns: 500 };
/** For properties whose single case is expensive (addresses of many kilobytes). */
const FEW_RUNS = { seed: 2026, numRuns: 60 };

const config = mapConfig(site);
const networks = ["pflegenetz-koeln-porz", "quartiersbuendnis-koeln-kalk-nord"];
const embedVocabulary = { ...config, networks };
const challengeSlugs = config.challenges.map((c) => c.slug);
const statusSlugs = config.statuses.map((s) => s.slug);
const bezirkSlugs = config.regierungsbezirke.map((b) => b.slug);
const kreisSlugs = config.kreise.map((k) => k.slug);
const bezirkOfKreis = new Map(config.kreise.map((k) => [k.slug, k.regierungsbezirkSlug]));
// As AddressHistory hands the map config to the URL parser.
const urlVocabulary: UrlVocabulary = { challenges: challengeSlugs, statuses: statusSlugs, regierungsbezirke: bezirkSlugs, kreise: config.kreise };

const MAP_PARAMS: readonly string[] = Object.values(URL_PARAMS);
const EMBED_PARAMS = Object.keys(EMBED_PARAM_MAX_LENGTHS) as EmbedParamName[];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const AGS = /^\d{8}$/;
/** A lone half of a surrogate pair: encodeURIComponent throws on it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// ---------------------------------------------------------------------------------------------
// Hostile addresses

/** Pieces that have broken parsers elsewhere, plus words the parsers know. */
const TRICKY_PIECES = [
  "", "%", "%2", "%zz", "%%", "%C3", "%C3%28", "%E2%82", "%ED%A0%80", "%F0%9F%98", "%FF", "%00", "%0A", "%20", "%2C", "%2F", "%26", "%3D", "%2B",
  "+", " ", "\t", "\n", "\u00a0", "\u3000", "\ufeff", "\u200b", "\u202e", "\u0000", "\ud800", "\udbff", "\udc00", "😀", "ä", "Ä", "ß", "ẞ", "İ", "o\u0308",
  "=", "&", "?", "#", ",", ",,", "/", "//", ".", "-", "--", "__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "[polluted]",
  "<script>", "javascript:", "alle", "ja", "JA", "nein", "an", "aus", "1", "true", "px", "05315000", "0531500", "1e3", "0x10", "NaN", "Infinity", "-0",
  "51.5", "7.25", "10", "-", "regierungsbezirk-", "detmold", "KOELN", "kreis-lippe",
];
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TRICKY_PIECES, ...MAP_PARAMS, ...EMBED_PARAMS, ...challengeSlugs, ...statusSlugs, ...bezirkSlugs, ...kreisSlugs, ...networks) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)) },
);
const hostileText = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(""));
const hostileParameter = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...MAP_PARAMS, ...EMBED_PARAMS), hostileText).map(([name, value]) => `${name}=${value}`) },
  { weight: 1, arbitrary: fc.tuple(hostileText, hostileText).map(([name, value]) => `${name}=${value}`) },
  { weight: 1, arbitrary: hostileText },
);
/** A query string as anyone may write it, with or without "?". */
const hostileAddress = fc
  .tuple(fc.constantFrom("", "?", "??"), fc.array(hostileParameter, { maxLength: 10 }))
  .map(([lead, parameters]) => lead + parameters.join("&"));
/** Many kilobytes: a whole address repeated, or one parameter with a very long value. */
const longAddress = fc.oneof(
  fc.tuple(hostileAddress, fc.integer({ min: 20, max: 400 })).map(([address, times]) => `?${`${address}&`.repeat(times)}`),
  // The leading piece shifts where a cut falls inside the repeated ones (e.g. between the halves of "😀").
  fc.tuple(fc.constantFrom(...MAP_PARAMS, ...EMBED_PARAMS), piece, piece, fc.integer({ min: 100, max: 5000 })).map(([name, first, value, times]) => `?${name}=${first}${value.repeat(times)}`),
);

// ---------------------------------------------------------------------------------------------
// Valid states and options, as the map and the builder hold them

/** Records with Object's prototype, as the parsers return them (uvu's equal compares prototypes). */
const PLAIN = { noNullPrototype: true };
const slug = fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 }).map((parts) => parts.join("-"));
const ags = fc.stringMatching(/^\d{8}$/);
/** A decimal with exactly 4 places, the precision the address keeps. */
const decimal4 = (min: number, max: number) => fc.integer({ min: min * 1e4, max: max * 1e4 }).map((n) => n / 1e4);
/** A Regierungsbezirk and a Kreis that fit together (either may be empty). */
const places = fc.oneof(
  fc.constant({ regierungsbezirk: "", kreis: "" }),
  fc.constantFrom(...bezirkSlugs).map((regierungsbezirk) => ({ regierungsbezirk, kreis: "" })),
  fc.tuple(fc.constantFrom(...kreisSlugs), fc.boolean()).map(([kreis, withBezirk]) => ({ kreis, regierungsbezirk: withBezirk ? bezirkOfKreis.get(kreis)! : "" })),
);
/** A filter within the vocabularies; `query` is a search text as the parser leaves it. */
const filterOf = (query: fc.Arbitrary<string>): fc.Arbitrary<FilterState> =>
  fc
    .record({ challenges: fc.subarray(challengeSlugs), statuses: fc.subarray(statusSlugs), place: places, kmu: fc.boolean(), query })
    .map(({ place, ...rest }) => ({ ...rest, ...place }));

const mapView: fc.Arbitrary<MapView> = fc.record({ zoom: fc.integer({ min: 0, max: 20 }), lat: decimal4(-85, 85), lon: decimal4(-180, 180) }, PLAIN);
const mapState: fc.Arbitrary<MapUrlState> = fc.record({
  filter: filterOf(fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length <= 200)),
  selected: fc.oneof(fc.constant(""), slug),
  near: fc.oneof(fc.constant(""), ags),
  view: fc.option(mapView, { nil: null }),
}, PLAIN);

const embedView: fc.Arbitrary<MapView> = fc.record({ zoom: fc.integer({ min: 6, max: 18 }), lat: decimal4(49.5, 53.5), lon: decimal4(5, 10.5) }, PLAIN);
const embedOptions: fc.Arbitrary<EmbedOptions> = fc
  .record({
    filter: filterOf(fc.string({ unit: "grapheme", maxLength: 20 }).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s.length <= EMBED_PARAM_MAX_LENGTHS.suche)),
    fixed: fc.subarray([...FIXABLE_PARAMS]),
    selected: fc.constantFrom("", ...networks),
    near: fc.oneof(fc.constant(""), ags),
    view: fc.option(embedView, { nil: null }),
    showFilters: fc.boolean(),
    showList: fc.boolean(),
    mapHeight: fc.integer(MAP_HEIGHT_RANGE),
    frameId: fc.oneof(fc.constant(""), fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/)),
  })
  // Only a filter with a value can be fixed; the builder offers no other.
  .map((options) => ({ ...options, fixed: options.fixed.filter((name) => hasFilterValue(options.filter, name)) }));

// ---------------------------------------------------------------------------------------------
// Checks shared by the properties

/** `list` holds each item at most once, all from `vocabulary`, in its order. */
function assertInVocabularyOrder(list: readonly string[], vocabulary: readonly string[], what: string): void {
  assert.equal(list, vocabulary.filter((slug) => list.includes(slug)), what);
}

/** A search text the address can carry: trimmed, within `maxLength`, no half surrogate pair. */
function assertSearchText(query: string, maxLength: number): void {
  assert.ok(query.length <= maxLength, `suche: ${query.length} characters`);
  assert.is(query, query.trim(), "suche: trimmed");
  assert.not.ok(LONE_SURROGATE.test(query), "suche: half a surrogate pair");
}

/** Themes, statuses and places of a filter are known ones, a Kreis in its Regierungsbezirk; the search text fits `maxQuery`. */
function assertKnownFilter(f: FilterState, maxQuery: number): void {
  assertInVocabularyOrder(f.challenges, challengeSlugs, "thema");
  assertInVocabularyOrder(f.statuses, statusSlugs, "status");
  assert.ok(f.regierungsbezirk === "" || bezirkSlugs.includes(f.regierungsbezirk), f.regierungsbezirk);
  assert.ok(f.kreis === "" || kreisSlugs.includes(f.kreis), f.kreis);
  if (f.kreis && f.regierungsbezirk) assert.is(bezirkOfKreis.get(f.kreis), f.regierungsbezirk, "the Kreis lies in the Regierungsbezirk");
  assertSearchText(f.query, maxQuery);
}

/** Every value of `state` is one the map knows (or well-formed, for networks and views). */
function assertKnownMapState(state: MapUrlState): void {
  const f = state.filter;
  assertKnownFilter(f, 200);
  assert.type(f.kmu, "boolean");
  assert.ok(state.selected === "" || SLUG.test(state.selected), state.selected);
  assert.ok(state.near === "" || AGS.test(state.near), state.near);
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    assert.ok(Number.isInteger(zoom) && zoom >= 0 && zoom <= 20 && Math.abs(lat) <= 85 && Math.abs(lon) <= 180, formatView(state.view));
  }
}

/** Every option is within the vocabularies and limits, and each written value is one the parser accepts. */
function assertKnownEmbedOptions(options: EmbedOptions): void {
  const f = options.filter;
  assertKnownFilter(f, EMBED_PARAM_MAX_LENGTHS.suche);
  assert.not.ok(/\s\s|[^\S ]/.test(f.query), "suche: whitespace collapsed");
  assertInVocabularyOrder(options.fixed, FIXABLE_PARAMS, "fix");
  for (const name of options.fixed) assert.ok(hasFilterValue(f, name), `fix=${name} without a value`);
  assert.ok(options.selected === "" || networks.includes(options.selected), options.selected);
  assert.ok(options.near === "" || AGS.test(options.near), options.near);
  if (options.view) {
    const { zoom, lat, lon } = options.view;
    assert.ok(Number.isInteger(zoom) && zoom >= 6 && zoom <= 18 && lat >= 49.5 && lat <= 53.5 && lon >= 5 && lon <= 10.5, formatView(options.view));
  }
  assert.ok(Number.isInteger(options.mapHeight) && options.mapHeight >= MAP_HEIGHT_RANGE.min && options.mapHeight <= MAP_HEIGHT_RANGE.max, String(options.mapHeight));
  assert.ok(options.frameId === "" || /^[A-Za-z0-9_-]{1,64}$/.test(options.frameId), options.frameId);
  for (const [name, value] of embedParamPairs(options)) assert.ok(value.length <= EMBED_PARAM_MAX_LENGTHS[name], `${name}: ${value.length} characters`);
}

/** `b` equals `a`, except that its view may be rounded to the 4 decimals an address keeps. */
function assertSameUpToViewPrecision<T extends { readonly view: MapView | null }>(b: T, a: T, input: string): void {
  assert.equal({ ...b, view: null }, { ...a, view: null }, input);
  assert.is(b.view === null, a.view === null, input);
  if (a.view && b.view) {
    assert.is(b.view.zoom, a.view.zoom, input);
    assert.ok(Math.abs(b.view.lat - a.view.lat) <= 5e-5 && Math.abs(b.view.lon - a.view.lon) <= 5e-5, input);
  }
}

/** The parameters of `search` that are not the map's own, as a browser reads them. */
function foreignParameters(search: string): [string, string][] {
  return [...new URLSearchParams(search)].filter(([name]) => !MAP_PARAMS.includes(name));
}

/** Checks `predicate` on values of `arbitrary` with the fixed seed; a failure names the smallest counterexample. */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, runs: typeof RUNS = RUNS): void {
  fc.assert(fc.property(arbitrary, predicate), runs);
}

// ---------------------------------------------------------------------------------------------
const mapParse = suite("parseMapUrlState: any address");

mapParse("never throws, and keeps only known values within their limits", () => {
  check(hostileAddress, (search) => assertKnownMapState(parseMapUrlState(search, urlVocabulary)));
});

mapParse("without vocabularies, keeps only well-formed slugs, sorted and each once", () => {
  check(hostileAddress, (search) => {
    const { filter } = parseMapUrlState(search);
    for (const list of [filter.challenges, filter.statuses]) {
      assert.equal(list, [...new Set(list)].sort(), search);
      assert.ok(list.every((s) => SLUG.test(s)), search);
    }
    for (const place of [filter.regierungsbezirk, filter.kreis]) assert.ok(place === "" || SLUG.test(place), search);
  });
});

mapParse("very long addresses are read without throwing and within the limits", () => {
  check(longAddress, (search) => assertKnownMapState(parseMapUrlState(search, urlVocabulary)), FEW_RUNS);
});

mapParse("a half surrogate pair at the cut of an overlong search is dropped, so the address can be written again", () => {
  const state = parseMapUrlState(`?suche=${"a".repeat(199)}%F0%9F%98%80&thema=bildung`, urlVocabulary);
  assert.is(state.filter.query, "a".repeat(199));
  assert.is(mergeMapUrlState("?liste=aus", state), `?liste=aus&thema=bildung&suche=${"a".repeat(199)}`);
  assert.is(parseMapUrlState(`?suche=${"a".repeat(199)}%20b`).filter.query, "a".repeat(199), "trimmed after the cut");
});

mapParse("parse → serialise → parse keeps the state (views to 4 decimals), and the address is a fixed point", () => {
  check(hostileAddress, (search) => {
    const once = parseMapUrlState(search, urlVocabulary);
    const address = serializeMapUrlState(once);
    const twice = parseMapUrlState(`?${address}`, urlVocabulary);
    assertSameUpToViewPrecision(twice, once, search);
    assert.is(serializeMapUrlState(twice), address, search);
  });
});

mapParse.run();

// ---------------------------------------------------------------------------------------------
const mapSerialize = suite("serializeMapUrlState: any state");

mapSerialize("a state of the map survives serialise → parse unchanged", () => {
  check(mapState, (state) => {
    assert.equal(parseMapUrlState(`?${serializeMapUrlState(state)}`, urlVocabulary), state);
  });
});

mapSerialize("is canonical: order of parameters and list items, repeats, case and spelling give the same address", () => {
  /** Ways of writing `state` that a visitor or a partner might use. */
  const spellings = (state: MapUrlState): fc.Arbitrary<string> => {
    const f = state.filter;
    const list = (name: string, items: readonly string[]) =>
      fc.tuple(fc.shuffledSubarray([...items], { minLength: items.length }), fc.subarray([...items])).map(([all, again]) => `${name}=${[...all, ...again].join(",")}`);
    const parts: fc.Arbitrary<string>[] = [];
    if (f.challenges.length) parts.push(list(URL_PARAMS.challenges, f.challenges));
    if (f.regierungsbezirk) parts.push(fc.constantFrom(f.regierungsbezirk, f.regierungsbezirk.toUpperCase(), f.regierungsbezirk.replace(/^regierungsbezirk-/, "")).map((v) => `${URL_PARAMS.regierungsbezirk}=${v}`));
    if (f.kreis) parts.push(fc.constantFrom(f.kreis, f.kreis.toUpperCase(), ` ${f.kreis} `).map((v) => `${URL_PARAMS.kreis}=${encodeURIComponent(v)}`));
    if (f.kmu) parts.push(fc.constantFrom("ja", "1", "true", "%20ja").map((v) => `${URL_PARAMS.kmu}=${v}`));
    if (f.statuses.length) parts.push(list(URL_PARAMS.statuses, f.statuses));
    const query = encodeURIComponent(f.query);
    if (f.query) parts.push(fc.constantFrom(query, query.replace(/%20/g, "+"), `%20${query}%20`).map((v) => `${URL_PARAMS.query}=${v}`));
    if (state.selected) parts.push(fc.constant(`${URL_PARAMS.selected}=${state.selected}`));
    if (state.near) parts.push(fc.constant(`${URL_PARAMS.near}=${state.near}`));
    const view = state.view;
    if (view) parts.push(fc.constantFrom(formatView(view), `${view.zoom}/${view.lat}/${view.lon}`).map((v) => `${URL_PARAMS.view}=${v}`));
    return fc.tuple(...parts).chain((written) => fc.shuffledSubarray(written, { minLength: written.length })).map((written) => `?${written.join("&")}`);
  };
  check(
    mapState.chain((state) => fc.tuple(fc.constant(state), spellings(state))),
    ([state, written]) => assert.is(serializeMapUrlState(parseMapUrlState(written, urlVocabulary)), serializeMapUrlState(state), written),
  );
});

mapSerialize("-0 in a view is written as 0, so a view has one address", () => {
  assert.is(formatView({ zoom: 1, lat: -0.00001, lon: -0 }), "1/0.0000/0.0000");
  const search = serializeMapUrlState(parseMapUrlState("?ansicht=1/-0.00001/5"));
  assert.is(search, "ansicht=1/0.0000/5.0000");
  assert.is(formatView({ zoom: 9, lat: 51.5, lon: -7.25 }), "9/51.5000/-7.2500", "other negatives keep their sign");
});

mapSerialize.run();

// ---------------------------------------------------------------------------------------------
const mapMerge = suite("mergeMapUrlState: any address, any state");

/** An address with parameters of others (an embed's, a tracker's, nonsense) among the map's own. */
const mixedAddress = fc
  .tuple(hostileAddress, fc.array(fc.tuple(fc.constantFrom("liste", "hoehe", "utm_source", "__proto__", "x", "", "thema ", "%74hema"), hostileText), { maxLength: 4 }))
  .map(([address, foreign]) => [address, ...foreign.map(([name, value]) => `${name}=${value}`)].join("&"));

mapMerge("keeps every foreign parameter with its value and in its order; the map's own say exactly the state", () => {
  check(fc.tuple(mixedAddress, mapState), ([search, state]) => {
    const merged = mergeMapUrlState(search, state);
    assert.ok(merged === "" || merged.startsWith("?"), merged);
    assert.equal(foreignParameters(merged), foreignParameters(search), search);
    assert.equal(parseMapUrlState(merged, urlVocabulary), state, search);
  });
});

mapMerge("merging twice changes nothing, so history gets no needless entries", () => {
  check(fc.tuple(mixedAddress, mapState), ([search, state]) => {
    const merged = mergeMapUrlState(search, state);
    assert.is(mergeMapUrlState(merged, state), merged, search);
  });
});

mapMerge("merging the state read from any address never throws", () => {
  check(mixedAddress, (search) => {
    const merged = mergeMapUrlState(search, parseMapUrlState(search, urlVocabulary));
    assert.equal(foreignParameters(merged), foreignParameters(search), search);
  });
});

mapMerge.run();

// ---------------------------------------------------------------------------------------------
const embedParse = suite("parseEmbedParams: any address");

embedParse("never throws; options within the vocabularies and limits; at most six short, clean hints", () => {
  check(hostileAddress, (search) => {
    const { options, hints } = parseEmbedParams(search, embedVocabulary);
    assertKnownEmbedOptions(options);
    assert.ok(hints.length <= 6, search);
    for (const hint of hints) {
      assert.ok(hint.length < 300, hint);
      assert.not.ok(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e]/.test(hint), hint);
    }
  });
});

embedParse("very long addresses are cut or ignored, never thrown on", () => {
  check(longAddress, (search) => {
    const { options, hints } = parseEmbedParams(search, embedVocabulary);
    assertKnownEmbedOptions(options);
    assert.ok(hints.length <= 6, search.slice(0, 80));
    if (search.length - 1 > MAX_QUERY_LENGTH) assert.match(hints[0] ?? "", "zu lang");
  }, FEW_RUNS);
});

embedParse("no address adds properties to Object.prototype", () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  check(hostileAddress, (search) => void parseEmbedParams(search, embedVocabulary));
  assert.equal(Object.getOwnPropertyNames(Object.prototype).sort(), before);
});

embedParse("parameters appended to an embed's address cannot change it: the first value wins", () => {
  const appended = fc.array(fc.tuple(fc.constantFrom(...EMBED_PARAMS), hostileText), { maxLength: 6 });
  check(fc.tuple(embedOptions, appended), ([options, extra]) => {
    const search = serializeEmbedParams(options);
    const given = new Set(embedParamPairs(options).map(([name]) => name));
    const tail = extra.filter(([name]) => given.has(name)).map(([name, value]) => `&${name}=${value}`).join("");
    assert.equal(parseEmbedParams(`?${search}${tail}`, embedVocabulary).options, options, search + tail);
  });
});

embedParse("every allowed height is read, as a number or with px", () => {
  check(fc.tuple(fc.integer(MAP_HEIGHT_RANGE), fc.constantFrom("", "px", "PX")), ([height, unit]) => {
    const { options, hints } = parseEmbedParams(`?hoehe=${height}${unit}`, embedVocabulary);
    assert.is(options.mapHeight, height);
    assert.equal(hints, []);
  });
});

embedParse("a half surrogate pair at the cut of a long search is dropped, so the full-map link can be written", () => {
  const { options } = parseEmbedParams(`?suche=${"a".repeat(99)}%F0%9F%98%80`, embedVocabulary);
  assert.is(options.filter.query, "a".repeat(99));
  assert.is(serializeEmbedParams(options), `suche=${"a".repeat(99)}`);
  assert.is(serializeMapUrlState({ ...EMPTY_URL_STATE, filter: options.filter }), `suche=${"a".repeat(99)}`);
});

embedParse("parse → serialise → parse keeps the options (views to 4 decimals) without hints, and the address is a fixed point", () => {
  check(hostileAddress, (search) => {
    const once = parseEmbedParams(search, embedVocabulary).options;
    const address = serializeEmbedParams(once);
    const twice = parseEmbedParams(address, embedVocabulary);
    assert.equal(twice.hints, [], search);
    assertSameUpToViewPrecision(twice.options, once, search);
    assert.is(serializeEmbedParams(twice.options), address, search);
  });
});

embedParse.run();

// ---------------------------------------------------------------------------------------------
const embedSerialize = suite("serializeEmbedParams: any option of the builder");

embedSerialize("survives serialise → parse unchanged and without hints", () => {
  check(embedOptions, (options) => {
    const search = serializeEmbedParams(options);
    const parsed = parseEmbedParams(search, embedVocabulary);
    assert.equal(parsed.hints, [], search);
    assert.equal(parsed.options, options, search);
  });
});

embedSerialize("is canonical: equal options give the same address, the defaults none", () => {
  assert.is(serializeEmbedParams(DEFAULT_EMBED_OPTIONS), "");
  check(embedOptions, (options) => {
    // A copy with its lists rebuilt and fixed filters named twice: still the same options.
    const copy: EmbedOptions = { ...options, filter: { ...options.filter, challenges: [...options.filter.challenges] }, fixed: [...options.fixed, ...options.fixed] };
    assert.is(serializeEmbedParams(copy), serializeEmbedParams(options));
    assert.is(serializeEmbedParams({ ...options, filter: { ...options.filter, query: ` ${options.filter.query} ` } }), serializeEmbedParams(options));
  });
  assert.is(serializeEmbedParams({ ...DEFAULT_EMBED_OPTIONS, filter: EMPTY_FILTER, fixed: ["thema"] }), "", "fix without a value is left out");
});

embedSerialize.run();

// ---------------------------------------------------------------------------------------------
const searchText = suite("normalizeSearchText / searchTokens: any text");

searchText("never throw; give single-spaced words of letters and digits, bounded by the input", () => {
  check(fc.oneof(hostileText, fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 })), (text) => {
    const normalized = normalizeSearchText(text);
    assert.match(normalized, /^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
    assert.ok(normalized.length <= 4 * text.length, `${normalized.length} > 4 × ${text.length}`);
    const tokens = searchTokens(text);
    assert.ok(tokens.length <= text.length && tokens.every((t) => t !== "" && !t.includes(" ")), text);
  });
});

searchText.run();

// ---------------------------------------------------------------------------------------------
const placeSearch = suite("findPlaces / describePlaces: any query");

const index = placeIndex({ "kreis-mettmann": 3, koeln: 4, "regierungsbezirk-koeln": 4 });
const placeNames = [...gazetteer.gemeinden.slice(0, 40).map((g) => g.name), ...gazetteer.kreise.map((k) => k.displayName), ...gazetteer.regierungsbezirke.map((b) => b.displayName)];
const placeQuery = fc
  .array(fc.oneof(fc.constantFrom(...placeNames, "Kreis", "Regierungsbezirk", "Stadt", "in", "im", "der", "a.", "d.", "Pflege"), piece), { maxLength: 8 })
  .map((words) => words.join(" "));
/** Where an answer may link: region pages, the map filtered by slug or AGS, the form for new entries. */
const ANSWER_LINK = /^\/(?:regionen\/[a-z0-9-]+\/|karte\/\?(?:kreis|bezirk)=[a-z0-9-]+|karte\/\?nahe=\d{8}|mitmachen\/)$/;

placeSearch("never throw; at most three places, each answer one short sentence with at most four links built from the index", () => {
  check(placeQuery, (query) => {
    const matches = findPlaces(index, query);
    assert.ok(matches.length <= 3, query);
    for (const answer of describePlaces(matches)) {
      assert.ok(answer.summary.length < 200, answer.summary);
      assert.ok(answer.links.length <= 4, query);
      for (const link of answer.links) assert.match(link.href, ANSWER_LINK);
    }
  });
});

placeSearch("only the first 200 characters of a query are read, however long it is", () => {
  check(fc.tuple(placeQuery, fc.integer({ min: 1, max: 2000 })), ([query, times]) => {
    const long = `${query} `.repeat(times);
    assert.equal(findPlaces(index, long), findPlaces(index, long.slice(0, 200)));
  }, FEW_RUNS);
});

placeSearch.run();
