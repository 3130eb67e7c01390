/**
 * `npm run geodata`: regenerates data/geo/ from BKG VG250 (set GEODATA_SOURCE to reuse an unpacked copy).
 * `npm run geodata -- --derived-only`: rewrites only what is derived from the committed layers
 * (static-map.json, the Kreise's label points in kreise.geojson), without the source – after
 * changing how they are derived.
 */
import { gzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { buildGeodata } from "../geodata/build-geodata.ts";
import { GeodataError } from "../geodata/geodata-error.ts";
import { writeDerivedGeoFiles } from "../geodata/write-geo-files.ts";
import { GEO_DIR, ROOT } from "../paths.ts";

const started = performance.now();
try {
  const files = derivedOnly(process.argv.slice(2)) ? writeDerivedGeoFiles(GEO_DIR) : buildGeodata({ outDir: GEO_DIR, log: (line) => console.log(line) });
  for (const { path, bytes } of files) {
    const gzipped = gzipSync(readFileSync(path)).length;
    console.log(`geschrieben: ${relative(ROOT, path)} (${kb(bytes)}, gzip ${kb(gzipped)})`);
  }
  console.log(`fertig in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (!(error instanceof GeodataError)) throw error;
  console.error(`Fehler: ${error.message}`);
  if (error.cause) console.error(error.cause);
  process.exitCode = 1;
}

function derivedOnly(args: readonly string[]): boolean {
  const unknown = args.filter((arg) => arg !== "--derived-only");
  if (unknown.length > 0) throw new GeodataError(`Unbekannte Angabe „${unknown.join(" ")}“ – möglich ist nur --derived-only.`);
  return args.length > 0;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
