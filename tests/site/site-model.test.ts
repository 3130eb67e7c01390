/**
 * Nearby and related networks as the site model computes them (with a latitude index, a planar
 * pre-selection and memos) against the plain definition: turf for every pair, a full sort.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import turfDistance from "@turf/distance";
import { syntheticEntries } from "../../scripts/bench/synthetic-entries.ts";
import { buildDatasetFromSources, type EntrySource } from "../../scripts/dataset/build-dataset.ts";
import { nrwGeoIndex } from "../../scripts/dataset/geo-index.ts";
import { loadGazetteer } from "../../scripts/geo/gazetteer.ts";
import {
  buildSiteModel,
  byTitle,
  nearbyNetworks,
  relatedNetworks,
  NEARBY_LIMIT,
  NEARBY_RADIUS_KM,
  RELATED_LIMIT,
} from "../../scripts/site/site-model.ts";
import type { LonLat, Network } from "../../scripts/dataset/types.ts";

const distance = (a: LonLat, b: LonLat) => turfDistance([a[0], a[1]], [b[0], b[1]], { units: "kilometers" });

/** The definition: every other network within the radius, nearest first, then by title. */
function referenceNearby(network: Network, all: readonly Network[]): string[] {
  return all
    .filter((other) => other.slug !== network.slug)
    .map((other) => ({ other, exact: distance(network.point, other.point) }))
    .filter(({ exact }) => exact <= NEARBY_RADIUS_KM)
    .sort((a, b) => a.exact - b.exact || byTitle(a.other, b.other))
    .slice(0, NEARBY_LIMIT)
    .map(({ other, exact }) => `${other.slug} ${Math.max(1, Math.round(exact))}`);
}

/** The definition: most shared challenges, then the same main challenge, then by title. */
function referenceRelated(network: Network, all: readonly Network[]): string[] {
  const mine = new Set(network.challenges);
  return all
    .filter((other) => other.slug !== network.slug)
    .map((other) => ({
      other,
      shared: new Set(other.challenges.filter((c) => mine.has(c))).size,
      sameMain: other.challenges[0] === network.challenges[0] ? 1 : 0,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.sameMain - a.sameMain || byTitle(a.other, b.other))
    .slice(0, RELATED_LIMIT)
    .map(({ other }) => other.slug);
}

const shown = (list: readonly { network: Network; km: number }[]) => list.map(({ network, km }) => `${network.slug} ${km}`);

// --- a dataset from the real pipeline: synthetic entries plus hand-made edge cases ---

/** As enrich stores points: 6 decimals. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function entry(title: string, challenges: readonly string[], municipality: string, point?: LonLat): string {
  return [
    "---",
    `title: ${title}`,
    "summary: Ein Netzwerk, das die Suche nach Nachbarn und Verwandten auf die Probe stellt.",
    `challenges: [${challenges.join(", ")}]`,
    `municipality: "${municipality}"`,
    ...(point ? [`coordinates: { lat: ${point[1]}, lon: ${point[0]} }`] : []),
    "status: aktiv",
    "founded: 2015",
    "partners:",
    "  - name: Stadtverwaltung",
    "    sector: kommune",
    "    role: Koordination",
    "  - name: Handwerksbetrieb",
    "    sector: unternehmen",
    "    size: kmu",
    "    role: Ausbildungsplätze",
    "contact:",
    "  website: https://www.example.org/",
    "  email: kontakt@example.org",
    'reviewed: "2026-01-15"',
    "example: true",
    "---",
    "",
    "Ein Testeintrag.",
    "",
  ].join("\n");
}

/** The 6-decimal points due north and due east of `from` just within and just beyond the radius. */
function aroundTheRadius(from: LonLat): { inside: LonLat; outside: LonLat }[] {
  const edge = (step: (k: number) => LonLat) => {
    // Smallest step k (in millionths of a degree) beyond the radius, by bisection.
    let low = 0;
    let high = 1_000_000;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (distance(from, step(middle)) <= NEARBY_RADIUS_KM) low = middle;
      else high = middle;
    }
    return { inside: step(low), outside: step(high) };
  };
  return [
    edge((k) => [from[0], round6(from[1] + k / 1e6)]),
    edge((k) => [round6(from[0] + k / 1e6), from[1]]),
  ];
}

function edgeCaseSources(): EntrySource[] {
  const gazetteer = loadGazetteer();
  const geo = nrwGeoIndex();
  const dortmund = gazetteer.gemeinden.find((g) => g.name === "Dortmund")!;
  const center: LonLat = [round6(dortmund.point[0]), round6(dortmund.point[1])];
  const files: [string, string][] = [];
  // Eight networks at Dortmund's point (no coordinates): more exact ties than a page lists, two
  // with the same title, and the same three challenges with different main challenges.
  const titles = ["Dortmund Mitte", "Dortmund Mitte", "Aplerbeck hilft", "Zukunft Dortmund", "Ärzte im Quartier", "Brücken bauen", "10 Jahre Nachbarschaft", "2 Welten"];
  const orders = [["bildung", "quartier", "integration"], ["quartier", "bildung", "integration"], ["integration", "quartier", "bildung"]];
  titles.forEach((title, i) => files.push([`dortmund-${i}`, entry(title, orders[i % orders.length]!, dortmund.ags)]));
  // A network at each point just within and just beyond 50 km of Dortmund, to the north and east.
  aroundTheRadius(center).forEach(({ inside, outside }, i) => {
    for (const [name, point] of [["innen", inside], ["aussen", outside]] as const) {
      const gemeinde = geo.findGemeindeAt(point);
      assert.ok(gemeinde, `${point.join()} liegt in NRW`);
      files.push([`rand-${i}-${name}`, entry(`Am Rand ${i} ${name}`, ["familie", "bildung"], gemeinde.ags, point)]);
    }
  });
  return files.map(([slug, text]) => ({ sourcePath: `content/networks/${slug}.md`, bytes: new TextEncoder().encode(text) }));
}

const synthetic: EntrySource[] = syntheticEntries(300, 7).map(([name, text]) => ({
  sourcePath: `content/networks/${name}`,
  bytes: new TextEncoder().encode(text),
}));
const { dataset, problems } = buildDatasetFromSources([...synthetic, ...edgeCaseSources()], { currentYear: 2026 });

const pipeline = suite("site model against brute force (pipeline dataset)");

pipeline("the dataset holds the edge cases it is meant to", () => {
  assert.equal(problems, []);
  const all = dataset.networks;
  const at = (slug: string) => all.find((n) => n.slug === slug)!;
  assert.is(all.filter((n) => n.point.join() === at("dortmund-0").point.join()).length >= 8, true);
  for (const i of [0, 1]) {
    const inside = distance(at("dortmund-0").point, at(`rand-${i}-innen`).point);
    const outside = distance(at("dortmund-0").point, at(`rand-${i}-aussen`).point);
    assert.ok(inside <= NEARBY_RADIUS_KM && inside > NEARBY_RADIUS_KM - 0.001, `innen ${inside}`);
    assert.ok(outside > NEARBY_RADIUS_KM && outside < NEARBY_RADIUS_KM + 0.001, `aussen ${outside}`);
  }
});

pipeline("nearby networks are those of the definition, in its order, with its kilometres", () => {
  const model = buildSiteModel(dataset);
  let full = 0;
  for (const n of dataset.networks) {
    const expected = referenceNearby(n, dataset.networks);
    assert.equal(shown(model.nearby[n.slug]!), expected, n.slug);
    if (expected.length === NEARBY_LIMIT) full++;
  }
  // Guards the comparison itself: most networks have a full list to get wrong.
  assert.ok(full > dataset.networks.length / 2, `${full} full lists`);
  assert.equal(
    model.nearby["dortmund-0"]!.map(({ network }) => network.slug),
    ["dortmund-7", "dortmund-6", "dortmund-2", "dortmund-4", "dortmund-5"],
    "ties at the same point go by title",
  );
});

pipeline("related networks are those of the definition, in its order", () => {
  const model = buildSiteModel(dataset);
  for (const n of dataset.networks) {
    assert.equal(model.related[n.slug]!.map((other) => other.slug), referenceRelated(n, dataset.networks), n.slug);
  }
});

pipeline("the exported functions give the same without a prepared index", () => {
  const all = dataset.networks;
  for (const n of all.filter((other, i) => i % 7 === 0 || /^(dortmund|rand)-/.test(other.slug))) {
    assert.equal(shown(nearbyNetworks(n, all)), referenceNearby(n, all), n.slug);
    assert.equal(relatedNetworks(n, all).map((other) => other.slug), referenceRelated(n, all), n.slug);
  }
});

pipeline.run();

// --- hand-built networks: exact double-precision boundaries and near-equal distances ---

const handmade = suite("nearby networks against brute force (hand-built points)");

const at = (slug: string, point: LonLat, title = slug) => ({ slug, title, point, challenges: [] }) as unknown as Network;

/** The small-angle form of turf's haversine that the site model pre-selects with. */
function planar(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const [dLon, dLat] = [(b[0] - a[0]) * rad, (b[1] - a[1]) * rad];
  return 6371.0088 * Math.sqrt(dLat * dLat + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * dLon * dLon);
}

/** The point `km` from `from` on `bearing` degrees, on turf's sphere. */
function destination(from: LonLat, km: number, bearing: number): LonLat {
  const rad = Math.PI / 180;
  const angle = km / 6371.0088;
  const [lon, lat] = [from[0] * rad, from[1] * rad];
  const theta = bearing * rad;
  const lat2 = Math.asin(Math.sin(lat) * Math.cos(angle) + Math.cos(lat) * Math.sin(angle) * Math.cos(theta));
  const lon2 = lon + Math.atan2(Math.sin(theta) * Math.sin(angle) * Math.cos(lat), Math.cos(angle) - Math.sin(lat) * Math.sin(lat2));
  return [lon2 / rad, lat2 / rad];
}

/** Where, due east of `from`, the distance passes the radius: the last double within and the first beyond. */
function radiusEastOf(from: LonLat): [LonLat, LonLat] {
  let low = from[0];
  let high = from[0] + 1;
  for (;;) {
    const middle = (low + high) / 2;
    if (middle === low || middle === high) break;
    if (distance(from, [middle, from[1]]) <= NEARBY_RADIUS_KM) low = middle;
    else high = middle;
  }
  return [
    [low, from[1]],
    [high, from[1]],
  ];
}

handmade("the radius cut is exact to the last bit, and near-equal distances go by turf, then title", () => {
  // From this point (found by search) one point due east is exactly 50 km away by turf.
  const koeln: LonLat = [6.958303, 50.941303];
  const [within, beyond] = radiusEastOf(koeln);
  assert.is(distance(koeln, within), NEARBY_RADIUS_KM);
  assert.ok(distance(koeln, beyond) > NEARBY_RADIUS_KM);
  const networks = [
    at("koeln", koeln),
    at("koeln-zwilling", koeln, "Köln zwei"),
    at("rand-innen", within),
    at("rand-aussen", beyond),
    // Twelve networks 8 km away in every direction, where turf's distances differ in the last
    // digits and the planar approximation orders them differently; some share a point.
    ...Array.from({ length: 12 }, (_, i) => at(`ring-${String(i).padStart(2, "0")}`, destination(koeln, 8, i * 30), `Ring ${12 - i}`)),
    at("ring-zwilling", destination(koeln, 8, 90), "Ring 0"),
    at("ring-fast", destination(koeln, 8 + 1e-9, 45), "Ring 99"),
    // The same slug twice: both are the asking network's namesakes and stay off its list.
    at("doppelt", destination(within, 1, 180), "Doppelt A"),
    at("doppelt", destination(within, 1.5, 180), "Doppelt B"),
  ];
  const ring = networks.filter((n) => n.slug.startsWith("ring"));
  const order = (measure: (a: LonLat, b: LonLat) => number) => [...ring].sort((a, b) => measure(koeln, a.point) - measure(koeln, b.point)).map((n) => n.slug);
  assert.not.equal(order(planar), order(distance), "the approximation alone would pick other neighbours");
  for (const n of networks) assert.equal(shown(nearbyNetworks(n, networks)), referenceNearby(n, networks), n.slug + n.title);
  const edge = [at("rand-innen", within), at("rand-aussen", beyond)];
  assert.equal(shown(nearbyNetworks(at("koeln", koeln), edge)), ["rand-innen 50"]);
});

handmade("the planar approximation stays a hundred times inside its 1 % margin across NRW", () => {
  let state = 1;
  const random = () => ((state = (state * 48271) % 2147483647) / 2147483647);
  let worst = 0;
  for (let i = 0; i < 20000; i++) {
    const a: LonLat = [5.86 + random() * 3.6, 50.32 + random() * 2.22];
    // Anywhere in the search box around `a`, out to its corners.
    const b: LonLat = [a[0] + (random() * 2 - 1) * (NEARBY_RADIUS_KM / (111 * Math.cos((a[1] * Math.PI) / 180))), a[1] + (random() * 2 - 1) * (NEARBY_RADIUS_KM / 111)];
    const exact = distance(a, b);
    worst = Math.max(worst, Math.abs(planar(a, b) - exact) / exact);
  }
  assert.ok(worst < 1e-4, `relative error ${worst}`);
});

handmade.run();
