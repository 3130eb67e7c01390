import { suite } from "uvu";
import * as assert from "uvu/assert";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import {
  findGemeindeAt,
  gemeindePolygon,
  isPointInGemeinde,
  isPointInNrw,
  kreisPolygon,
  regierungsbezirkPolygon,
} from "../../scripts/geo/boundaries.ts";
import { loadGazetteer, type LonLat } from "../../scripts/geo/gazetteer.ts";

const gazetteer = loadGazetteer();
/** Kölner Dom, 50.9413 N 6.9583 E, in GeoJSON order. */
const KOELNER_DOM: LonLat = [6.9583, 50.9413];
const BERLIN: LonLat = [13.405, 52.52];

const polygons = suite("polygons");

polygons("exist for every area of the gazetteer", () => {
  for (const g of gazetteer.gemeinden) assert.is(gemeindePolygon(g.ags).properties.name, g.name);
  for (const k of gazetteer.kreise) assert.is(kreisPolygon(k.ags).properties.name, k.displayName);
  for (const r of gazetteer.regierungsbezirke) assert.is(regierungsbezirkPolygon(r.ags).properties.slug, r.slug);
});

polygons("throw for an unknown AGS", () => {
  assert.throws(() => gemeindePolygon("11000000"), /11000000/);
});

polygons("contain each Gemeinde's representative point strictly inside", () => {
  for (const { ags, name, point } of gazetteer.gemeinden) {
    assert.ok(booleanPointInPolygon([...point], gemeindePolygon(ags), { ignoreBoundary: true }), `${name} ${point}`);
    assert.ok(isPointInGemeinde(point, ags), name);
    assert.is(findGemeindeAt(point)?.ags, ags, name);
  }
});

polygons("Kreis and Regierungsbezirk polygons contain their Gemeinden's points", () => {
  for (const { name, point, kreisAgs, regierungsbezirkAgs } of gazetteer.gemeinden) {
    assert.ok(booleanPointInPolygon([...point], kreisPolygon(kreisAgs)), `${name} nicht in ${kreisAgs}`);
    assert.ok(booleanPointInPolygon([...point], regierungsbezirkPolygon(regierungsbezirkAgs)), `${name} nicht in ${regierungsbezirkAgs}`);
  }
});

polygons.run();

const points = suite("point lookups");

points("place the Kölner Dom in Köln and NRW", () => {
  assert.ok(isPointInNrw(KOELNER_DOM));
  assert.ok(isPointInGemeinde(KOELNER_DOM, "05315000"));
  assert.not.ok(isPointInGemeinde(KOELNER_DOM, "05316000"));
  assert.is(findGemeindeAt(KOELNER_DOM)?.name, "Köln");
});

points("find known Gemeinden by coordinates", () => {
  assert.is(findGemeindeAt([7.6261, 51.9607])?.name, "Münster"); // Prinzipalmarkt
  assert.is(findGemeindeAt([8.5325, 52.0302])?.name, "Bielefeld"); // Altstadt
  assert.is(findGemeindeAt([8.6211, 51.1108])?.name, "Hallenberg"); // Stadtkern
});

points("reject points outside NRW and swapped coordinates", () => {
  assert.not.ok(isPointInNrw(BERLIN));
  assert.not.ok(isPointInNrw([KOELNER_DOM[1], KOELNER_DOM[0]]));
  assert.not.ok(isPointInNrw([Number.NaN, 50]));
  assert.is(findGemeindeAt(BERLIN), undefined);
  assert.not.ok(isPointInGemeinde(KOELNER_DOM, "11000000"));
});

points("agree with each other: every point in a Gemeinde is in NRW and in exactly one Gemeinde", () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 300; i++) {
    const point: LonLat = [5.86 + random() * 3.62, 50.32 + random() * 2.22];
    const gemeinde = findGemeindeAt(point);
    assert.is(isPointInNrw(point), gemeinde !== undefined);
    if (!gemeinde) continue;
    const containing = gazetteer.gemeinden.filter((g) =>
      booleanPointInPolygon([...point], gemeindePolygon(g.ags), { ignoreBoundary: true }),
    );
    assert.equal(containing.map((g) => g.ags), [gemeinde.ags], `${point}`);
  }
});

points.run();
