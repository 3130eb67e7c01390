/**
 * Geometry of the map as drawn, for the browser tests on low embeds and on markers under controls:
 * which markers lie under a control, and what overlaps or contains what.
 */
import type { Frame } from "playwright-core";

/** A box in CSS pixels, relative to the frame's viewport. */
export interface Box {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Whether two boxes share more than an edge. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Whether `inner` lies within `outer` (half a pixel of rounding allowed). */
export function within(inner: Box, outer: Box): boolean {
  return inner.top >= outer.top - 0.5 && inner.left >= outer.left - 0.5 && inner.bottom <= outer.bottom + 0.5 && inner.right <= outer.right + 0.5;
}

/** Every drawn marker (network or cluster) that a control covers, as "slug under control". */
export async function markersUnderControls(frame: Frame, controlSelector = ".leaflet-control"): Promise<string[]> {
  const found = await frame.evaluate((selector) => {
    const canvas = document.querySelector("[data-map-canvas]")!;
    return {
      controls: [...canvas.querySelectorAll(selector)].map((c) => ({ name: c.className.split(" ").find((n) => n.startsWith("gw-") || n.startsWith("leaflet-control-")) ?? c.className, box: c.getBoundingClientRect().toJSON() as Box })),
      markers: [...canvas.querySelectorAll<HTMLElement>(".leaflet-marker-pane .leaflet-marker-icon")].map((m) => ({ name: m.dataset.slug ?? `Gruppe von ${m.dataset.count}`, box: m.getBoundingClientRect().toJSON() as Box })),
    };
  }, controlSelector);
  return found.markers.flatMap((marker) => found.controls.filter((control) => overlaps(marker.box, control.box)).map((control) => `${marker.name} under ${control.name}`));
}
