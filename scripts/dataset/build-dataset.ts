/**
 * The whole data pipeline in one call: list entry files → load → validate → enrich → one sorted,
 * frozen `Dataset`, plus every problem of every file. Used by `validate`, `build`, `serve` and the
 * benchmark; it never throws for bad content and never writes anything.
 */
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { loadEntry, type LoadedEntry } from "./load-entry.ts";
import { validateEntry } from "./validate-entry.ts";
import { enrichEntry } from "./enrich.ts";
import { compareProblems, type Problem } from "./problem.ts";
import { challenges, sectors } from "./vocabularies.ts";
import { nrwGeoIndex, type GeoIndex } from "./geo-index.ts";
import type { Dataset, Network } from "./types.ts";
import type { RawEntry } from "./raw-entry.generated.ts";
import { ROOT } from "../paths.ts";
import { slugify } from "../geo/slugify.ts";

/** A file to read: its path for messages and its bytes. */
export interface EntrySource {
  readonly sourcePath: string;
  readonly bytes: Uint8Array;
}

export interface BuildResult {
  /** Only the valid entries; callers must not publish it when `problems` is not empty. */
  readonly dataset: Dataset;
  readonly problems: readonly Problem[];
  readonly fileCount: number;
}

export interface BuildOptions {
  readonly geo?: GeoIndex;
  readonly currentYear?: number;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every `*.md` in `dir` (sorted by name) as entry sources. */
export async function readEntrySources(dir: string): Promise<EntrySource[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && d.name.toLowerCase().endsWith(".md"))
    .map((d) => d.name)
    .sort();
  // Sequential sync reads beat thousands of concurrent promises for many small files.
  return names.map((name) => ({
    sourcePath: relative(ROOT, join(dir, name)).split(sep).join("/"),
    bytes: readFileSync(join(dir, name)),
  }));
}

/** Runs load, validate and enrich over `sources`, collecting every problem. */
export function buildDatasetFromSources(sources: readonly EntrySource[], options: BuildOptions = {}): BuildResult {
  const geo = options.geo ?? nrwGeoIndex();
  const currentYear = options.currentYear ?? new Date().getFullYear();
  const sectorVocabulary = sectors();
  const sectorOrder = sectorVocabulary.map((s) => s.slug);
  const problems: Problem[] = [];
  const valid: { entry: LoadedEntry; raw: Readonly<RawEntry> }[] = [];
  const seenSlugs = new Map<string, string>();

  for (const source of sources) {
    const fileName = source.sourcePath.split("/").pop() ?? source.sourcePath;
    const slug = fileName.replace(/\.md$/i, "");
    const slugProblems: Problem[] = [];
    if (!SLUG_PATTERN.test(slug)) {
      slugProblems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Der Dateiname „${fileName}“ taugt nicht als Adresse: Erlaubt sind nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, Endung „.md“. Benennen Sie die Datei um, z. B. in „${suggestSlug(slug)}.md“.`,
      });
    }
    // Checkouts on macOS and Windows ignore case, so "Foo.md" and "foo.md" would overwrite each other.
    const slugKey = slug.toLowerCase().normalize("NFC");
    const previous = seenSlugs.get(slugKey);
    if (previous) {
      slugProblems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Der Kurzname „${slug}“ ist schon durch „${previous}“ vergeben; zwei Netzwerke bekämen dieselbe Adresse /netzwerke/${slugKey}/. Benennen Sie eine der Dateien um.`,
      });
    } else {
      seenSlugs.set(slugKey, source.sourcePath);
    }

    try {
      const loaded = loadEntry(source.sourcePath, slug, source.bytes);
      if (!loaded.ok) {
        problems.push(...slugProblems, ...loaded.problems);
        continue;
      }
      const validation = validateEntry(loaded.entry, geo, { currentYear });
      if (!validation.ok || slugProblems.length > 0) {
        problems.push(...slugProblems, ...(validation.ok ? [] : validation.problems));
        continue;
      }
      valid.push({ entry: loaded.entry, raw: validation.raw });
    } catch (error) {
      // A bug of ours must not hide the other files' problems; name the file and keep going.
      problems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Interner Fehler beim Prüfen dieser Datei (${error instanceof Error ? error.message : String(error)}). Bitte melden Sie das dem Projektteam.`,
      });
    }
  }

  const networks: Network[] = valid
    .map(({ entry, raw }) => enrichEntry(entry, raw, geo, sectorOrder))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  return {
    dataset: Object.freeze({
      networks: Object.freeze(networks),
      challenges: Object.freeze(challenges()),
      sectors: Object.freeze(sectorVocabulary),
    }),
    problems: problems.sort(compareProblems),
    fileCount: sources.length,
  };
}

/** Reads and builds the dataset from a directory of entries (default: content/networks). */
export async function buildDataset(dir: string, options: BuildOptions = {}): Promise<BuildResult> {
  return buildDatasetFromSources(await readEntrySources(dir), options);
}

function suggestSlug(name: string): string {
  return slugify(name) || "mein-netzwerk";
}
