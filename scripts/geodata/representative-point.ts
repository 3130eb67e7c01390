/**
 * A point that stands for an area on the map and is guaranteed to lie inside it. The area centroid
 * is what people expect (it is near the middle), but for crescent- or L-shaped Gemeinden it falls
 * outside or onto the border, so it is only taken when it is well inside; otherwise the pole of
 * inaccessibility (the interior point farthest from the border, as in mapbox/polylabel) is used.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import { ringArea } from "./simplify.ts";

/** Options of {@link representativePoint}. */
export interface RepresentativePointOptions {
  /** Decimal places of the result (default 5 ≈ 1 m). */
  readonly precision?: number;
  /**
   * The centroid is used if its distance to the border is at least this share of the largest
   * possible distance (that of the pole of inaccessibility). Default 0.5.
   */
  readonly centroidShare?: number;
}

/**
 * Returns a point inside the largest part of a polygon, rounded to `precision`.
 *
 * @param geometry the (already simplified) area; the point is inside exactly this geometry
 * @param options precision and centroid preference
 * @returns `[longitude, latitude]`
 * @example
 * representativePoint(gemeinde.geometry); // [6.97, 50.94] for Köln
 */
export function representativePoint(
  geometry: Polygon | MultiPolygon,
  options: RepresentativePointOptions = {},
): [number, number] {
  const { precision = 5, centroidShare = 0.5 } = options;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));

  // Distances in degrees would overweight longitude; scale x by cos(latitude) to work in a local
  // equal-distance plane and scale back at the end.
  const kx = Math.cos((bboxOf(largest[0]!).centerY * Math.PI) / 180);
  const plane = largest.map((ring) => ring.map(([x, y]) => [x! * kx, y!]));

  const pole = poleOfInaccessibility(plane, 1e-5);
  const centroid = areaCentroid(plane);
  const centroidDistance = signedDistance(centroid[0], centroid[1], plane);
  const chosen = centroidDistance >= centroidShare * pole.distance ? centroid : [pole.x, pole.y];

  const factor = 10 ** precision;
  const rounded: [number, number] = [
    Math.round((chosen[0]! / kx) * factor) / factor,
    Math.round(chosen[1]! * factor) / factor,
  ];
  return rounded;
}

interface Cell {
  readonly x: number;
  readonly y: number;
  readonly half: number;
  readonly distance: number;
  /** Upper bound of the distance reachable inside this cell. */
  readonly potential: number;
}

function makeCell(x: number, y: number, half: number, polygon: readonly Position[][]): Cell {
  const distance = signedDistance(x, y, polygon);
  return { x, y, half, distance, potential: distance + half * Math.SQRT2 };
}

/** Grid search with a best-first queue, after Agafonkin's polylabel (ISC). */
function poleOfInaccessibility(polygon: readonly Position[][], precision: number): Cell {
  const { minX, minY, maxX, maxY } = bboxOf(polygon[0]!);
  const size = Math.min(maxX - minX, maxY - minY);
  const queue = new MaxHeap<Cell>((cell) => cell.potential);
  const half = size / 2;
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + half, y + half, half, polygon));
  }
  const [cx, cy] = areaCentroid(polygon);
  let best = makeCell(cx, cy, 0, polygon);
  const middle = makeCell(minX + (maxX - minX) / 2, minY + (maxY - minY) / 2, 0, polygon);
  if (middle.distance > best.distance) best = middle;

  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const h = cell.half / 2;
    queue.push(makeCell(cell.x - h, cell.y - h, h, polygon));
    queue.push(makeCell(cell.x + h, cell.y - h, h, polygon));
    queue.push(makeCell(cell.x - h, cell.y + h, h, polygon));
    queue.push(makeCell(cell.x + h, cell.y + h, h, polygon));
  }
  return best;
}

/** Distance to the nearest border, positive inside the polygon (holes count as outside). */
function signedDistance(x: number, y: number, polygon: readonly Position[][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[j] as [number, number];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      minSq = Math.min(minSq, segmentDistanceSq(x, y, ax, ay, bx, by));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  let dx = bx - x;
  let dy = by - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) [x, y] = [bx, by];
    else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
  }
  dx = px - x;
  dy = py - y;
  return dx * dx + dy * dy;
}

/** Area-weighted centroid; holes subtract because their rings run the other way. */
function areaCentroid(polygon: readonly Position[][]): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as [number, number];
      const [bx, by] = ring[j] as [number, number];
      const f = ax * by - bx * ay;
      x += (ax + bx) * f;
      y += (ay + by) * f;
      area += f * 3;
    }
  }
  return area === 0 ? (polygon[0]![0] as [number, number]) : [x / area, y / area];
}

function bboxOf(ring: readonly Position[]) {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    minX = Math.min(minX, x!);
    minY = Math.min(minY, y!);
    maxX = Math.max(maxX, x!);
    maxY = Math.max(maxY, y!);
  }
  return { minX, minY, maxX, maxY, centerY: (minY + maxY) / 2 };
}

class MaxHeap<T> {
  readonly #items: T[] = [];
  constructor(readonly priority: (item: T) => number) {}

  push(item: T): void {
    const items = this.#items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.priority(items[parent]!) >= this.priority(items[i]!)) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const [left, right] = [2 * i + 1, 2 * i + 2];
      let largest = i;
      if (left < items.length && this.priority(items[left]!) > this.priority(items[largest]!)) largest = left;
      if (right < items.length && this.priority(items[right]!) > this.priority(items[largest]!)) largest = right;
      if (largest === i) break;
      [items[largest], items[i]] = [items[i]!, items[largest]!];
      i = largest;
    }
    return top;
  }
}
