/**
 * The coordinate system of the static SVG maps, in a module of its own: the geodata pipeline uses it
 * to draw the outlines into data/geo/static-map.json, the site build to place network dots on top
 * of them. One formula for both keeps dots and outlines aligned; a module without dependencies
 * keeps the build from loading the simplification code just to project a point.
 */

/**
 * Parameters of the maps' equirectangular projection, as stored in data/geo/static-map.json.
 * x grows eastwards from `minLon`, y southwards from `maxLat`, both in map units (0.1 precision).
 */
export interface StaticMapProjection {
  /** Westernmost longitude of the outlines (degrees); maps to x = `padding`. */
  readonly minLon: number;
  /** Northernmost latitude of the outlines (degrees); maps to y = `padding`. */
  readonly maxLat: number;
  /** Map units per degree of latitude. */
  readonly scale: number;
  /** Cosine of the reference latitude, which shrinks longitudes to their length at that latitude. */
  readonly cosLat: number;
  /** Empty margin around the outlines in map units. */
  readonly padding: number;
}

/**
 * Projects a longitude/latitude into the static maps' coordinate system, rounded to 0.1.
 *
 * @param projection the parameters from data/geo/static-map.json
 * @param point [longitude, latitude] in degrees
 * @returns [x, y] in map units
 * @example
 * projectToStaticMap(staticMap.projection, [7.2162, 51.4818]); // [151.7, 188] (Bochum, with the committed file)
 */
export function projectToStaticMap(projection: StaticMapProjection, point: readonly number[]): [number, number] {
  const { minLon, maxLat, scale, cosLat, padding } = projection;
  // The operation order is part of the output: the committed outlines were drawn with exactly this.
  return [round((point[0]! - minLon) * cosLat * scale + padding), round((maxLat - point[1]!) * scale + padding)];
}

/** 0.1 map units is a quarter pixel at the maps' usual display size: finer only adds bytes. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
