/**
 * Keeps the map's popups whole: sized to the map, clear of the controls in its corners, and moved
 * into view at once, before focus goes into them. Leaflet's own autopan is not enough here: it
 * animates (focus then lands on a popup still outside the map, and the browser scrolls the map's
 * box to reach it), it knows nothing of the controls that cover the map's edges, and the map's
 * `maxBounds` pull the view back when a popup near the edge of NRW needs room beyond it – which is
 * what {@link boundsWithRoomForPopups} is for.
 */
import * as L from "./leaflet.ts";

/** Space kept between a popup and the map's edges or controls, in CSS pixels. */
const MARGIN = 8;
/** Leaflet's popup around its content, across: content margins (20 + 24 px) and wrapper padding (2 × 1 px), see leaflet.css. */
const CHROME_X = 46;
/** Below the popup's box: the tip (20 px, leaflet.css) and half of a selected marker, which should stay visible too. */
const BELOW = 34;
/** Leaflet's popup around its content, down: content margins (2 × 13 px) and wrapper padding (2 × 1 px), plus {@link BELOW}. */
const CHROME_Y = 28 + BELOW;
/** Popup content this short would be unreadable: where less fits, the selection is shown below the map instead. */
const MIN_CONTENT_HEIGHT = 160;

/** The free part of the map, as distances from its edges in CSS pixels. */
export interface PopupRoom {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** The widest a popup's content should be, and how narrow it may get. */
export interface PopupWidth {
  readonly maxWidth: number;
  readonly minWidth: number;
}

/** The room of a popup that may lie under the controls: only a small margin to the map's edges. */
const EDGES: PopupRoom = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };

/**
 * Where a popup can be shown without a control covering it: below the controls of the top corners
 * and above those of the bottom corners (a popup is as wide as the map on phones, so it cannot pass
 * beside them). `null` on maps too low for a readable popup between them – embeds up to about
 * 350 px high, or a small map with its legend open – which then show the selection below the map
 * (selection-panel.ts).
 *
 * Only what stays counts: the corners are as high as their controls in the flow. A panel that
 * opens over the map from a control and closes when a popup opens (the background map's consent
 * panel on small maps, background-map-control.ts) is positioned absolutely and left out, or
 * popups would be squeezed below a panel that is about to close.
 *
 * @param map the map whose control corners are measured (an open legend counts with its height)
 */
export function popupRoom(map: L.Map): PopupRoom | null {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  let top = 0;
  let bottom = 0;
  for (const corner of container.querySelectorAll<HTMLElement>(".leaflet-control-container > .leaflet-top")) {
    top = Math.max(top, corner.getBoundingClientRect().bottom - box.top);
  }
  for (const corner of container.querySelectorAll<HTMLElement>(".leaflet-control-container > .leaflet-bottom")) {
    bottom = Math.max(bottom, box.bottom - corner.getBoundingClientRect().top);
  }
  if (box.height - top - bottom - 2 * MARGIN - CHROME_Y < MIN_CONTENT_HEIGHT) return null;
  return { top: top + MARGIN, right: MARGIN, bottom: bottom + MARGIN, left: MARGIN };
}

/**
 * Fits `popup` to the free part of the map: content no wider than the map allows (`preferred` on
 * wide maps), and no taller – longer content scrolls inside the popup (Leaflet's `maxHeight`).
 * Takes effect when the popup is next opened or updated.
 */
export function sizePopup(map: L.Map, popup: L.Popup, preferred: PopupWidth, room: PopupRoom = popupRoom(map) ?? EDGES): void {
  const size = map.getSize();
  const maxWidth = Math.max(120, Math.min(preferred.maxWidth, size.x - room.left - room.right - CHROME_X));
  popup.options.maxWidth = maxWidth;
  popup.options.minWidth = Math.min(preferred.minWidth, maxWidth);
  popup.options.maxHeight = Math.max(MIN_CONTENT_HEIGHT / 2, size.y - room.top - room.bottom - CHROME_Y);
}

/**
 * Pans the map at once (no animation) so that the open `popup` and its marker lie in the free part
 * of the map; where both edges cannot fit, the top and left edge win (title and close button).
 */
export function panPopupIntoView(map: L.Map, popup: L.Popup, room: PopupRoom = popupRoom(map) ?? EDGES): void {
  const element = popup.getElement();
  if (!element || !map.hasLayer(popup)) return;
  const box = map.getContainer().getBoundingClientRect();
  const rect = element.getBoundingClientRect();
  const free = { top: box.top + room.top, right: box.right - room.right, bottom: box.bottom - room.bottom, left: box.left + room.left };
  let dx = 0;
  let dy = 0;
  if (rect.right > free.right) dx = rect.right - free.right;
  if (rect.left - dx < free.left) dx = rect.left - free.left;
  if (rect.bottom + BELOW > free.bottom) dy = rect.bottom + BELOW - free.bottom;
  if (rect.top - dy < free.top) dy = rect.top - free.top;
  if (Math.abs(dx) >= 1 || Math.abs(dy) >= 1) map.panBy([Math.round(dx), Math.round(dy)], { animate: false });
}

/**
 * `bounds` with room beyond its edges for a popup at the current zoom: a map's height to the north
 * (a popup opens above its marker), half its width to the east and west and half its height to the
 * south. Used as the map's `maxBounds`, it keeps NRW in reach but lets a popup near its edge be
 * panned into view instead of being pulled back out of it.
 */
export function boundsWithRoomForPopups(map: L.Map, bounds: L.LatLngBounds): L.LatLngBounds {
  const zoom = map.getZoom();
  const size = map.getSize();
  const northWest = map.project(bounds.getNorthWest(), zoom).subtract([size.x / 2, size.y]);
  const southEast = map.project(bounds.getSouthEast(), zoom).add([size.x / 2, size.y / 2]);
  return L.latLngBounds(map.unproject(northWest, zoom), map.unproject(southEast, zoom));
}
