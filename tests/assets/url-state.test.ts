import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EMPTY_FILTER } from "../../assets/map/filter-state.ts";
import {
  EMPTY_URL_STATE,
  mergeMapUrlState,
  parseMapUrlState,
  sameUrlState,
  serializeMapUrlState,
  type MapUrlState,
} from "../../assets/map/url-state.ts";
import { NETWORK_SLUG_MAX_LENGTH } from "../../assets/site/slug.ts";

const vocabulary = {
  challenges: ["bildung", "quartier", "demografie"],
  statuses: ["in-gruendung", "aktiv", "abgeschlossen"],
};

const full: MapUrlState = {
  filter: {
    challenges: ["bildung", "quartier"],
    regierungsbezirk: "regierungsbezirk-koeln",
    kreis: "koeln",
    kmu: true,
    statuses: ["aktiv"],
    query: "Pflege & Beruf",
  },
  selected: "pflegenetz-koeln-porz",
  near: "05315000",
  view: { zoom: 11, lat: 50.9375, lon: 6.9603 },
};

const parse = suite("parseMapUrlState");

parse("an empty query is the empty state", () => {
  assert.equal(parseMapUrlState(""), EMPTY_URL_STATE);
});

parse("reads the shareable form from the issue", () => {
  const state = parseMapUrlState("?thema=bildung,quartier&kreis=kreis-lippe", vocabulary);
  assert.equal(state.filter.challenges, ["bildung", "quartier"]);
  assert.is(state.filter.kreis, "kreis-lippe");
});

parse("drops unknown and malformed values instead of failing", () => {
  const state = parseMapUrlState("?thema=quartier,unbekannt,,BILDUNG,quartier&status=aktiv,x&kreis=<b>&nahe=123&ansicht=99/1/2&netzwerk=../x", vocabulary);
  assert.equal(state.filter.challenges, ["quartier"]);
  assert.equal(state.filter.statuses, ["aktiv"]);
  assert.is(state.filter.kreis, "");
  assert.is(state.near, "");
  assert.is(state.view, null);
  assert.is(state.selected, "");
});

parse("takes a network's short name up to the longest the entry check allows, and no longer one", () => {
  const longest = `netz-${"a".repeat(NETWORK_SLUG_MAX_LENGTH - 5)}`;
  assert.is(parseMapUrlState(`?netzwerk=${longest}`).selected, longest);
  assert.is(parseMapUrlState(`?netzwerk=${longest}a`).selected, "");
});

const places = {
  ...vocabulary,
  regierungsbezirke: ["regierungsbezirk-koeln", "regierungsbezirk-detmold"],
  kreise: [
    { slug: "koeln", regierungsbezirkSlug: "regierungsbezirk-koeln" },
    { slug: "kreis-lippe", regierungsbezirkSlug: "regierungsbezirk-detmold" },
  ],
};

parse("drops a Kreis or Regierungsbezirk that does not exist, as it drops unknown themes", () => {
  const state = parseMapUrlState("?kreis=lippe&bezirk=regierungsbezirk-nirgendwo", places);
  assert.is(state.filter.kreis, "");
  assert.is(state.filter.regierungsbezirk, "");
  assert.equal(state.filter, EMPTY_FILTER);
});

parse("keeps known places, reads the short Regierungsbezirk as embeds do, and ignores case", () => {
  assert.is(parseMapUrlState("?kreis=kreis-lippe", places).filter.kreis, "kreis-lippe");
  assert.is(parseMapUrlState("?bezirk=detmold", places).filter.regierungsbezirk, "regierungsbezirk-detmold");
  assert.is(parseMapUrlState("?bezirk=Regierungsbezirk-Koeln&kreis=KOELN", places).filter.kreis, "koeln");
});

parse("a Kreis outside the given Regierungsbezirk wins: the pair would match nothing", () => {
  const state = parseMapUrlState("?bezirk=regierungsbezirk-koeln&kreis=kreis-lippe", places);
  assert.is(state.filter.kreis, "kreis-lippe");
  assert.is(state.filter.regierungsbezirk, "");
  assert.is(parseMapUrlState("?bezirk=regierungsbezirk-detmold&kreis=kreis-lippe", places).filter.regierungsbezirk, "regierungsbezirk-detmold");
});

parse("without place lists, any well-formed place is kept (the vocabulary decides)", () => {
  assert.is(parseMapUrlState("?kreis=lippe").filter.kreis, "lippe");
});

parse("puts list values in vocabulary order so equal filters give equal URLs", () => {
  assert.equal(parseMapUrlState("?thema=demografie,bildung", vocabulary).filter.challenges, ["bildung", "demografie"]);
});

parse("decodes the text search", () => {
  assert.is(parseMapUrlState("?suche=K%C3%B6ln+Kalk").filter.query, "Köln Kalk");
});

parse.run();

const serialize = suite("serializeMapUrlState");

serialize("the empty state is an empty query", () => {
  assert.is(serializeMapUrlState(EMPTY_URL_STATE), "");
});

serialize("writes a readable, canonical query", () => {
  assert.is(
    serializeMapUrlState(full),
    "thema=bildung,quartier&bezirk=regierungsbezirk-koeln&kreis=koeln&kmu=ja&status=aktiv&suche=Pflege%20%26%20Beruf&netzwerk=pflegenetz-koeln-porz&nahe=05315000&ansicht=11/50.9375/6.9603",
  );
});

serialize("round-trips through parse", () => {
  assert.equal(parseMapUrlState(`?${serializeMapUrlState(full)}`, vocabulary), full);
  const onlyFilter = { ...EMPTY_URL_STATE, filter: { ...EMPTY_FILTER, kmu: true } };
  assert.equal(parseMapUrlState(`?${serializeMapUrlState(onlyFilter)}`, vocabulary), onlyFilter);
});

serialize.run();

const merge = suite("mergeMapUrlState");

merge("keeps foreign parameters (e.g. an embed's options) and replaces the map's own", () => {
  assert.is(mergeMapUrlState("?liste=nein&thema=quartier", { ...EMPTY_URL_STATE, selected: "x" }), "?liste=nein&netzwerk=x");
  assert.is(mergeMapUrlState("?thema=quartier", EMPTY_URL_STATE), "");
});

merge("compares states with or without the view", () => {
  const moved = { ...full, view: { zoom: 9, lat: 51, lon: 7 } };
  assert.not.ok(sameUrlState(full, moved));
  assert.ok(sameUrlState(full, moved, false));
});

merge.run();
