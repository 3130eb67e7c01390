import { suite } from "uvu";
import * as assert from "uvu/assert";
import type { MultiPolygon, Polygon } from "geojson";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { dissolvePolygons } from "../../scripts/geo/dissolve-gemeinden.ts";
import { gemeindePolygon } from "../../scripts/geo/boundaries.ts";
import { loadGazetteer } from "../../scripts/geo/gazetteer.ts";

const square = (x: number, y: number): Polygon => ({
  type: "Polygon",
  coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]],
});
const area = (ring: number[][]) => ring.slice(0, -1).reduce((sum, p, i) => sum + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0) / 2;

const dissolve = suite("dissolvePolygons");

dissolve("drops the shared edge of two neighbours", () => {
  const result = dissolvePolygons([square(0, 0), square(1, 0)]) as Polygon;
  assert.is(result.type, "Polygon");
  assert.is(result.coordinates.length, 1);
  assert.is(area(result.coordinates[0]!), 2);
  assert.is(result.coordinates[0]!.length, 7, "six corners (collinear points stay) plus the closing point");
});

dissolve("keeps a hole where a ring of polygons surrounds a gap, clockwise inside a counter-clockwise outline", () => {
  const ring = [square(0, 0), square(1, 0), square(2, 0), square(0, 1), square(2, 1), square(0, 2), square(1, 2), square(2, 2)];
  const result = dissolvePolygons(ring) as Polygon;
  assert.is(result.type, "Polygon");
  assert.is(result.coordinates.length, 2);
  assert.is(area(result.coordinates[0]!), 9);
  assert.is(area(result.coordinates[1]!), -1);
});

dissolve("returns separate parts for polygons that do not touch, largest first", () => {
  const result = dissolvePolygons([square(0, 0), square(5, 5), square(6, 5)]) as MultiPolygon;
  assert.is(result.type, "MultiPolygon");
  assert.equal(result.coordinates.map((p) => area(p[0]!)), [2, 1]);
});

dissolve("leaves overlapping polygons unmerged: it relies on tiling input (as the Gemeinde layer is)", () => {
  const shifted: Polygon = { type: "Polygon", coordinates: [[[0.5, 0], [1.5, 0], [1.5, 1], [0.5, 1], [0.5, 0]]] };
  const result = dissolvePolygons([square(0, 0), shifted]) as MultiPolygon;
  assert.is(result.type, "MultiPolygon");
  assert.is(result.coordinates.length, 2);
});

dissolve("merges the real Gemeinden of Kreis Lippe into an outline that holds their points and no neighbour's", () => {
  const gazetteer = loadGazetteer();
  const lippe = gazetteer.gemeinden.filter((g) => g.kreisAgs === "05766");
  const outline = dissolvePolygons(lippe.map((g) => gemeindePolygon(g.ags).geometry))!;
  assert.is(outline.type, "Polygon");
  const feature = { type: "Feature" as const, properties: {}, geometry: outline };
  for (const g of lippe) assert.ok(booleanPointInPolygon([...g.point], feature), g.name);
  for (const g of gazetteer.gemeinden.filter((x) => ["05754", "05758", "05762", "05774"].includes(x.kreisAgs))) {
    assert.not.ok(booleanPointInPolygon([...g.point], feature), `${g.name} liegt nicht in Lippe`);
  }
});

dissolve.run();
