/**
 * Places in the site search (assets/search/places.ts): which queries name a place of NRW, what the
 * answer says and where its links lead. The index is built from the real gazetteer, through the
 * same build step that writes /suche/orte.json, with made-up network counts.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { challenges, sectors, statusTerms } from "../../scripts/dataset/vocabularies.ts";
import { describePlaces, findPlaces, inRegion, placeWords, type PlaceIndex, type PlaceMatch } from "../../assets/search/places.ts";
import { parseMapUrlState, URL_PARAMS } from "../../assets/map/url-state.ts";
import { gazetteer, placeIndex } from "./place-fixtures.ts";

const COUNTS = { "kreis-mettmann": 3, "kreis-lippe": 1, bielefeld: 2, "regierungsbezirk-detmold": 3, "regierungsbezirk-duesseldorf": 3, koeln: 4, "regierungsbezirk-koeln": 4 };
const index: PlaceIndex = placeIndex(COUNTS);

/** Each place a query names, as "region slug" or "region slug < Gemeinde". */
function named(query: string): string[] {
  return findPlaces(index, query).map((m: PlaceMatch) => (m.gemeinde ? `${m.region.slug} < ${m.gemeinde.name}` : m.region.slug));
}

const words = suite("placeWords: how names and queries compare");

words("lower case, umlauts spelled out or bare, ß as ss, accents and punctuation dropped", () => {
  assert.equal(placeWords("Mülheim an der Ruhr"), ["muelheim", "an", "der", "ruhr"]);
  assert.equal(placeWords("GÜTERSLOH"), ["guetersloh"]);
  assert.equal(placeWords("Gütersloh", false), ["gutersloh"]);
  assert.equal(placeWords("Schloß Holte-Stukenbrock"), ["schloss", "holte", "stukenbrock"]);
  assert.equal(placeWords("Ko\u0308ln"), ["koeln"], "decomposed umlaut");
  assert.equal(placeWords("Reg.-Bez. Köln"), ["reg", "bez", "koeln"]);
  assert.equal(placeWords("Mülheim a. d. Ruhr"), ["muelheim", "an", "der", "ruhr"]);
  assert.equal(placeWords("  – "), []);
});

const find = suite("findPlaces: which queries name a place");

find("a Kreis, with or without 'Kreis', in any case and spelling", () => {
  for (const query of ["Kreis Mettmann", "kreis mettmann", "KREIS METTMANN", "Landkreis Mettmann", "Mettmann (Kreis)", "Kreis  Mettmann "]) {
    assert.equal(named(query), ["kreis-mettmann"], query);
  }
  assert.equal(named("Kreis Gütersloh"), ["kreis-guetersloh"]);
  assert.equal(named("Kreis Guetersloh"), ["kreis-guetersloh"]);
  assert.equal(named("kreis gutersloh"), ["kreis-guetersloh"]);
  assert.equal(named("Kreis Lippe"), ["kreis-lippe"]);
  assert.equal(named("Lippe"), ["kreis-lippe"], "a Kreis that shares its name with no Gemeinde");
});

find("Kreise named otherwise than 'Kreis X'", () => {
  assert.equal(named("Hochsauerlandkreis"), ["hochsauerlandkreis"]);
  assert.equal(named("Hochsauerland"), ["hochsauerlandkreis"]);
  assert.equal(named("Rhein-Sieg-Kreis"), ["rhein-sieg-kreis"]);
  assert.equal(named("Rhein Sieg Kreis"), ["rhein-sieg-kreis"]);
  assert.equal(named("Oberbergischer Kreis"), ["oberbergischer-kreis"]);
  assert.equal(named("Märkischer Kreis"), ["maerkischer-kreis"]);
  assert.equal(named("Rhein-Kreis Neuss"), ["rhein-kreis-neuss"]);
  assert.equal(named("Kreis Neuss"), ["rhein-kreis-neuss"]);
  assert.equal(named("Städteregion Aachen"), ["staedteregion-aachen"]);
  assert.equal(named("Staedteregion Aachen"), ["staedteregion-aachen"]);
  assert.equal(named("Kreis Aachen"), ["staedteregion-aachen"], "the Städteregion's old name");
});

find("a Gemeinde names its Kreis, with the Gemeinde", () => {
  assert.equal(named("Hilden"), ["kreis-mettmann < Hilden"]);
  assert.equal(named("Mettmann"), ["kreis-mettmann < Mettmann"]);
  assert.equal(named("Gütersloh"), ["kreis-guetersloh < Gütersloh"]);
  assert.equal(named("Gutersloh"), ["kreis-guetersloh < Gütersloh"]);
  assert.equal(named("Rheda-Wiedenbrück"), ["kreis-guetersloh < Rheda-Wiedenbrück"]);
  assert.equal(named("rheda wiedenbrueck"), ["kreis-guetersloh < Rheda-Wiedenbrück"]);
  assert.equal(named("Stadt Hilden"), ["kreis-mettmann < Hilden"]);
  assert.equal(named("Aachen"), ["staedteregion-aachen < Aachen"]);
  assert.equal(named("Schloss Holte-Stukenbrock"), ["kreis-guetersloh < Schloß Holte-Stukenbrock"]);
});

find("shorter names of Gemeinden: without the river, the region or 'Bad'", () => {
  assert.equal(named("Hennef"), ["rhein-sieg-kreis < Hennef (Sieg)"]);
  assert.equal(named("Hennef (Sieg)"), ["rhein-sieg-kreis < Hennef (Sieg)"]);
  assert.equal(named("Halle Westfalen"), ["kreis-guetersloh < Halle (Westf.)"]);
  assert.equal(named("Fröndenberg"), ["kreis-unna < Fröndenberg/Ruhr"]);
  assert.equal(named("Monheim"), ["kreis-mettmann < Monheim am Rhein"]);
  assert.equal(named("Oeynhausen"), ["kreis-minden-luebbecke < Bad Oeynhausen"]);
  assert.equal(named("Mülheim"), ["muelheim-an-der-ruhr"]);
  assert.equal(named("Mülheim a. d. Ruhr"), ["muelheim-an-der-ruhr"]);
});

find("a kreisfreie Stadt is its own region, without 'liegt in'", () => {
  for (const query of ["Bielefeld", "bielefeld", "Stadt Bielefeld", "Kreisfreie Stadt Bielefeld"]) assert.equal(named(query), ["bielefeld"], query);
  assert.equal(named("Köln"), ["koeln", "regierungsbezirk-koeln"], "and the Regierungsbezirk of the same name");
  assert.equal(named("Koeln"), ["koeln", "regierungsbezirk-koeln"]);
  assert.equal(named("Koln"), ["koeln", "regierungsbezirk-koeln"]);
});

find("a Regierungsbezirk, with its prefix alone; without, after the Gemeinde of its name", () => {
  for (const query of ["Regierungsbezirk Detmold", "regierungsbezirk detmold", "Bezirksregierung Detmold", "RB Detmold", "Reg.-Bez. Detmold", "Bezirk Detmold"]) {
    assert.equal(named(query), ["regierungsbezirk-detmold"], query);
  }
  assert.equal(named("Detmold"), ["kreis-lippe < Detmold", "regierungsbezirk-detmold"]);
  assert.equal(named("Regierungsbezirk Münster"), ["regierungsbezirk-muenster"]);
});

find("a place at the end of a longer query, after 'in', 'im', 'aus' or 'bei'", () => {
  assert.equal(named("Pflege in Hilden"), ["kreis-mettmann < Hilden"]);
  assert.equal(named("Netzwerke im Kreis Lippe"), ["kreis-lippe"]);
  assert.equal(named("Ausbildung in der Städteregion Aachen"), ["staedteregion-aachen"]);
  assert.equal(named("in Bielefeld"), ["bielefeld"]);
  assert.equal(named("Betriebe aus Gütersloh"), ["kreis-guetersloh < Gütersloh"]);
});

find("ordinary words are no places: topics, sectors, statuses, parts of names", () => {
  const vocabulary = [...challenges(), ...sectors(), ...statusTerms()].map((term) => term.label);
  const queries = [...vocabulary, ...vocabulary.flatMap((label) => label.split(/[\s–-]+/)), "Arbeit", "Pflege", "Kita", "Ausbildung", "Wohnen im Alter", "Arbeit in Pflege", "Leben in Vielfalt"];
  for (const query of queries) assert.equal(named(query), [], query);
});

find("a beginning of a name, a prefix alone or nothing names no place", () => {
  for (const query of ["", "   ", "Mett", "Kreis Mett", "Kreis", "Stadt", "Regierungsbezirk", "Bezirk", "in", "Hamminkel", "Kreis Bielefeld Nord"]) assert.equal(named(query), [], query);
});

find("Essen, Hamm and other names that are words: a place when they are the whole query or follow 'in'", () => {
  // The answer adds to Pagefind's results and hides none of them, so a wrong guess costs one box;
  // inside other words the name is the word.
  assert.equal(named("Essen"), ["essen"]);
  assert.equal(named("Stadt Essen"), ["essen"]);
  assert.equal(named("Netzwerke in Essen"), ["essen"]);
  for (const query of ["gesundes Essen", "Essen für Kinder", "Essen auf Rädern", "Mittagessen", "Lage der Pflege", "Wetter und Klima"]) assert.equal(named(query), [], query);
  assert.equal(named("Hamm"), ["hamm"]);
  assert.equal(named("Hamminkeln"), ["kreis-wesel < Hamminkeln"], "no Hamm in Hamminkeln");
  assert.equal(named("Kleve"), ["kreis-kleve < Kleve"]);
  assert.equal(named("Borken"), ["kreis-borken < Borken"]);
});

find("every place is found by its own name, and each Gemeinde leads to its own Kreis", () => {
  const kreisSlug = new Map(gazetteer.kreise.map((k) => [k.ags, k.slug]));
  for (const gemeinde of gazetteer.gemeinden) {
    const [first] = findPlaces(index, gemeinde.name);
    assert.is(first?.region.slug, kreisSlug.get(gemeinde.kreisAgs), gemeinde.name);
    assert.is(first?.gemeinde?.ags ?? first?.region.near?.ags, gemeinde.ags, gemeinde.name);
  }
  for (const kreis of gazetteer.kreise) assert.is(findPlaces(index, kreis.displayName)[0]?.region.slug, kreis.slug, kreis.displayName);
  for (const bezirk of gazetteer.regierungsbezirke) assert.equal(named(bezirk.displayName), [bezirk.slug], bezirk.displayName);
});

const describe = suite("describePlaces: what the answer says and where it leads");

/** The answers to a query as plain data. */
function answer(query: string) {
  return describePlaces(findPlaces(index, query));
}

const MAP_VOCABULARY = {
  regierungsbezirke: gazetteer.regierungsbezirke.map((b) => b.slug),
  kreise: gazetteer.kreise.map((k) => ({ slug: k.slug, regierungsbezirkSlug: gazetteer.regierungsbezirke.find((b) => b.ags === k.regierungsbezirkAgs)!.slug })),
};

describe("a Kreis with networks: the count, its region page and the map filtered to it", () => {
  assert.equal(answer("Kreis Mettmann"), [
    {
      summary: "Kreis Mettmann: 3 Netzwerke",
      links: [
        { href: "/regionen/kreis-mettmann/", text: "Netzwerke im Kreis Mettmann" },
        { href: "/karte/?kreis=kreis-mettmann", text: "Kreis Mettmann auf der Karte" },
      ],
    },
  ]);
  assert.is(answer("Kreis Lippe")[0]?.summary, "Kreis Lippe: 1 Netzwerk");
  assert.is(answer("Bielefeld")[0]?.summary, "Bielefeld (kreisfreie Stadt): 2 Netzwerke");
  assert.is(answer("Bielefeld")[0]?.links[0]?.text, "Netzwerke in Bielefeld");
});

describe("a Gemeinde: where it lies, the Kreis's count and networks near the Gemeinde", () => {
  const hilden = gazetteer.gemeinden.find((g) => g.name === "Hilden")!;
  assert.equal(answer("Hilden"), [
    {
      summary: "Hilden liegt im Kreis Mettmann: 3 Netzwerke",
      links: [
        { href: "/regionen/kreis-mettmann/", text: "Netzwerke im Kreis Mettmann" },
        { href: "/karte/?kreis=kreis-mettmann", text: "Kreis Mettmann auf der Karte" },
        { href: `/karte/?nahe=${hilden.ags}`, text: "Netzwerke in der Nähe von Hilden" },
      ],
    },
  ]);
});

describe("a place without networks says so, has no region page, and points to networks nearby", () => {
  const gummersbach = gazetteer.gemeinden.find((g) => g.name === "Gummersbach")!;
  assert.equal(answer("Oberbergischer Kreis"), [
    {
      summary: "Oberbergischer Kreis: noch kein Netzwerk eingetragen",
      links: [
        { href: `/karte/?nahe=${gummersbach.ags}`, text: "Netzwerke in der Nähe von Gummersbach" },
        { href: "/mitmachen/", text: "Ein Netzwerk von dort eintragen" },
      ],
    },
  ]);
  const [essen] = answer("Essen");
  assert.is(essen?.summary, "Essen (kreisfreie Stadt): noch kein Netzwerk eingetragen");
  assert.ok(essen?.links.some((l) => l.href === "/karte/?nahe=05113000"));
  assert.is(answer("Lüdenscheid")[0]?.summary, "Lüdenscheid liegt im Märkischen Kreis: noch kein Netzwerk eingetragen");
});

describe("names after 'im' and 'in' decline as German does", () => {
  const region = (name: string, type: "Kreis" | "Kreisfreie Stadt" | "Regierungsbezirk") => ({ name, slug: "", type, count: 0, near: undefined });
  assert.is(inRegion(region("Kreis Mettmann", "Kreis")), "im Kreis Mettmann");
  assert.is(inRegion(region("Hochsauerlandkreis", "Kreis")), "im Hochsauerlandkreis");
  assert.is(inRegion(region("Rheinisch-Bergischer Kreis", "Kreis")), "im Rheinisch-Bergischen Kreis");
  assert.is(inRegion(region("Rhein-Kreis Neuss", "Kreis")), "im Rhein-Kreis Neuss");
  assert.is(inRegion(region("Städteregion Aachen", "Kreis")), "in der Städteregion Aachen");
  assert.is(inRegion(region("Köln", "Kreisfreie Stadt")), "in Köln");
  assert.is(inRegion(region("Regierungsbezirk Köln", "Regierungsbezirk")), "im Regierungsbezirk Köln");
});

describe("map links use the map's own parameters and land on the place", () => {
  assert.equal([URL_PARAMS.kreis, URL_PARAMS.regierungsbezirk, URL_PARAMS.near], ["kreis", "bezirk", "nahe"]);
  const map = (query: string, text: RegExp) => {
    const href = answer(query).flatMap((a) => a.links).find((l) => text.test(l.text))?.href ?? "";
    assert.ok(href.startsWith("/karte/?"), `${query}: ${href}`);
    return parseMapUrlState(href.slice("/karte/".length), MAP_VOCABULARY);
  };
  assert.is(map("Kreis Mettmann", /auf der Karte/).filter.kreis, "kreis-mettmann");
  assert.is(map("Regierungsbezirk Detmold", /auf der Karte/).filter.regierungsbezirk, "regierungsbezirk-detmold");
  assert.is(map("Hilden", /Nähe/).near, gazetteer.gemeinden.find((g) => g.name === "Hilden")!.ags);
});

words.run();
find.run();
describe.run();
