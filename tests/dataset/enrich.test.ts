import { suite } from "uvu";
import * as assert from "uvu/assert";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { gemeindePolygon, kreisPolygon } from "../../scripts/geo/boundaries.ts";

const entry = (extra: string, municipality = "Köln") => ({
  sourcePath: "content/networks/netz.md",
  bytes: new TextEncoder().encode(
    `---\ntitle: Netz\nsummary: Kommune und Betriebe arbeiten gemeinsam an besseren Chancen.\nchallenges: [quartier, bildung]\nmunicipality: ${municipality}\nstatus: aktiv\nfounded: 2015\npartners:\n  - { name: Amt, sector: kommune }\n  - { name: Bäckerei, sector: unternehmen, size: kmu }\n  - { name: Verein, sector: gemeinnuetzig }\n  - { name: Konzern, sector: unternehmen, size: gross }\n${extra}---\nText`,
  ),
});
const enrich = (extra = "", municipality?: string) => {
  const { dataset, problems } = buildDatasetFromSources([entry(extra, municipality)], { currentYear: 2026 });
  assert.equal(problems, []);
  return dataset.networks[0]!;
};

const test = suite("enrich");

test("resolves Gemeinde, Kreis and Regierungsbezirk of a kreisfreie Stadt", () => {
  const network = enrich();
  assert.equal(network.gemeinde, { ags: "05315000", name: "Köln", slug: "" });
  assert.equal(network.kreis, { ags: "05315", name: "Köln", slug: "koeln", type: "Kreisfreie Stadt" });
  assert.equal(network.regierungsbezirk, { ags: "053", name: "Regierungsbezirk Köln", slug: "regierungsbezirk-koeln" });
});

test("resolves a kreisangehörige Gemeinde to its Kreis", () => {
  const network = enrich("", "Hallenberg");
  assert.is(network.kreis.name, "Hochsauerlandkreis");
  assert.is(network.kreis.type, "Kreis");
  assert.is(network.regierungsbezirk.name, "Regierungsbezirk Arnsberg");
});

test("uses the Gemeinde's representative point, which lies inside it", () => {
  const network = enrich("", "Mülheim an der Ruhr");
  assert.is(network.pointSource, "gemeinde");
  assert.ok(booleanPointInPolygon([...network.point], gemeindePolygon("05117000")));
});

test("uses given coordinates, rounded to 6 decimals, in GeoJSON order", () => {
  const network = enrich("coordinates: { lat: 50.93590012345, lon: 6.94740098765 }\n");
  assert.is(network.pointSource, "coordinates");
  assert.equal(network.point, [6.947401, 50.9359]);
});

test("derives sectors in vocabulary order and the KMU flag", () => {
  const network = enrich();
  assert.equal(network.sectors, ["kommune", "unternehmen", "gemeinnuetzig"]);
  assert.ok(network.hasKmu);
});

test("has no footprint without area, and a footprint covering every area place with one", () => {
  assert.is(enrich().footprint, null);
  const network = enrich("area: [Kreis Lippe, Bielefeld]\n", "Detmold");
  assert.equal(network.area.map((a) => `${a.kind}:${a.name}`), ["kreis:Kreis Lippe", "gemeinde:Bielefeld"]);
  const footprint = { type: "Feature" as const, properties: {}, geometry: network.footprint as unknown as GeoJSON.Polygon | GeoJSON.MultiPolygon };
  const bielefeldCentre: [number, number] = [8.5325, 52.0302];
  const lemgo: [number, number] = [8.9, 52.028];
  const muenster: [number, number] = [7.6261, 51.9607];
  assert.ok(booleanPointInPolygon(bielefeldCentre, footprint));
  assert.ok(booleanPointInPolygon(lemgo, footprint));
  assert.not.ok(booleanPointInPolygon(muenster, footprint));
  assert.ok(booleanPointInPolygon(lemgo, kreisPolygon("05766")), "sanity: Lemgo lies in Kreis Lippe");
});

test("lists a place named twice in area once", () => {
  const network = enrich("area: [Kreis Lippe, \"05766\"]\n", "Detmold");
  assert.is(network.area.length, 1);
});

test.run();
