import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { GEO_DIR } from "../../scripts/paths.ts";
import { GEO_METADATA, STATIC_MAP_FILE, toLineJson } from "../../scripts/geodata/write-geo-files.ts";

const GEOJSON_FILES = ["gemeinden.geojson", "kreise.geojson", "regierungsbezirke.geojson"] as const;
const read = (file: string) => readFileSync(join(GEO_DIR, file));

const files = suite("data/geo files");

files("keep the browser layer small: kreise.geojson ≤ 120 KB gzipped", () => {
  const gzipped = gzipSync(read("kreise.geojson")).length;
  assert.ok(gzipped <= 120 * 1024, `${gzipped} Bytes`);
});

files("name the generator in the first member and carry provenance", () => {
  for (const file of ["gazetteer.json", ...GEOJSON_FILES, STATIC_MAP_FILE]) {
    const text = read(file).toString("utf8");
    assert.ok(text.split("\n")[1]!.startsWith('"generator": "scripts/cli/geodata.ts'), file);
    const json = JSON.parse(text);
    for (const key of ["source", "license", "attribution"] as const) assert.is(json[key], GEO_METADATA[key], `${file} ${key}`);
    assert.not.match(text, /\d{4}-\d{2}-\d{2}T\d{2}:/, `${file} enthält einen Zeitstempel`);
  }
});

files("hold valid FeatureCollections sorted by AGS with the documented properties", () => {
  const expected: Record<(typeof GEOJSON_FILES)[number], [number, string[]]> = {
    "gemeinden.geojson": [396, ["ags", "name"]],
    "kreise.geojson": [53, ["ags", "name", "slug", "regierungsbezirkAgs"]],
    "regierungsbezirke.geojson": [5, ["ags", "name", "slug"]],
  };
  for (const file of GEOJSON_FILES) {
    const collection = JSON.parse(read(file).toString("utf8"));
    const [count, keys] = expected[file];
    assert.is(collection.type, "FeatureCollection");
    assert.is(collection.features.length, count, file);
    const agsList = collection.features.map((f: { properties: { ags: string } }) => f.properties.ags);
    assert.equal(agsList, [...agsList].sort(), file);
    for (const feature of collection.features) {
      assert.equal(Object.keys(feature.properties), keys, file);
      assert.ok(["Polygon", "MultiPolygon"].includes(feature.geometry.type), file);
      const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      for (const ring of polygons.flat()) {
        assert.ok(ring.length >= 4, `${file} ${feature.properties.ags}: Ring mit ${ring.length} Positionen`);
        assert.equal(ring[0], ring[ring.length - 1]);
      }
    }
  }
});

files.run();

const lineJson = suite("toLineJson");

lineJson("writes one line per member and per array element", () => {
  assert.is(toLineJson({ a: 1, list: [{ b: 2 }, { c: [3, 4] }], empty: [] }), '{\n"a": 1,\n"list": [\n{"b":2},\n{"c":[3,4]}\n],\n"empty": []\n}\n');
});

lineJson.run();
