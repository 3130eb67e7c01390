/**
 * The embed's parameters (assets/embed/embed-params.ts, embed-spec.ts): good values, bad and
 * hostile ones (unknown, overlong, repeated, markup, `javascript:`, NaN views, `__proto__`), and
 * builder → URL → parser round trips. Vocabularies are the real ones (mapConfig of the site).
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EMPTY_FILTER } from "../../assets/map/filter-state.ts";
import { URL_PARAMS } from "../../assets/map/url-state.ts";
import {
  DEFAULT_EMBED_OPTIONS,
  MAX_QUERY_LENGTH,
  fixedFiltersOf,
  parseEmbedParams,
  parseEmbedView,
  quoteValue,
  serializeEmbedParams,
  type EmbedOptions,
} from "../../assets/embed/embed-params.ts";
import { EMBED_PARAM_MAX_LENGTHS, EMBED_PARAMETERS, FIXABLE_PARAMS } from "../../assets/embed/embed-spec.ts";
import { mapConfig } from "../../scripts/site/map-plugin.ts";
import { ROOT } from "../../scripts/paths.ts";
import site from "../../content/_data/site.js";

const config = mapConfig(site);
const vocabulary = { ...config, networks: ["pflegenetz-koeln-porz", "quartiersbuendnis-koeln-kalk-nord"] };
const parse = (search: string) => parseEmbedParams(search, vocabulary);

// ---------------------------------------------------------------------------------------------
const good = suite("Einbetten: Parameter lesen");

good("an empty address gives the defaults and no hints", () => {
  for (const search of ["", "?", "?&&"]) {
    const { options, hints } = parse(search);
    assert.equal(options, DEFAULT_EMBED_OPTIONS, search);
    assert.equal(hints, [], search);
  }
});

good("reads the map's filters as /karte/ does, plus the embed's options", () => {
  const { options, hints } = parse(
    "?thema=quartier,bildung&kreis=koeln&kmu=ja&status=aktiv&suche=Kalk&netzwerk=pflegenetz-koeln-porz&nahe=05315000&ansicht=11/50.9400/6.9600&fix=thema,kreis&liste=aus&hoehe=600&id=gemeinsam-wirken-karte-1",
  );
  assert.equal(hints, []);
  assert.equal(options.filter, { challenges: ["bildung", "quartier"], regierungsbezirk: "", kreis: "koeln", kmu: true, statuses: ["aktiv"], query: "Kalk" });
  assert.equal(options.fixed, ["thema", "kreis"]);
  assert.is(options.selected, "pflegenetz-koeln-porz");
  assert.is(options.near, "05315000");
  assert.equal(options.view, { lat: 50.94, lon: 6.96, zoom: 11 });
  assert.is(options.showFilters, true);
  assert.is(options.showList, false);
  assert.is(options.mapHeight, 600);
  assert.is(options.frameId, "gemeinsam-wirken-karte-1");
});

good("accepts friendly spellings: upper case, spaces, short Bezirk names, lat,lon,zoom, 600px", () => {
  const { options, hints } = parse("?thema=%20Quartier%20&bezirk=detmold&kmu=JA&filter=AUS&ansicht=51.94,8.88,10&hoehe=600px");
  assert.equal(hints, []);
  assert.equal(options.filter.challenges, ["quartier"]);
  assert.is(options.filter.regierungsbezirk, "regierungsbezirk-detmold");
  assert.is(options.filter.kmu, true);
  assert.is(options.showFilters, false);
  assert.equal(options.view, { lat: 51.94, lon: 8.88, zoom: 10 });
  assert.is(options.mapHeight, 600);
});

good("fix=alle locks every given filter; filter=aus locks them without fix", () => {
  assert.equal(parse("?thema=quartier&kmu=ja&fix=alle").options.fixed, ["thema", "kmu"]);
  const off = parse("?thema=quartier&kreis=kreis-lippe&filter=aus").options;
  assert.equal(off.fixed, []);
  assert.equal(fixedFiltersOf(off, config), { challenges: ["quartier"], kreis: "kreis-lippe", regierungsbezirk: "regierungsbezirk-detmold" });
});

good("a fixed Kreis also fixes its Regierungsbezirk; unfixed filters stay changeable", () => {
  const { options } = parse("?thema=quartier&kreis=koeln&kmu=ja&fix=kreis");
  assert.equal(fixedFiltersOf(options, config), { kreis: "koeln", regierungsbezirk: "regierungsbezirk-koeln" });
  assert.equal(fixedFiltersOf(parse("?thema=quartier").options, config), {});
});

good.run();

// ---------------------------------------------------------------------------------------------
const bad = suite("Einbetten: falsche und feindliche Parameter");

bad("an unknown theme is ignored with a friendly German hint; known ones stay", () => {
  const { options, hints } = parse("?thema=xyz,quartier");
  assert.equal(options.filter.challenges, ["quartier"]);
  assert.equal(hints, ["Unbekanntes Thema „xyz“ wurde ignoriert."]);
});

bad("unknown Kreis, Regierungsbezirk, status and network are ignored with hints", () => {
  const { options, hints } = parse("?kreis=atlantis&bezirk=mordor&status=vielleicht&netzwerk=gibt-es-nicht");
  assert.equal(options, DEFAULT_EMBED_OPTIONS);
  assert.equal(hints, [
    "Unbekannter Status „vielleicht“ wurde ignoriert.",
    "Unbekannter Regierungsbezirk „mordor“ wurde ignoriert.",
    "Unbekannter Kreis „atlantis“ wurde ignoriert.",
    "Unbekanntes Netzwerk „gibt-es-nicht“ wurde ignoriert.",
  ]);
});

bad("a Kreis outside the given Regierungsbezirk keeps the Kreis and drops the Bezirk", () => {
  const { options, hints } = parse("?kreis=koeln&bezirk=regierungsbezirk-detmold");
  assert.is(options.filter.kreis, "koeln");
  assert.is(options.filter.regierungsbezirk, "");
  assert.match(hints[0]!, "Regierungsbezirk wurde ignoriert");
});

bad("overlong values are ignored (the search is shortened), an overlong address is cut", () => {
  const long = parse(`?thema=${"a".repeat(5000)}&kreis=${"k".repeat(61)}`);
  assert.equal(long.options.filter, EMPTY_FILTER);
  assert.match(long.hints.join("\n"), "zu lang");
  const search = parse(`?suche=${"Wort ".repeat(100)}`);
  assert.ok(search.options.filter.query.length <= 100);
  assert.match(search.hints[0]!, "gekürzt");
  const huge = parse(`?kreis=koeln&${"x".repeat(MAX_QUERY_LENGTH * 5)}`);
  assert.is(huge.options.filter.kreis, "koeln");
  assert.match(huge.hints[0]!, "Adresse ist zu lang");
  for (const hint of [...long.hints, ...huge.hints]) assert.ok(hint.length < 200, hint);
});

bad("repeated parameters keep the first value with a hint, lists too (appending cannot widen an embed)", () => {
  const { options, hints } = parse("?thema=quartier&thema=bildung&kreis=koeln&kreis=kreis-lippe&kreis=koeln&fix=thema&fix=thema");
  assert.equal(options.filter.challenges, ["quartier"]);
  assert.is(options.filter.kreis, "koeln");
  assert.equal(options.fixed, ["thema"]);
  assert.equal(hints, ["„thema“ ist mehrfach angegeben; es gilt der erste Wert.", "„kreis“ ist mehrfach angegeben; es gilt der erste Wert."]);
});

bad("markup and javascript: URLs are never accepted as slugs, ids or views; hints quote them as text", () => {
  const { options, hints } = parse(
    `?thema=${encodeURIComponent("<script>alert(1)</script>")}&netzwerk=javascript:alert(1)&id=${encodeURIComponent('"><img src=x onerror=alert(1)>')}&ansicht=javascript:alert(1)&kreis=%3Cb%3E`,
  );
  assert.equal(options, DEFAULT_EMBED_OPTIONS);
  assert.is(hints.length, 5);
  assert.ok(hints.some((h) => h.includes("„<script>alert(1)</script>“")));
  assert.ok(hints.some((h) => h.includes("„javascript:alert(1)“")));
});

bad("a search text keeps markup as plain words (the map shows and matches it as text)", () => {
  assert.is(parse(`?suche=${encodeURIComponent("<img src=x onerror=alert(1)>")}`).options.filter.query, "<img src=x onerror=alert(1)>");
});

bad("hint quotes drop control characters and are capped at 40 characters", () => {
  assert.is(quoteValue("a\u0000b\u202ec\nd"), "„abc d“");
  assert.is(quoteValue("x".repeat(100)).length, 42);
  // The cap falls inside an emoji: its first half is dropped, not shown as "�".
  assert.is(quoteValue(`${"x".repeat(38)}😀${"y".repeat(10)}`), `„${"x".repeat(38)}…“`);
  const { hints } = parse(`?thema=${"%E2%80%AE".repeat(3)}evil${"y".repeat(300)}`);
  assert.ok(hints.every((h) => !/[\u0000-\u001f\u202e]/.test(h)));
});

bad("NaN, infinite, malformed and out-of-range views are ignored with a hint", () => {
  const views = ["NaN/51/7", "12/95/7", "12/51.2/200", "Infinity/51/7", "1e400/51/7", "12//7", "51,7,99", "51,7", "12/51/7/3", "abc", "0x10/51/7 ", "-3/51/7", "12/0/0"];
  for (const view of views) {
    assert.is(parseEmbedView(view), null, view);
    const { options, hints } = parse(`?ansicht=${encodeURIComponent(view)}`);
    assert.is(options.view, null, view);
    assert.is(hints.length, 1, view);
  }
  assert.equal(parseEmbedView("10.6/51.5/7.5"), { lat: 51.5, lon: 7.5, zoom: 11 });
});

bad("prototype-pollution keys stay data: unknown parameters, nothing polluted", () => {
  const { options, hints } = parse("?__proto__=x&constructor=y&__proto__[polluted]=1&prototype=z&toString=1&fix=__proto__,constructor&thema=__proto__");
  assert.is(({} as Record<string, unknown>).polluted, undefined);
  assert.is(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false);
  assert.equal(options, DEFAULT_EMBED_OPTIONS);
  assert.ok(hints.some((h) => h === "Unbekannter Parameter „__proto__“ wurde ignoriert."));
  assert.ok(hints.length <= 6);
  assert.match(hints.at(-1)!, "weitere ignorierte Angaben");
});

bad("fix without a value or with an unknown filter is ignored with a hint", () => {
  const { options, hints } = parse("?fix=thema,farbe&kreis=koeln");
  assert.equal(options.fixed, []);
  assert.equal(hints, [
    "„fix=thema“ wurde ignoriert: Für „thema“ ist kein gültiger Wert angegeben.",
    "„farbe“ ist kein Filter, der sich festlegen lässt (möglich: thema, bezirk, kreis, kmu, status, suche).",
  ]);
});

bad("invalid switches, heights, Gemeinde keys and ids are ignored with hints", () => {
  const cases: [string, Partial<EmbedOptions>][] = [
    ["?liste=vielleicht", { showList: true }],
    ["?filter=", { showFilters: true }],
    ["?kmu=manchmal", {}],
    ["?hoehe=abc", { mapHeight: 480 }],
    ["?hoehe=-5", { mapHeight: 480 }],
    ["?hoehe=100", { mapHeight: 480 }],
    ["?hoehe=99999", { mapHeight: 480 }],
    ["?hoehe=6e2", { mapHeight: 480 }],
    ["?nahe=0531500", { near: "" }],
    ["?id=a%20b", { frameId: "" }],
  ];
  for (const [search, expected] of cases) {
    const { options, hints } = parse(search);
    for (const [key, value] of Object.entries(expected)) assert.equal(options[key as keyof EmbedOptions], value, search);
    assert.is(hints.length, search === "?filter=" ? 0 : 1, search);
  }
});

bad.run();

// ---------------------------------------------------------------------------------------------
const roundTrip = suite("Einbetten: Baukasten → Adresse → Karte");

const samples: EmbedOptions[] = [
  DEFAULT_EMBED_OPTIONS,
  { ...DEFAULT_EMBED_OPTIONS, filter: { ...EMPTY_FILTER, challenges: ["quartier"], kreis: "koeln" }, fixed: ["thema", "kreis"] },
  { ...DEFAULT_EMBED_OPTIONS, filter: { ...EMPTY_FILTER, regierungsbezirk: "regierungsbezirk-detmold", kmu: true, statuses: ["in-gruendung", "aktiv"] }, showFilters: false, showList: false, mapHeight: 720 },
  {
    ...DEFAULT_EMBED_OPTIONS,
    filter: { ...EMPTY_FILTER, query: 'Pflege & Beruf, "Wohnen"/<b>ä ß' },
    fixed: ["suche"],
    selected: "pflegenetz-koeln-porz",
    near: "05315000",
    view: { zoom: 9, lat: 51.5, lon: 7.25 },
    frameId: "rahmen_1",
  },
];

roundTrip("the parser reads back exactly what the serialiser wrote, without hints", () => {
  for (const options of samples) {
    const search = serializeEmbedParams(options);
    const parsed = parse(search);
    assert.equal(parsed.options, options, search);
    assert.equal(parsed.hints, [], search);
  }
});

roundTrip("the serialiser is canonical: spec order, defaults left out, commas and slashes readable", () => {
  assert.is(serializeEmbedParams(DEFAULT_EMBED_OPTIONS), "");
  assert.is(serializeEmbedParams(samples[1]!), "thema=quartier&kreis=koeln&fix=thema,kreis");
  assert.is(serializeEmbedParams(samples[2]!), "bezirk=regierungsbezirk-detmold&kmu=ja&status=in-gruendung,aktiv&filter=aus&liste=aus&hoehe=720");
  assert.match(serializeEmbedParams(samples[3]!), "ansicht=9/51.5000/7.2500");
});

roundTrip("parse → serialise → parse is stable for hostile input too", () => {
  const inputs = ["?thema=xyz,quartier&thema=bildung&kreis=koeln&kreis=essen&fix=alle&ansicht=NaN", "?__proto__=1&suche=%3Cscript%3E&hoehe=99999&liste=aus", `?suche=${"ä".repeat(300)}`];
  for (const input of inputs) {
    const once = parse(input).options;
    const twice = parse(serializeEmbedParams(once));
    assert.equal(twice.options, once, input);
    assert.equal(twice.hints, [], input);
  }
});

roundTrip.run();

// ---------------------------------------------------------------------------------------------
const spec = suite("Einbetten: Parameterliste");

spec("names are unique; the map's parameters are named as on /karte/", () => {
  const names = EMBED_PARAMETERS.map((p) => p.name);
  assert.is(new Set(names).size, names.length);
  const mapNames = EMBED_PARAMETERS.filter((p) => !p.embedOnly).map((p) => p.name).sort();
  assert.equal(mapNames, Object.values(URL_PARAMS).sort());
  for (const name of FIXABLE_PARAMS) assert.ok(names.includes(name), name);
});

spec("the length table, which orders serialised URLs, lists the documented parameters in the documented order", () => {
  assert.equal(Object.keys(EMBED_PARAM_MAX_LENGTHS), EMBED_PARAMETERS.map((p) => p.name));
});

spec("every parameter is documented in German, with a data- attribute unless embed.js sets it", () => {
  for (const p of EMBED_PARAMETERS) {
    assert.ok(p.values && p.description && p.defaultText && p.example, p.name);
    assert.ok(p.example.length <= p.maxLength, p.name);
    if (p.name !== "id") assert.is(p.dataAttribute, `data-${p.name}`);
  }
});

spec("the README documents every parameter", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Karte einbetten"));
  assert.ok(section.length > 100, "README: Abschnitt „Karte einbetten“ fehlt");
  for (const p of EMBED_PARAMETERS) assert.ok(section.includes(`\`${p.name}\``), `README: Parameter ${p.name}`);
});

spec.run();
