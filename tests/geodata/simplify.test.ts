import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { booleanPointInPolygon } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { GEMEINDE_SIMPLIFY } from "../../scripts/geodata/build-geodata.ts";
import { representativePoint } from "../../scripts/geodata/representative-point.ts";
import { ringArea, simplifyAreas } from "../../scripts/geodata/simplify.ts";
import { toLineJson } from "../../scripts/geodata/write-geo-files.ts";

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

type Area = Feature<Polygon | MultiPolygon, { ags: string; name: string }>;

/** Simplified polygons plus their representative points, styled so the fixture can be viewed on a map. */
function simplifyFixture(input: FeatureCollection<Polygon | MultiPolygon, Area["properties"]>): FeatureCollection {
  const geometries = simplifyAreas(input.features.map((feature) => feature.geometry), GEMEINDE_SIMPLIFY);
  return {
    type: "FeatureCollection",
    features: input.features.flatMap((feature, i): Feature[] => [
      {
        type: "Feature",
        properties: { ...feature.properties, stroke: "#1b6e5a", "stroke-width": 2, fill: "#1b6e5a", "fill-opacity": 0.1 },
        geometry: geometries[i]!,
      },
      {
        type: "Feature",
        properties: { ...feature.properties, "marker-color": "#d9480f" },
        geometry: { type: "Point", coordinates: representativePoint(geometries[i]!) },
      },
    ]),
  };
}

const fixtures = suite("simplify fixtures (REGEN=1 rewrites tests/geodata/fixtures/out)");

for (const file of readdirSync(join(FIXTURES, "in")).filter((name) => name.endsWith(".geojson"))) {
  fixtures(file, () => {
    const input = JSON.parse(readFileSync(join(FIXTURES, "in", file), "utf8"));
    const actual = simplifyFixture(input);
    const outFile = join(FIXTURES, "out", file);
    if (process.env["REGEN"]) writeFileSync(outFile, toLineJson(actual));
    assert.equal(actual, JSON.parse(readFileSync(outFile, "utf8")));
  });
}

fixtures.run();

const topology = suite("simplifyAreas");

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

topology("keeps a jagged shared border identical on both sides", () => {
  // Two areas meeting along x = 1 with a zigzag that the tolerance removes.
  const zigzag: Position[] = Array.from({ length: 21 }, (_, i) => [1 + (i % 2 ? 0.00001 : 0), i / 20]);
  const left: Polygon = { type: "Polygon", coordinates: [[[0, 0], ...zigzag, [0, 1], [0, 0]]] };
  const right: Polygon = { type: "Polygon", coordinates: [[[2, 0], [2, 1], ...[...zigzag].reverse(), [2, 0]]] };
  const [a, b] = simplifyAreas([left, right], { tolerance: 0.001, precision: 5 }) as Polygon[];
  const border = (polygon: Polygon) =>
    polygon.coordinates[0]!.filter(([x]) => x! >= 0.9 && x! <= 1.1).map((p) => p.join(",")).sort();
  assert.equal(border(a!), border(b!));
  assert.ok(border(a!).length < zigzag.length);
});

topology("returns counter-clockwise outer rings and closed rings", () => {
  const clockwise: Polygon = { type: "Polygon", coordinates: [[...square(0, 0, 1)].reverse()] };
  const [result] = simplifyAreas([clockwise], { tolerance: 0.001, precision: 5 }) as Polygon[];
  const ring = result!.coordinates[0]!;
  assert.ok(ringArea(ring) > 0);
  assert.equal(ring[0], ring[ring.length - 1]);
});

topology("drops MultiPolygon parts below minPartArea but always keeps the largest", () => {
  const multi: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(5, 5, 0.001)]] };
  const [kept] = simplifyAreas([multi], { tolerance: 0.0001, precision: 5, minPartArea: 1e-4 });
  assert.is(kept!.type, "Polygon");
  const [tiny] = simplifyAreas([{ type: "Polygon", coordinates: [square(0, 0, 0.001)] }], {
    tolerance: 0.0001,
    precision: 5,
    minPartArea: 1,
  });
  assert.is(tiny!.type, "Polygon");
});

topology("throws when an area collapses completely", () => {
  const speck: Polygon = { type: "Polygon", coordinates: [square(0, 0, 0.000001)] };
  assert.throws(() => simplifyAreas([speck], { tolerance: 0.001, precision: 4 }), /verschwindet/);
});

topology.run();

const points = suite("representativePoint");

points("takes the centroid of a convex area", () => {
  assert.equal(representativePoint({ type: "Polygon", coordinates: [square(0, 0, 2)] }), [1, 1]);
});

points("stays inside a C-shaped area whose centroid lies outside", () => {
  const c: Polygon = {
    type: "Polygon",
    coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]],
  };
  const point = representativePoint(c);
  assert.ok(booleanPointInPolygon(point, c, { ignoreBoundary: true }), `${point} outside`);
});

points("uses the largest part of a MultiPolygon", () => {
  const multi: MultiPolygon = { type: "MultiPolygon", coordinates: [[square(10, 10, 0.1)], [square(0, 0, 1)]] };
  const [lon, lat] = representativePoint(multi);
  assert.ok(lon < 1 && lat < 1);
});

points.run();
