/**
 * Turns the simplified NRW layers into the committed files in data/geo/. Output is deterministic
 * (fixed key order, features sorted by AGS, no timestamps) so a rerun on the same source is a
 * no-op in git, and one record per line so that a real change shows up as a readable diff.
 * What is derived from the layers' geometry – static-map.json and the Kreise's label points in
 * kreise.geojson – can be rewritten from the committed layers alone, because the BKG source is not
 * always at hand.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GazetteerFile, Gemeinde, Kreis, Regierungsbezirk } from "../geo/gazetteer.ts";
import { slugify } from "../geo/slugify.ts";
import { GeodataError } from "./geodata-error.ts";
import { withKreisLabels } from "./kreis-labels.ts";
import type { SourceArea } from "./extract-nrw.ts";
import { SOURCE_PACKAGE } from "./fetch-source.ts";
import { staticMapOutlines, type StaticMapSourceCollection } from "./static-map-outlines.ts";

/** Provenance written into every generated file; attribution is required by the licence. */
export const GEO_METADATA = {
  generator: "scripts/cli/geodata.ts – generiert, nicht von Hand bearbeiten",
  source:
    `BKG VG250 (Verwaltungsgebiete 1:250 000) via npm ${SOURCE_PACKAGE}; ` +
    "nur Nordrhein-Westfalen (AGS 05), Landflächen (GF 4), vereinfacht",
  // VG250 carries no reference date per record (WSK is only the date a border took effect, latest
  // 2016-01-01 here), so the package's data date is the best statement we can make.
  sourceDate: "2017-03-19",
  license: "dl-de/by-2-0",
  attribution: "© GeoBasis-DE / BKG (2017), Datenlizenz Deutschland – Namensnennung – Version 2.0",
} as const;

/** An NRW layer after simplification: source attributes plus the geometry to publish. */
export interface SimplifiedArea extends SourceArea {
  readonly geometry: Polygon | MultiPolygon;
}

/** Everything the writer needs, one entry per layer, each sorted by AGS. */
export interface GeoLayers {
  readonly regierungsbezirke: readonly SimplifiedArea[];
  /** Kreise as drawn in the browser (coarser than the Gemeinden). */
  readonly kreise: readonly SimplifiedArea[];
  readonly gemeinden: readonly SimplifiedArea[];
  /** Representative point per Gemeinde AGS, inside its polygon in `gemeinden`. */
  readonly points: ReadonlyMap<string, readonly [number, number]>;
}

/**
 * Builds the gazetteer (names, hierarchy, slugs, points) from the layers.
 *
 * @param layers the simplified layers with representative points
 * @returns the content of data/geo/gazetteer.json
 * @throws {GeodataError} if a Gemeinde's Kreis or Regierungsbezirk is missing or a slug repeats
 * @example
 * buildGazetteer(layers).kreise.find((k) => k.ags === "05766")?.displayName; // "Kreis Lippe"
 */
export function buildGazetteer(layers: GeoLayers): GazetteerFile {
  const regierungsbezirke: Regierungsbezirk[] = layers.regierungsbezirke.map((area) => ({
    ags: area.ags,
    name: area.name,
    slug: slugify(`Regierungsbezirk ${area.name}`),
    displayName: `Regierungsbezirk ${area.name}`,
  }));
  const kreise: Kreis[] = layers.kreise.map((area) => {
    const type = kreisType(area);
    const displayName = kreisDisplayName(area.name, type);
    return {
      ags: area.ags,
      name: area.name,
      type,
      regierungsbezirkAgs: parentAgs(area.ags, 3, regierungsbezirke),
      slug: slugify(displayName),
      displayName,
    };
  });
  const gemeinden: Gemeinde[] = layers.gemeinden.map((area) => {
    const point = layers.points.get(area.ags);
    if (!point) throw new GeodataError(`Gemeinde ${area.ags} ${area.name}: kein Punkt berechnet.`);
    if (area.bez !== "Stadt" && area.bez !== "Gemeinde") {
      throw new GeodataError(`Gemeinde ${area.ags} ${area.name}: unbekannte Art „${area.bez}“.`);
    }
    return {
      ags: area.ags,
      name: area.name,
      slug: slugify(area.name),
      type: area.bez,
      kreisAgs: parentAgs(area.ags, 5, kreise),
      regierungsbezirkAgs: parentAgs(area.ags, 3, regierungsbezirke),
      point: [point[0], point[1]],
    };
  });
  for (const [label, list] of [["Regierungsbezirk", regierungsbezirke], ["Kreis", kreise], ["Gemeinde", gemeinden]] as const) {
    assertUniqueSlugs(label, list);
  }
  return { ...GEO_METADATA, regierungsbezirke, kreise, gemeinden };
}

function kreisType(area: SourceArea): Kreis["type"] {
  if (area.bez === "Kreis" || area.bez === "Kreisfreie Stadt") return area.bez;
  throw new GeodataError(`Kreis ${area.ags} ${area.name}: unbekannte Art „${area.bez}“.`);
}

/** "Lippe" → "Kreis Lippe", but names that already say what they are stay as they are. */
function kreisDisplayName(name: string, type: Kreis["type"]): string {
  if (type === "Kreisfreie Stadt" || /kreis/i.test(name) || name.startsWith("Städteregion")) return name;
  return `Kreis ${name}`;
}

function parentAgs(ags: string, length: number, parents: readonly { ags: string }[]): string {
  const parent = ags.slice(0, length);
  if (!parents.some((candidate) => candidate.ags === parent)) {
    throw new GeodataError(`${ags}: übergeordnete Fläche ${parent} fehlt in der Quelle.`);
  }
  return parent;
}

function assertUniqueSlugs(label: string, list: readonly { slug: string; name: string }[]): void {
  const seen = new Map<string, string>();
  for (const { slug, name } of list) {
    const other = seen.get(slug);
    if (other) throw new GeodataError(`${label} „${name}“ und „${other}“ ergeben beide den Slug „${slug}“.`);
    seen.set(slug, name);
  }
}

/**
 * Builds the GeoJSON FeatureCollections for data/geo/, with provenance as foreign members.
 *
 * @param layers the simplified layers
 * @param gazetteer the gazetteer built from the same layers (for display names and slugs)
 * @returns file name → FeatureCollection object
 */
export function buildFeatureCollections(layers: GeoLayers, gazetteer: GazetteerFile): Record<string, object> {
  const kreise = new Map(gazetteer.kreise.map((kreis) => [kreis.ags, kreis]));
  const bezirke = new Map(gazetteer.regierungsbezirke.map((bezirk) => [bezirk.ags, bezirk]));
  return {
    "gemeinden.geojson": featureCollection(layers.gemeinden, (area) => ({ ags: area.ags, name: area.name })),
    // The label points by the same function as `--derived-only`, which recomputes them from the file.
    "kreise.geojson": withKreisLabels(
      featureCollection(layers.kreise, (area) => {
        const kreis = kreise.get(area.ags)!;
        return { ags: kreis.ags, name: kreis.displayName, slug: kreis.slug, regierungsbezirkAgs: kreis.regierungsbezirkAgs };
      }),
    ),
    "regierungsbezirke.geojson": featureCollection(layers.regierungsbezirke, (area) => {
      const bezirk = bezirke.get(area.ags)!;
      return { ags: bezirk.ags, name: bezirk.displayName, slug: bezirk.slug };
    }),
  };
}

function featureCollection(areas: readonly SimplifiedArea[], properties: (area: SimplifiedArea) => Record<string, string>) {
  const { generator, source, sourceDate, license, attribution } = GEO_METADATA;
  const features: Feature<SimplifiedArea["geometry"], Record<string, string>>[] = areas.map((area) => ({ type: "Feature", properties: properties(area), geometry: area.geometry }));
  return { generator, type: "FeatureCollection", source, sourceDate, license, attribution, features };
}

/**
 * Serialises JSON with one line per top-level member and per array element, so diffs stay small
 * and readable while the files stay compact.
 *
 * @param value an object whose array members hold the records
 * @returns the text, ending with a newline
 * @example
 * toLineJson({ a: 1, list: [{ b: 2 }] }); // '{\n"a": 1,\n"list": [\n{"b":2}\n]\n}\n'
 */
export function toLineJson(value: object): string {
  const members = Object.entries(value).map(([key, member]) => {
    const head = `${JSON.stringify(key)}: `;
    if (!Array.isArray(member)) return head + JSON.stringify(member);
    if (member.length === 0) return `${head}[]`;
    return `${head}[\n${member.map((item) => JSON.stringify(item)).join(",\n")}\n]`;
  });
  return `{\n${members.join(",\n")}\n}\n`;
}

/** The static maps' outlines, derived from kreise.geojson and regierungsbezirke.geojson rather than from the source. */
export const STATIC_MAP_FILE = "static-map.json";

/**
 * Builds data/geo/static-map.json: the outlines of the static SVG maps with provenance, derived
 * from the two layers so that the site build need not simplify them again.
 *
 * @param kreise the content of kreise.geojson
 * @param regierungsbezirke the content of regierungsbezirke.geojson
 * @returns the object to write with {@link toLineJson}
 */
export function buildStaticMapFile(kreise: StaticMapSourceCollection, regierungsbezirke: StaticMapSourceCollection): object {
  const { generator, source, sourceDate, license, attribution } = GEO_METADATA;
  return { generator, source, sourceDate, license, attribution, ...staticMapOutlines(kreise, regierungsbezirke) };
}

/** A written file and its size, for the CLI's report. */
export interface WrittenGeoFile {
  readonly path: string;
  readonly bytes: number;
}

/**
 * Writes the gazetteer, the three GeoJSON files and the files derived from them.
 *
 * @param dir target folder (normally `GEO_DIR`)
 * @param layers the simplified layers with representative points
 * @returns written file paths with their byte sizes
 */
export function writeGeoFiles(dir: string, layers: GeoLayers): WrittenGeoFile[] {
  const gazetteer = buildGazetteer(layers);
  // Derived from the geometries written next to it; JSON keeps every coordinate exactly, so this
  // equals what `--derived-only` derives from the files later.
  const staticMap = buildStaticMapFile(asCollection(layers.kreise), asCollection(layers.regierungsbezirke));
  return writeFiles(dir, { "gazetteer.json": gazetteer, ...buildFeatureCollections(layers, gazetteer), [STATIC_MAP_FILE]: staticMap });
}

/**
 * Rewrites only what is derived from the committed layers in `dir` (`npm run geodata --
 * --derived-only`), for when its derivation changed but the BKG source is not available:
 * static-map.json, and kreise.geojson with its label points computed again – every other byte of
 * kreise.geojson stays as it is.
 *
 * @param dir folder holding kreise.geojson and regierungsbezirke.geojson (normally `GEO_DIR`)
 * @returns written file paths with their byte sizes
 * @throws {GeodataError} if a layer is missing or not valid JSON
 */
export function writeDerivedGeoFiles(dir: string): WrittenGeoFile[] {
  const kreise = withKreisLabels(readLayer(dir, "kreise.geojson"));
  const regierungsbezirke = readLayer(dir, "regierungsbezirke.geojson");
  return writeFiles(dir, { "kreise.geojson": kreise, [STATIC_MAP_FILE]: buildStaticMapFile(kreise, regierungsbezirke) });
}

function asCollection(areas: readonly SimplifiedArea[]): StaticMapSourceCollection {
  return { features: areas.map((area) => ({ properties: { ags: area.ags }, geometry: area.geometry })) };
}

/** A committed layer, typed as far as the derivations read it; its other members are written back unchanged. */
function readLayer(dir: string, name: string): StaticMapSourceCollection {
  const path = join(dir, name);
  if (!existsSync(path)) {
    throw new GeodataError(`${path} fehlt – erst \`npm run geodata\` ohne --derived-only ausführen, das die Ebenen aus der Quelle erzeugt.`);
  }
  try {
    return JSON.parse(readFileSync(path, "utf8")) as StaticMapSourceCollection;
  } catch (error) {
    throw new GeodataError(`${path} ist kein gültiges JSON – mit \`git checkout -- ${path}\` wiederherstellen oder \`npm run geodata\` ausführen.`, { cause: error });
  }
}

function writeFiles(dir: string, files: Record<string, object>): WrittenGeoFile[] {
  mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, content]) => {
    const path = join(dir, name);
    const text = toLineJson(content);
    writeFileSync(path, text);
    return { path, bytes: Buffer.byteLength(text) };
  });
}
