/** Distances on the map, for "In meiner Nähe". DOM-free. */

/** `[longitude, latitude]` in WGS84, GeoJSON order. */
export type LonLat = readonly [number, number];

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in kilometres (haversine; plenty for sorting places within NRW).
 * @example Math.round(distanceKm([6.96, 50.94], [7.47, 51.51])) // Köln–Dortmund ≈ 73
 */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * A copy of `items` sorted by distance from `origin`, nearest first; ties keep their order.
 * @param pointOf where an item is
 */
export function sortByDistance<T>(items: readonly T[], origin: LonLat, pointOf: (item: T) => LonLat): T[] {
  return items
    .map((item, index) => ({ item, index, km: distanceKm(origin, pointOf(item)) }))
    .sort((x, y) => x.km - y.km || x.index - y.index)
    .map((x) => x.item);
}

/**
 * Distance for people: "800 m", "4,2 km", "37 km".
 */
export function formatDistance(km: number): string {
  if (km < 1) return `${Math.max(100, Math.round(km * 10) * 100)} m`;
  if (km < 10) return `${km.toFixed(1).replace(".", ",")} km`;
  return `${Math.round(km)} km`;
}
