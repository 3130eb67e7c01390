/**
 * Topology-preserving simplification of a set of adjacent areas. Each area's outline is cut into
 * arcs at the points where neighbours change, and every shared arc is simplified once, in a fixed
 * direction, so neighbouring areas keep identical borders: no slivers on the map and no gaps where a
 * point would fall into no Gemeinde at all (simplifying each polygon on its own creates both).
 */
import { lineString, simplify } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { GeodataError } from "./geodata-error.ts";

/** Options of {@link simplifyAreas}. */
export interface SimplifyOptions {
  /** Douglas–Peucker tolerance in degrees (0.0005° ≈ 35 m east–west, 55 m north–south in NRW). */
  readonly tolerance: number;
  /** Decimal places kept after simplification (5 ≈ 1 m, 4 ≈ 10 m). */
  readonly precision: number;
  /**
   * Parts of a MultiPolygon smaller than this (square degrees) are dropped; the largest part of an
   * area is always kept. Default 0, i.e. keep every part that survives rounding.
   */
  readonly minPartArea?: number;
}

type Ring = Position[];

/**
 * Simplifies areas that share borders (one administrative level, or nested levels whose borders
 * use the same vertices) so that shared borders stay identical.
 *
 * Rings that collapse to fewer than three distinct positions are dropped; the result keeps the
 * input order and has outer rings counter-clockwise, holes clockwise (RFC 7946).
 *
 * @param geometries polygons whose shared borders have bit-identical vertices, as in VG250
 * @param options tolerance, precision and minimum part area
 * @returns the simplified geometries, a Polygon where only one part is left
 * @throws {GeodataError} if an area vanishes completely at this tolerance
 * @example
 * const [koeln, leverkusen] = simplifyAreas([koelnGeometry, leverkusenGeometry], { tolerance: 0.0003, precision: 5 });
 */
export function simplifyAreas(
  geometries: readonly (Polygon | MultiPolygon)[],
  options: SimplifyOptions,
): (Polygon | MultiPolygon)[] {
  const areas = geometries.map((geometry) =>
    (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates).map((polygon) =>
      polygon.map(openRing),
    ),
  );
  const rings = areas.flat(2);
  const junctions = findJunctions(rings);
  const kept = new Set<string>();
  for (const ring of rings) {
    for (const arc of splitIntoArcs(ring, junctions)) keepSimplifiedArc(arc, options.tolerance, kept);
  }

  return areas.map((polygons, index) => {
    const parts = polygons
      .map((polygon) => rebuildPolygon(polygon, junctions, kept, options.precision))
      .filter((polygon): polygon is Ring[] => polygon !== undefined);
    const largest = Math.max(...parts.map((polygon) => Math.abs(ringArea(polygon[0]!))));
    const bigEnough = parts.filter((polygon) => {
      const area = Math.abs(ringArea(polygon[0]!));
      return area === largest || area >= (options.minPartArea ?? 0);
    });
    if (bigEnough.length === 0) {
      throw new GeodataError(`Fläche Nr. ${index + 1} verschwindet bei Toleranz ${options.tolerance}; Toleranz verkleinern.`);
    }
    return bigEnough.length === 1
      ? { type: "Polygon", coordinates: bigEnough[0]! }
      : { type: "MultiPolygon", coordinates: bigEnough };
  });
}

const keyOf = (position: Position): string => `${position[0]},${position[1]}`;

/** Drops the closing position and repeated positions so every vertex appears once per visit. */
function openRing(ring: Position[]): Ring {
  const open: Ring = [];
  for (const position of ring) {
    const last = open[open.length - 1];
    if (!last || last[0] !== position[0] || last[1] !== position[1]) open.push(position);
  }
  const first = open[0];
  const last = open[open.length - 1];
  if (open.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) open.pop();
  return open;
}

/**
 * A vertex is a junction where its set of neighbouring vertices across all rings has more than two
 * members, i.e. where the area on the other side of the border changes (TopoJSON's rule).
 */
function findJunctions(rings: readonly Ring[]): Set<string> {
  const neighbours = new Map<string, string[]>();
  const junctions = new Set<string>();
  for (const ring of rings) {
    const keys = ring.map(keyOf);
    keys.forEach((key, i) => {
      const seen = neighbours.get(key) ?? [];
      neighbours.set(key, seen);
      for (const other of [keys[(i + keys.length - 1) % keys.length]!, keys[(i + 1) % keys.length]!]) {
        if (!seen.includes(other)) seen.push(other);
      }
      if (seen.length > 2) junctions.add(key);
    });
  }
  // A ring without junctions (island, enclave) still needs fixed ends; the same two vertices are
  // chosen for the enclave and the hole around it because both rings hold the same vertex set.
  for (const ring of rings) {
    const keys = ring.map(keyOf);
    if (keys.some((key) => junctions.has(key))) continue;
    let first = 0;
    keys.forEach((key, i) => {
      if (key < keys[first]!) first = i;
    });
    const origin = ring[first]!;
    let far = first;
    let farDistance = -1;
    ring.forEach((position, i) => {
      const d = (position[0]! - origin[0]!) ** 2 + (position[1]! - origin[1]!) ** 2;
      if (d > farDistance || (d === farDistance && keys[i]! < keys[far]!)) [far, farDistance] = [i, d];
    });
    junctions.add(keys[first]!).add(keys[far]!);
  }
  return junctions;
}

function splitIntoArcs(ring: Ring, junctions: ReadonlySet<string>): Ring[] {
  const start = ring.findIndex((position) => junctions.has(keyOf(position)));
  const rotated = [...ring.slice(start), ...ring.slice(0, start), ring[start]!];
  const arcs: Ring[] = [];
  let arc: Ring = [rotated[0]!];
  for (const position of rotated.slice(1)) {
    arc.push(position);
    if (junctions.has(keyOf(position))) {
      arcs.push(arc);
      arc = [position];
    }
  }
  return arcs;
}

/** Simplifies the arc in a canonical direction so both neighbours keep the same vertices. */
function keepSimplifiedArc(arc: Ring, tolerance: number, kept: Set<string>): void {
  if (arc.length <= 2) return;
  const [first, second, last, secondLast] = [arc[0]!, arc[1]!, arc[arc.length - 1]!, arc[arc.length - 2]!].map(keyOf);
  const reversed = first! > last! || (first === last && second! > secondLast!);
  const canonical = reversed ? [...arc].reverse() : arc;
  const simplified = simplify(lineString(canonical), { tolerance, highQuality: true });
  for (const position of simplified.geometry.coordinates) kept.add(keyOf(position));
}

function rebuildPolygon(
  polygon: readonly Ring[],
  junctions: ReadonlySet<string>,
  kept: ReadonlySet<string>,
  precision: number,
): Ring[] | undefined {
  const factor = 10 ** precision;
  const rings: Ring[] = [];
  for (const [index, ring] of polygon.entries()) {
    const rounded = openRing(
      ring
        .filter((position) => junctions.has(keyOf(position)) || kept.has(keyOf(position)))
        .map((position) => [Math.round(position[0]! * factor) / factor, Math.round(position[1]! * factor) / factor]),
    );
    const area = ringArea(rounded);
    if (rounded.length < 3 || area === 0) {
      if (index === 0) return undefined;
      continue;
    }
    // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
    const wantCounterClockwise = index === 0;
    if (area > 0 !== wantCounterClockwise) rounded.reverse();
    rings.push([...rounded, rounded[0]!]);
  }
  return rings;
}

/**
 * Signed planar area of a ring in square degrees (shoelace formula), positive if counter-clockwise.
 *
 * @param ring positions, closed or open
 * @returns the signed area
 */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}
