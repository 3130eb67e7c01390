import { suite } from "uvu";
import * as assert from "uvu/assert";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { MultiPolygon, Polygon } from "geojson";
import { GEO_DIR } from "../../scripts/paths.ts";
import type { GazetteerFile } from "../../scripts/geo/gazetteer.ts";
import { GEO_METADATA, STATIC_MAP_FILE, toLineJson, writeGeoFiles, type GeoLayers, type SimplifiedArea } from "../../scripts/geodata/write-geo-files.ts";

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
    "kreise.geojson": [53, ["ags", "name", "slug", "regierungsbezirkAgs", "label"]],
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

files("are what the full `npm run geodata` writes from the same layers, derived files included", () => {
  // The layers as the pipeline hands them to the writer, rebuilt from the committed files: the
  // derived parts (label points, static-map.json) must come out as `--derived-only` made them.
  const gazetteer = JSON.parse(read("gazetteer.json").toString("utf8")) as GazetteerFile;
  const geometries = (file: string) => {
    const collection = JSON.parse(read(file).toString("utf8")) as { features: { properties: { ags: string }; geometry: Polygon | MultiPolygon }[] };
    return new Map(collection.features.map((f) => [f.properties.ags, f.geometry]));
  };
  const areas = (file: string, list: readonly { ags: string; name: string; bez: string }[]): SimplifiedArea[] => {
    const byAgs = geometries(file);
    return list.map(({ ags, name, bez }) => ({ ags, name, bez, geometry: byAgs.get(ags)! }));
  };
  const layers: GeoLayers = {
    regierungsbezirke: areas("regierungsbezirke.geojson", gazetteer.regierungsbezirke.map((b) => ({ ...b, bez: "Regierungsbezirk" }))),
    kreise: areas("kreise.geojson", gazetteer.kreise.map((k) => ({ ...k, bez: k.type }))),
    gemeinden: areas("gemeinden.geojson", gazetteer.gemeinden.map((g) => ({ ...g, bez: g.type }))),
    points: new Map(gazetteer.gemeinden.map((g) => [g.ags, g.point])),
  };
  const dir = mkdtempSync(join(tmpdir(), "gw-geodata-"));
  try {
    const written = writeGeoFiles(dir, layers).map(({ path }) => path.slice(dir.length + 1));
    assert.equal(written.sort(), ["gazetteer.json", ...GEOJSON_FILES, STATIC_MAP_FILE].sort());
    for (const file of written) assert.ok(readFileSync(join(dir, file)).equals(read(file)), `${file} weicht ab`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

files.run();

const lineJson = suite("toLineJson");

lineJson("writes one line per member and per array element", () => {
  assert.is(toLineJson({ a: 1, list: [{ b: 2 }, { c: [3, 4] }], empty: [] }), '{\n"a": 1,\n"list": [\n{"b":2},\n{"c":[3,4]}\n],\n"empty": []\n}\n');
});

lineJson.run();
