/**
 * Reads one layer of the VG250 source and keeps the NRW land areas. The source mixes plain
 * Features with FeatureCollections (areas split into land and water parts), so it is flattened first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MultiPolygon, Polygon } from "geojson";
import { GeodataError } from "./geodata-error.ts";

/** Layers of the source package that the pipeline uses. */
export type SourceLayer = "gemeinden" | "kreise" | "regierungsbezirke";

/** One NRW area as read from VG250, before simplification. */
export interface SourceArea {
  /** Amtlicher Gemeindeschlüssel: 8 digits (Gemeinde), 5 (Kreis) or 3 (Regierungsbezirk). */
  readonly ags: string;
  /** Official name (VG250 `GEN`), e.g. "Hennef (Sieg)". */
  readonly name: string;
  /** Kind of area (VG250 `BEZ`), e.g. "Stadt", "Kreisfreie Stadt", "Regierungsbezirk". */
  readonly bez: string;
  readonly geometry: Polygon | MultiPolygon;
}

/** AGS prefix of Nordrhein-Westfalen. */
export const NRW_AGS_PREFIX = "05";

/** Counts as of the source date; a mismatch means the wrong source or a broken filter. */
export const EXPECTED_COUNTS: Readonly<Record<SourceLayer, number>> = {
  gemeinden: 396,
  kreise: 53,
  regierungsbezirke: 5,
};

const AGS_LENGTH: Readonly<Record<SourceLayer, number>> = { gemeinden: 8, kreise: 5, regierungsbezirke: 3 };

/** VG250 `GF` value of land areas; the other values describe water or combined areas. */
const GF_LAND = 4;

interface VgFeature {
  type: "Feature";
  properties: { AGS?: unknown; GEN?: unknown; BEZ?: unknown; GF?: unknown };
  geometry: Polygon | MultiPolygon;
}

/**
 * Extracts the NRW land areas of one source layer, sorted by AGS.
 *
 * @param sourceDir folder with the unpacked source package
 * @param layer which layer file to read
 * @returns one {@link SourceArea} per AGS, sorted by AGS
 * @throws {GeodataError} if an AGS is malformed or duplicated or the count differs from {@link EXPECTED_COUNTS}
 * @example
 * extractNrw(dir, "regierungsbezirke").map((area) => area.name); // ["Düsseldorf", "Köln", …]
 */
export function extractNrw(sourceDir: string, layer: SourceLayer): SourceArea[] {
  const file = join(sourceDir, `${layer}.geo.json`);
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!Array.isArray(parsed)) throw new GeodataError(`${file}: erwartet wird ein JSON-Array von Features.`);

  const areas = new Map<string, SourceArea>();
  for (const feature of flatten(parsed)) {
    const { AGS, GEN, BEZ, GF } = feature.properties;
    if (typeof AGS !== "string" || !AGS.startsWith(NRW_AGS_PREFIX) || GF !== GF_LAND) continue;
    if (AGS.length !== AGS_LENGTH[layer] || !/^\d+$/.test(AGS)) {
      throw new GeodataError(`${file}: unerwarteter AGS „${AGS}“ (${AGS_LENGTH[layer]} Ziffern erwartet).`);
    }
    if (areas.has(AGS)) throw new GeodataError(`${file}: AGS ${AGS} kommt mehrfach als Landfläche vor.`);
    const geometryType: string = feature.geometry.type;
    if (geometryType !== "Polygon" && geometryType !== "MultiPolygon") {
      throw new GeodataError(`${file}: ${AGS} hat die Geometrie ${geometryType}, erwartet Polygon.`);
    }
    areas.set(AGS, { ags: AGS, name: String(GEN).normalize("NFC"), bez: String(BEZ), geometry: feature.geometry });
  }

  if (areas.size !== EXPECTED_COUNTS[layer]) {
    throw new GeodataError(
      `${file}: ${areas.size} NRW-Flächen gefunden, erwartet ${EXPECTED_COUNTS[layer]}. ` +
        `Stimmt die Quellversion? Bei einer neuen Gebietsreform EXPECTED_COUNTS anpassen.`,
    );
  }
  return [...areas.values()].sort((a, b) => compareAgs(a.ags, b.ags));
}

function* flatten(items: readonly unknown[]): Generator<VgFeature> {
  for (const item of items) {
    const typed = item as { type?: string; features?: unknown[] };
    if (typed.type === "FeatureCollection" && Array.isArray(typed.features)) yield* flatten(typed.features);
    else if (typed.type === "Feature") yield item as VgFeature;
  }
}

/**
 * Orders AGS strings; plain code-unit order is numeric order for equal-length digit strings.
 *
 * @param a first AGS
 * @param b second AGS
 * @returns negative, zero or positive as for `Array.prototype.sort`
 */
export function compareAgs(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
