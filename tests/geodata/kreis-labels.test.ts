/** The Kreise's label points (scripts/geodata/kreis-labels.ts), committed in data/geo/kreise.geojson. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { GEO_DIR } from "../../scripts/paths.ts";
import { kreisLabelPoint, withKreisLabels } from "../../scripts/geodata/kreis-labels.ts";
import { representativePoint } from "../../scripts/geodata/representative-point.ts";
import { toLineJson } from "../../scripts/geodata/write-geo-files.ts";

interface KreisFeature {
  readonly properties: { readonly ags: string; readonly name: string; readonly label: [number, number] };
  readonly geometry: Polygon | MultiPolygon;
}

const text = readFileSync(join(GEO_DIR, "kreise.geojson"), "utf8");
const kreise = JSON.parse(text) as { features: KreisFeature[] };

/** Kilometres from a point to the nearest border of an area (any ring of any part), in a local plane. */
function kmToBorder([lon, lat]: readonly number[], geometry: Polygon | MultiPolygon): number {
  const kmPerDegree = 111.32;
  const kx = Math.cos((lat! * Math.PI) / 180) * kmPerDegree;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = Infinity;
  for (const ring of polygons.flat()) {
    for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentKm(ring[i - 1]!, ring[i]!));
  }
  return best;

  function segmentKm(a: Position, b: Position): number {
    const [ax, ay, bx, by] = [(a[0]! - lon!) * kx, (a[1]! - lat!) * kmPerDegree, (b[0]! - lon!) * kx, (b[1]! - lat!) * kmPerDegree];
    const [dx, dy] = [bx - ax, by - ay];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
    return Math.hypot(ax + t * dx, ay + t * dy);
  }
}

/** Kilometres from the pole of inaccessibility to the border: the most any point inside can have. */
function largestKmToBorder(geometry: Polygon | MultiPolygon): number {
  // A centroid share no centroid can reach makes representativePoint return the pole itself.
  return kmToBorder(representativePoint(geometry, { centroidShare: Infinity }), geometry);
}

function boxCentre(geometry: Polygon | MultiPolygon): [number, number] {
  const positions = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).flat(2);
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

/** The share of the largest possible distance from the border a label point must keep. */
const MIN_SHARE = 0.4;

const committed = suite("data/geo/kreise.geojson: label points");

committed("are up to date with the Kreise's geometry", () => {
  assert.fixture(
    text,
    toLineJson(withKreisLabels(kreise)),
    `data/geo/kreise.geojson: die Beschriftungspunkte (properties.label) passen nicht mehr zu den Umrissen oder zu scripts/geodata/kreis-labels.ts – ` +
      "`npm run geodata -- --derived-only` ausführen und die Datei mit committen.",
  );
});

committed(`lie inside their Kreis, at least ${MIN_SHARE * 100} % of the largest possible distance from its border`, () => {
  assert.is(kreise.features.length, 53);
  for (const { properties, geometry } of kreise.features) {
    const { name, label } = properties;
    assert.ok(booleanPointInPolygon(label, geometry), `${name}: ${label} liegt nicht im Kreis`);
    const [km, most] = [kmToBorder(label, geometry), largestKmToBorder(geometry)];
    assert.ok(km >= MIN_SHARE * most, `${name}: ${km.toFixed(1)} km vom Rand, möglich wären ${most.toFixed(1)} km`);
  }
});

committed("keep Kreis Borken's name off its border, where the centre of its box lies", () => {
  const borken = kreise.features.find((f) => f.properties.name === "Kreis Borken")!;
  const most = largestKmToBorder(borken.geometry);
  // What the map used before: the check above would reject it.
  assert.ok(kmToBorder(boxCentre(borken.geometry), borken.geometry) < MIN_SHARE * most, "sanity: the box centre is near the border");
  assert.ok(kmToBorder(borken.properties.label, borken.geometry) >= MIN_SHARE * most);
});

committed.run();

const derive = suite("withKreisLabels");

/** An L-shaped Kreis: a square of 0.2° at (0, 50) without its north-east quarter; its box centre is the inner corner. */
const lShape: Polygon = {
  type: "Polygon",
  coordinates: [[[0, 50], [0.2, 50], [0.2, 50.1], [0.1, 50.1], [0.1, 50.2], [0, 50.2], [0, 50]]],
};

derive("puts the label inside an L-shaped Kreis, away from the inner corner its box centre is on", () => {
  const [lon, lat] = kreisLabelPoint(lShape);
  assert.ok(booleanPointInPolygon([lon, lat], lShape), `${lon} ${lat}`);
  assert.ok(kmToBorder([lon, lat], lShape) >= MIN_SHARE * largestKmToBorder(lShape), `${lon} ${lat}`);
  assert.is(kmToBorder(boxCentre(lShape), lShape), 0);
});

derive("adds the label as the last property, replaces a stale one and leaves the input alone", () => {
  const collection = {
    generator: "test",
    features: [
      { type: "Feature", properties: { ags: "05999", name: "Kreis L", label: [9, 9] }, geometry: lShape },
      { type: "Feature", properties: { ags: "05998", name: "Kreis M" }, geometry: lShape },
    ],
  };
  const before = JSON.stringify(collection);
  const labelled = withKreisLabels(collection);
  const point = kreisLabelPoint(lShape);
  assert.equal(labelled.features.map((f) => f.properties), [
    { ags: "05999", name: "Kreis L", label: point },
    { ags: "05998", name: "Kreis M", label: point },
  ]);
  assert.equal(Object.keys(labelled), ["generator", "features"]);
  assert.equal(Object.keys(labelled.features[0]!), ["type", "properties", "geometry"]);
  assert.is(JSON.stringify(collection), before);
});

derive.run();
