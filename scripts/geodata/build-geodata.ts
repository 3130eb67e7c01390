/**
 * The geodata pipeline in order: source → NRW layers → simplified layers → points → checks → files.
 * Tolerances live here because they are a trade-off between the layers' purposes: Gemeinden are for
 * build-time point-in-polygon tests (accurate), Kreise and Regierungsbezirke for the browser (small).
 */
import { GeodataError } from "./geodata-error.ts";
import { extractNrw, type SourceArea } from "./extract-nrw.ts";
import { resolveSourceDir } from "./fetch-source.ts";
import { representativePoint } from "./representative-point.ts";
import { simplifyAreas, type SimplifyOptions } from "./simplify.ts";
import { verifyLayers } from "./verify.ts";
import { writeGeoFiles, type GeoLayers, type SimplifiedArea } from "./write-geo-files.ts";

/** Gemeinden: ≈ 20–30 m tolerance, 1 m precision. */
export const GEMEINDE_SIMPLIFY: SimplifyOptions = { tolerance: 0.0003, precision: 5, minPartArea: 1e-6 };

/** Kreise and Regierungsbezirke for the browser map: ≈ 70–110 m tolerance (about one pixel at zoom 10), 10 m precision. */
export const BROWSER_SIMPLIFY: SimplifyOptions = { tolerance: 0.001, precision: 4, minPartArea: 1e-5 };

/** Options of {@link buildGeodata}. */
export interface BuildGeodataOptions {
  /** Folder to write to. */
  readonly outDir: string;
  /** Environment for `GEODATA_SOURCE`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Receives progress lines and warnings. */
  readonly log?: (line: string) => void;
}

/**
 * Runs the whole pipeline and writes data/geo/.
 *
 * @param options output folder, environment and logger
 * @returns the written files with their sizes
 * @throws {GeodataError} on a broken source or failed checks
 */
export function buildGeodata(options: BuildGeodataOptions): { path: string; bytes: number }[] {
  const log = options.log ?? (() => {});
  const sourceDir = resolveSourceDir(options.env);
  log(`Quelle: ${sourceDir}`);

  const gemeinden = extractNrw(sourceDir, "gemeinden");
  const kreise = extractNrw(sourceDir, "kreise");
  const regierungsbezirke = extractNrw(sourceDir, "regierungsbezirke");

  const simpleGemeinden = withGeometries(gemeinden, simplifyAreas(gemeinden.map((a) => a.geometry), GEMEINDE_SIMPLIFY));
  // Kreise and Regierungsbezirke share one topology so that their borders coincide on the map.
  const browserGeometries = simplifyAreas([...kreise, ...regierungsbezirke].map((a) => a.geometry), BROWSER_SIMPLIFY);
  const simpleKreise = withGeometries(kreise, browserGeometries.slice(0, kreise.length));
  const simpleBezirke = withGeometries(regierungsbezirke, browserGeometries.slice(kreise.length));

  const points = new Map(simpleGemeinden.map((area) => [area.ags, representativePoint(area.geometry, { precision: 5 })] as const));
  const layers: GeoLayers = { gemeinden: simpleGemeinden, kreise: simpleKreise, regierungsbezirke: simpleBezirke, points };

  const { errors, warnings } = verifyLayers(layers);
  for (const warning of warnings) log(`Warnung: ${warning}`);
  if (errors.length > 0) {
    throw new GeodataError(`${errors.length} Prüfung(en) fehlgeschlagen:\n${errors.map((e, i) => `${i + 1}. ${e}`).join("\n")}`);
  }
  return writeGeoFiles(options.outDir, layers);
}

function withGeometries(areas: readonly SourceArea[], geometries: readonly SimplifiedArea["geometry"][]): SimplifiedArea[] {
  return areas.map((area, i) => ({ ...area, geometry: geometries[i]! }));
}
