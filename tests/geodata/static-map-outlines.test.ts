/** The static maps' outlines (scripts/geodata/static-map-outlines.ts) and their committed file data/geo/static-map.json. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GEO_DIR } from "../../scripts/paths.ts";
import { staticMapOutlines, type StaticMapOutlines, type StaticMapSourceCollection } from "../../scripts/geodata/static-map-outlines.ts";
import { buildStaticMapFile, STATIC_MAP_FILE, toLineJson } from "../../scripts/geodata/write-geo-files.ts";
import { projectPoint } from "../../scripts/site/static-map-svg.ts";

const readGeo = (file: string) => readFileSync(join(GEO_DIR, file), "utf8");
const kreise = JSON.parse(readGeo("kreise.geojson")) as StaticMapSourceCollection;
const regierungsbezirke = JSON.parse(readGeo("regierungsbezirke.geojson")) as StaticMapSourceCollection;

const committed = suite("data/geo/static-map.json");

committed("is up to date with kreise.geojson and regierungsbezirke.geojson", () => {
  assert.fixture(
    readGeo(STATIC_MAP_FILE),
    toLineJson(buildStaticMapFile(kreise, regierungsbezirke)),
    `data/geo/${STATIC_MAP_FILE} passt nicht mehr zu kreise.geojson/regierungsbezirke.geojson oder zu scripts/geodata/static-map-outlines.ts – ` +
      "`npm run geodata -- --derived-only` ausführen und die Datei mit committen.",
  );
});

committed("has one outline per Kreis and Regierungsbezirk, in AGS order", () => {
  const file = JSON.parse(readGeo(STATIC_MAP_FILE)) as StaticMapOutlines;
  const agsOf = (collection: StaticMapSourceCollection) => collection.features.map((f) => f.properties.ags).sort();
  assert.equal(file.kreise.map((k) => k.ags), agsOf(kreise));
  assert.equal(file.regierungsbezirke.map((b) => b.ags), agsOf(regierungsbezirke));
  for (const area of [...file.kreise, ...file.regierungsbezirke]) {
    assert.match(area.d, /^(M-?\d+(\.\d)? -?\d+(\.\d)?(L-?\d+(\.\d)? -?\d+(\.\d)?){2,}Z)+$/, area.ags);
  }
});

committed("places every Gemeinde's point inside the map", () => {
  const file = JSON.parse(readGeo(STATIC_MAP_FILE)) as StaticMapOutlines;
  const gazetteer = JSON.parse(readGeo("gazetteer.json")) as { gemeinden: { name: string; point: [number, number] }[] };
  const margin = file.projection.padding;
  for (const { name, point } of gazetteer.gemeinden) {
    const [x, y] = projectPoint(point);
    assert.ok(x >= margin && x <= file.width - margin && y >= margin && y <= file.height - margin, `${name}: ${x} ${y}`);
  }
});

committed.run();

const derive = suite("staticMapOutlines");

/** A square of `size` degrees with its south-west corner at (lon, lat). */
function square(ags: string, lon: number, lat: number, size: number) {
  const ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
  return { properties: { ags }, geometry: { type: "Polygon" as const, coordinates: [ring] } };
}

derive("sorts areas by AGS and spans the Kreise with the map's width", () => {
  const outlines = staticMapOutlines({ features: [square("05913", 7, 51, 1), square("05111", 6, 51, 1)] }, { features: [square("059", 6, 51, 2)] });
  assert.equal(outlines.kreise.map((k) => k.ags), ["05111", "05913"]);
  assert.is(outlines.width, 400);
  // 2° of longitude at cos(51.5°) over 388 units: 1° of latitude is 311.6 units, plus padding.
  assert.is(outlines.kreise[1]!.d, "M200 317.6L394 317.6L394 6L200 6L200 317.6Z");
  assert.is(outlines.height, 324);
});

derive("drops rings that collapse below three points at this scale, and leaves the input alone", () => {
  const tiny = square("05112", 6.5, 51.5, 0.0001);
  const before = JSON.stringify(tiny);
  const outlines = staticMapOutlines({ features: [square("05111", 6, 51, 1), tiny] }, { features: [] });
  assert.is(outlines.kreise[1]!.d, "");
  assert.is(JSON.stringify(tiny), before);
});

derive.run();
