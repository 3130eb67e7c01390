/**
 * Merges Gemeinde polygons into the outline of their union by dropping the borders they share.
 * This works because the Gemeinden in data/geo tile NRW exactly: every shared border was
 * simplified once, so both neighbours carry the same points and each inner edge occurs twice.
 * It is linear in the number of points, where a general polygon union (turf/polyclip) needs tens
 * of milliseconds per pair.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";

type Ring = readonly Position[];

/** Twice the signed area of a closed ring; positive for counter-clockwise. */
function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}

function pointInRing(point: Position, ring: Ring): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * The union of polygons that tile the plane without overlaps (shared borders point for point).
 *
 * @param polygons must tile: no overlaps, shared borders point for point (overlapping input comes
 *   back unmerged)
 * @returns the outline (exteriors counter-clockwise, holes clockwise), or undefined when the edges
 *   do not close into rings – then the caller needs a general union
 * @example
 * dissolvePolygons([gemeindePolygon("05958020").geometry, gemeindePolygon("05958024").geometry]);
 */
export function dissolvePolygons(polygons: readonly (Polygon | MultiPolygon)[]): Polygon | MultiPolygon | undefined {
  // Directed edges with exteriors counter-clockwise and holes clockwise, so the outline keeps that too.
  const edges: { from: string; to: string; end: Position; pair: string }[] = [];
  const count = new Map<string, number>();
  for (const geometry of polygons) {
    const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const part of parts) {
      part.forEach((ring, index) => {
        const oriented = signedArea(ring) > 0 === (index === 0) ? ring : [...ring].reverse();
        const keys = oriented.map(key);
        for (let i = 0; i < oriented.length - 1; i++) {
          const from = keys[i]!;
          const to = keys[i + 1]!;
          if (from === to) continue;
          const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
          edges.push({ from, to, end: oriented[i + 1]!, pair });
          count.set(pair, (count.get(pair) ?? 0) + 1);
        }
      });
    }
  }
  const outgoing = new Map<string, { from: string; to: string; end: Position }[]>();
  const firstPoint = new Map<string, Position>();
  for (const edge of edges) {
    if (count.get(edge.pair) !== 1) continue;
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  for (const edge of edges) firstPoint.set(edge.to, edge.end);

  const rings: Position[][] = [];
  for (const [start, list] of outgoing) {
    while (list.length > 0) {
      let current = list.shift()!;
      const ring: Position[] = [firstPoint.get(start)!];
      for (let steps = 0; ; steps++) {
        ring.push(current.end);
        if (current.to === start && ring.length > 3) break;
        const next = outgoing.get(current.to)?.shift();
        if (!next || steps > edges.length) return undefined;
        current = next;
      }
      rings.push(ring);
    }
  }
  if (rings.length === 0) return undefined;

  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => ({ ring: r, area: signedArea(r), holes: [] as Position[][] }));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const containing = outers.filter((o) => pointInRing(hole[0]!, o.ring)).sort((a, b) => a.area - b.area)[0];
    if (!containing) return undefined;
    containing.holes.push(hole);
  }
  if (outers.length === 0) return undefined;
  // Largest part first, so the output order does not depend on map iteration details.
  outers.sort((a, b) => b.area - a.area);
  const polygonsOut = outers.map((o) => [o.ring, ...o.holes]);
  return polygonsOut.length === 1 ? { type: "Polygon", coordinates: polygonsOut[0]! } : { type: "MultiPolygon", coordinates: polygonsOut };
}
