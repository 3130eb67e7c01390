import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset, buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { networksGeoJson, serializeNetworksGeoJson } from "../../scripts/outputs/networks-geojson.ts";
import { serializeFootprintsGeoJson } from "../../scripts/outputs/footprints-geojson.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { matchFixture } from "../setup/fixtures.ts";

const DIR = join(import.meta.dirname, "fixtures");

const fixtures = suite("networks GeoJSON fixtures");
for (const name of readdirSync(join(DIR, "in")).sort()) {
  fixtures(name, () => {
    const { dataset, problems } = buildDatasetFromSources(
      [{ sourcePath: `content/networks/${name}`, bytes: readFileSync(join(DIR, "in", name)) }],
      { currentYear: 2026 },
    );
    assert.equal(problems, []);
    const base = name.replace(/\.md$/, "");
    matchFixture(serializeNetworksGeoJson(networksGeoJson(dataset)), join(DIR, "out", `${base}.geojson`));
    matchFixture(serializeFootprintsGeoJson(dataset), join(DIR, "out", `${base}.footprint.geojson`));
  });
}
fixtures.run();

const examples = suite("networks GeoJSON of the examples");

examples("is an RFC 7946 FeatureCollection of points in NRW, one per network, sorted by slug", async () => {
  const { dataset } = await buildDataset(NETWORKS_DIR);
  const text = serializeNetworksGeoJson(networksGeoJson(dataset));
  const parsed = JSON.parse(text) as { type: string; features: { type: string; id: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
  assert.is(parsed.type, "FeatureCollection");
  assert.is(parsed.features.length, dataset.networks.length);
  const slugs = parsed.features.map((f) => f.properties.slug as string);
  assert.equal(slugs, [...slugs].sort());
  for (const feature of parsed.features) {
    assert.is(feature.type, "Feature");
    assert.is(feature.geometry.type, "Point");
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    assert.ok(lon > 5.8 && lon < 9.5 && lat > 50.3 && lat < 52.6, `${feature.id} liegt in NRW (lon, lat)`);
    for (const value of [lon, lat]) assert.ok((String(value).split(".")[1] ?? "").length <= 6, `${value}: höchstens 6 Nachkommastellen`);
    assert.is(feature.properties.url, `/netzwerke/${feature.properties.slug}/`);
    for (const key of ["title", "challenges", "kreis", "regierungsbezirk", "sectors", "hasKmu", "status", "example"]) {
      assert.ok(key in feature.properties, `${feature.id}: ${key}`);
    }
  }
});

examples("carries the end year exactly for the entries that give one", async () => {
  const { dataset } = await buildDataset(NETWORKS_DIR);
  const parsed = JSON.parse(serializeNetworksGeoJson(networksGeoJson(dataset))) as { features: { id: string; properties: Record<string, unknown> }[] };
  for (const feature of parsed.features) {
    const network = dataset.networks.find((n) => n.slug === feature.id)!;
    if (network.ended === undefined) assert.not.ok("ended" in feature.properties, `${feature.id}: ended without an end year`);
    else assert.is(feature.properties.ended, network.ended, feature.id);
  }
  assert.is(parsed.features.find((f) => f.id === "lesestark-wattenscheid")?.properties.ended, 2019);
});

examples("is byte-identical when built twice", async () => {
  const first = serializeNetworksGeoJson(networksGeoJson((await buildDataset(NETWORKS_DIR)).dataset));
  const second = serializeNetworksGeoJson(networksGeoJson((await buildDataset(NETWORKS_DIR)).dataset));
  assert.is(first, second);
});

examples.run();
