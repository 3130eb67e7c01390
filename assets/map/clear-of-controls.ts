/**
 * Keeps markers out from under the map's controls: views of NRW or of a region are placed so that
 * no marker starts under a control, and a selected marker is moved out from under one. The
 * controls are measured, not assumed: the background-map control is a box of about 224 × 119 px on
 * large maps and a single button on small ones, the legend grows when opened, and the attribution
 * wraps on narrow maps.
 */
import * as L from "./leaflet.ts";

/** A box relative to the map's container, in CSS pixels. */
interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** How far to move the drawn view (positive: its content to the right and down), and how many markers are then under a control or close to one. */
interface Shift {
  readonly x: number;
  readonly y: number;
  readonly covered: number;
  readonly close: number;
}

/** Space kept between a marker and a control, in CSS pixels: enough to see that it is not under it. */
const GAP = 8;
/** At most this many zoom steps (the map's `zoomSnap`, a quarter level) out from the plain fit, to get markers clear of the controls. */
const MAX_ZOOM_STEPS = 2;
/** Step of the searches for a shift of the view or a free spot for a marker, in CSS pixels. */
const SEARCH_STEP = 4;

/**
 * Fits `bounds` into the map (like `map.fitBounds`, without animation) so that no drawn marker lies
 * under a control. A fit leaves slack along one side (NRW is about as wide as high, the map rarely
 * is): the view first moves within it, as little as possible – so the desktop map's consent box no
 * longer hides Minden, and NRW keeps its size. Where no such shift frees every marker, the view
 * zooms out by a quarter or half a level if that frees at least half of those still covered – a
 * smaller NRW only for a clear gain. Where no view frees every marker (on a map 200 px high NRW at
 * the lowest zoom only just fits between the controls), it hides as few as it can.
 *
 * Fires the map's move events; callers that write history should ignore them.
 *
 * @param map the map, with its markers drawn on `moveend` (network-cluster-layer.ts)
 * @param bounds the region to show, e.g. NRW or a Kreis with the networks working there
 */
export function fitBoundsClearOfControls(map: L.Map, bounds: L.LatLngBounds): void {
  map.fitBounds(bounds, { animate: false });
  // What stays: a panel that closes with the next click on the map (background-map-control.ts) does not count.
  const controls = controlBoxes(map, false);
  if (controls.length === 0) return;
  const size = map.getSize();
  const region = regionBox(map, bounds);
  const markers = drawnMarkers(map);
  let chosen = { steps: 0, shift: clearestShift(size, region, markers, controls) };
  // Zooming out around the centre brings every marker closer to it; redrawing clusters for each
  // step would cost ten thousand networks a frame each, so the drawn markers are moved instead.
  const step = map.options.zoomSnap || 0.25;
  for (let steps = 1; chosen.shift.covered > 0 && steps <= MAX_ZOOM_STEPS && map.getZoom() - steps * step >= map.getMinZoom(); steps++) {
    const scale = 2 ** (-steps * step);
    const shift = clearestShift(size, scaled(region, size, scale), markers.map((marker) => scaled(marker, size, scale, true)), controls);
    if (shift.covered <= chosen.shift.covered / 2 && shift.covered < chosen.shift.covered) chosen = { steps, shift };
  }
  if (chosen.steps > 0) {
    map.setZoom(map.getZoom() - chosen.steps * step, { animate: false });
    // Clusters may have merged: the shift is found again among the markers as drawn now.
    chosen = { steps: chosen.steps, shift: clearestShift(size, regionBox(map, bounds), drawnMarkers(map), controls) };
  }
  if (chosen.shift.x !== 0 || chosen.shift.y !== 0) map.panBy([-chosen.shift.x, -chosen.shift.y], { animate: false });
}

/**
 * Pans the map at once (no animation) so that the marker at `latlng` lies clear of the controls,
 * inside the part of the map that is in the window – a card scrolled into view below a map taller
 * than the window pushes the map's top out of it – by the shortest way; a marker already clear
 * stays where it is.
 *
 * @param radius half the marker's size in CSS pixels (a selected marker is larger)
 */
export function panClearOfControls(map: L.Map, latlng: L.LatLng, radius: number): void {
  const reach = radius + GAP;
  const seen = seenPart(map, reach);
  // Here also an open panel counts: it covers the marker now.
  const blocked = controlBoxes(map, true).map((box) => grow(box, reach));
  const free = (x: number, y: number) => x >= seen.left && y >= seen.top && x <= seen.right && y <= seen.bottom && !blocked.some((box) => x > box.left && x < box.right && y > box.top && y < box.bottom);
  const point = map.latLngToContainerPoint(latlng);
  if (free(point.x, point.y)) return;
  let best: { x: number; y: number; distance: number } | undefined;
  for (let y = seen.top; y <= seen.bottom; y += SEARCH_STEP) {
    for (let x = seen.left; x <= seen.right; x += SEARCH_STEP) {
      const distance = (x - point.x) ** 2 + (y - point.y) ** 2;
      if ((!best || distance < best.distance) && free(x, y)) best = { x, y, distance };
    }
  }
  if (best) map.panBy([Math.round(point.x - best.x), Math.round(point.y - best.y)], { animate: false });
}

/**
 * Where a marker's centre may go: the map less `reach` at its edges, cut to the window; the whole
 * map when too little of it is in the window (nothing to see either way).
 */
function seenPart(map: L.Map, reach: number): Box {
  const size = map.getSize();
  const whole = { left: reach, top: reach, right: size.x - reach, bottom: size.y - reach };
  const rect = map.getContainer().getBoundingClientRect();
  const seen = {
    left: Math.max(whole.left, reach - rect.left),
    top: Math.max(whole.top, reach - rect.top),
    right: Math.min(whole.right, document.documentElement.clientWidth - rect.left - reach),
    bottom: Math.min(whole.bottom, document.documentElement.clientHeight - rect.top - reach),
  };
  return seen.right - seen.left >= 4 * reach && seen.bottom - seen.top >= 4 * reach ? seen : whole;
}

/**
 * The shift of a view of `size` that keeps `region` inside it (where it fits) and leaves the fewest
 * `markers` under `controls` – then the fewest closer to one than {@link GAP}, then the smallest.
 */
function clearestShift(size: L.Point, region: Box, markers: readonly Box[], controls: readonly Box[]): Shift {
  // A region larger than the map (it cannot zoom out further) stays centred along that axis.
  const range = (low: number, high: number, extent: number): [number, number] => (high - low > extent ? [0, 0] : [Math.min(0, -low), Math.max(0, extent - high)]);
  const [fromX, toX] = range(region.left, region.right, size.x);
  const [fromY, toY] = range(region.top, region.bottom, size.y);
  const candidates: { x: number; y: number }[] = [];
  for (let x = Math.ceil(fromX / SEARCH_STEP) * SEARCH_STEP; x <= toX; x += SEARCH_STEP) {
    for (let y = Math.ceil(fromY / SEARCH_STEP) * SEARCH_STEP; y <= toY; y += SEARCH_STEP) candidates.push({ x, y });
  }
  candidates.sort((a, b) => a.x ** 2 + a.y ** 2 - (b.x ** 2 + b.y ** 2));
  const near = controls.map((box) => grow(box, GAP));
  // Only markers that some shift brings near a control count: with ten thousand networks, the rest are most of them.
  const relevant = markers.filter((m) => near.some((box) => overlaps(box, { left: m.left + fromX, top: m.top + fromY, right: m.right + toX, bottom: m.bottom + toY })));
  let best: Shift = { x: 0, y: 0, covered: Infinity, close: Infinity };
  for (const { x, y } of candidates) {
    let covered = 0;
    let close = 0;
    for (const marker of relevant) {
      const moved = { left: marker.left + x, top: marker.top + y, right: marker.right + x, bottom: marker.bottom + y };
      if (controls.some((box) => overlaps(box, moved))) covered++;
      else if (near.some((box) => overlaps(box, moved))) close++;
      if (covered > best.covered) break;
    }
    if (covered < best.covered || (covered === best.covered && close < best.close)) best = { x, y, covered, close };
    if (covered === 0 && close === 0) break;
  }
  return best;
}

/**
 * `box` as it would be drawn with the view zoomed by `scale` around the centre of a map of `size`;
 * with `keepSize`, only its centre moves (a marker's icon keeps its size).
 */
function scaled(box: Box, size: L.Point, scale: number, keepSize = false): Box {
  const [cx, cy] = [size.x / 2, size.y / 2];
  if (!keepSize) return { left: cx + (box.left - cx) * scale, top: cy + (box.top - cy) * scale, right: cx + (box.right - cx) * scale, bottom: cy + (box.bottom - cy) * scale };
  const [mx, my] = [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
  const [dx, dy] = [cx + (mx - cx) * scale - mx, cy + (my - cy) * scale - my];
  return { left: box.left + dx, top: box.top + dy, right: box.right + dx, bottom: box.bottom + dy };
}

/** Where `bounds` are drawn in the current view. */
function regionBox(map: L.Map, bounds: L.LatLngBounds): Box {
  const northWest = map.latLngToContainerPoint(bounds.getNorthWest());
  const southEast = map.latLngToContainerPoint(bounds.getSouthEast());
  return { left: northWest.x, top: northWest.y, right: southEast.x, bottom: southEast.y };
}

/** The boxes of the drawn markers (networks and clusters). */
function drawnMarkers(map: L.Map): Box[] {
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>(".leaflet-marker-pane .leaflet-marker-icon")].map((marker) => relativeBox(origin, marker));
}

/**
 * The boxes of the controls in the map's corners.
 *
 * @param passing also what a control shows beyond its own box for a while (an open panel)
 */
function controlBoxes(map: L.Map, passing: boolean): Box[] {
  const selector = passing ? ".leaflet-control-container .leaflet-control, .leaflet-control-container .leaflet-control > *" : ".leaflet-control-container .leaflet-control";
  const container = map.getContainer();
  const origin = container.getBoundingClientRect();
  const boxes: Box[] = [];
  for (const element of container.querySelectorAll<HTMLElement>(selector)) {
    const box = relativeBox(origin, element);
    if (box.right > box.left && box.bottom > box.top) boxes.push(box);
  }
  return boxes;
}

/** The box of `element` relative to `origin`, the map container's box. */
function relativeBox(origin: DOMRect, element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { left: rect.left - origin.left, top: rect.top - origin.top, right: rect.right - origin.left, bottom: rect.bottom - origin.top };
}

function grow(box: Box, by: number): Box {
  return { left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
