/**
 * The whole data pipeline in one call: list entry files → load → validate → enrich → one sorted,
 * frozen `Dataset`, plus every problem of every file. Used by `validate`, `build`, `serve` and the
 * benchmark; it never throws for bad content and never writes anything.
 */
import { readFileSync, type Dirent } from "node:fs";
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
import { isSlug, NETWORK_SLUG_MAX_LENGTH, shortenSlug } from "../../assets/site/slug.ts";

/** A file to read: its path for messages and its bytes. */
export interface EntrySource {
  readonly sourcePath: string;
  readonly bytes: Uint8Array;
  /**
   * Set for a name among the entries that cannot be one (a link, a folder, another file type): why,
   * in German. Such a source is reported, never read – a link could point anywhere on the machine.
   */
  readonly notAnEntry?: string;
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

const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/**
 * Reads every `*.md` file in `dir` (sorted by name) as entry sources. Everything else that is not
 * hidden (a name starting with „.“, such as an editor's swap file) becomes a source marked
 * {@link EntrySource.notAnEntry}: skipping it silently would let an entry saved as „netz.markdown“
 * or committed as a link pass every check and never appear on the map.
 */
export async function readEntrySources(dir: string): Promise<EntrySource[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => !d.name.startsWith(".") || (d.isFile() && isMarkdownName(d.name)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Sequential sync reads beat thousands of concurrent promises for many small files.
  return entries.map((d) => {
    const sourcePath = relative(ROOT, join(dir, d.name)).split(sep).join("/");
    const notAnEntry = whyNotAnEntry(d);
    return notAnEntry ? { sourcePath, bytes: new Uint8Array(), notAnEntry } : { sourcePath, bytes: readFileSync(join(dir, d.name)) };
  });
}

function isMarkdownName(name: string): boolean {
  return name.toLowerCase().endsWith(".md");
}

function whyNotAnEntry(d: Dirent): string | undefined {
  if (d.isFile() && isMarkdownName(d.name)) return undefined;
  if (d.isSymbolicLink()) {
    return `„${d.name}“ ist ein symbolischer Link, keine Datei; er wird nicht gelesen. Legen Sie die Netzwerk-Datei selbst in den Ordner content/networks/.`;
  }
  if (d.isDirectory()) {
    return `„${d.name}“ ist ein Ordner. Netzwerk-Dateien liegen direkt in content/networks/, je Netzwerk eine Datei „<kurzname>.md“.`;
  }
  const stem = d.name.replace(/\.[^.]*$/, "");
  return `„${d.name}“ ist keine Netzwerk-Datei und wird nicht gelesen: Netzwerk-Dateien enden auf „.md“. Benennen Sie die Datei um (z. B. in „${suggestSlug(stem)}.md“) oder entfernen Sie sie.`;
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
    if (source.notAnEntry) {
      problems.push({ file: source.sourcePath, line: 1, column: 1, message: source.notAnEntry });
      continue;
    }
    const fileName = source.sourcePath.split("/").pop() ?? source.sourcePath;
    const slug = fileName.replace(/\.md$/i, "");
    const slugProblems: Problem[] = [];
    if (!isSlug(slug)) {
      slugProblems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Der Dateiname „${fileName}“ taugt nicht als Adresse: Erlaubt sind nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, Endung „.md“. Benennen Sie die Datei um, z. B. in „${suggestSlug(slug)}.md“.`,
      });
    } else if (slug.length > NETWORK_SLUG_MAX_LENGTH) {
      // Embeds and map addresses accept no longer `netzwerk` value: the network could not be chosen there.
      slugProblems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Der Dateiname „${fileName}“ ist zu lang: Der Kurzname vor „.md“ hat ${slug.length} Zeichen, erlaubt sind höchstens ${NETWORK_SLUG_MAX_LENGTH}, sonst lässt sich das Netzwerk in eingebetteten Karten nicht auswählen. Benennen Sie die Datei um, z. B. in „${suggestSlug(slug)}.md“.`,
      });
    }
    // Windows reserves these names whatever the extension: "con.md" and the page folder
    // netzwerke/con/ could not be checked out or built there.
    if (WINDOWS_DEVICE_NAME.test(slug)) {
      slugProblems.push({
        file: source.sourcePath,
        line: 1,
        column: 1,
        message: `Der Kurzname „${slug}“ ist unter Windows ein reservierter Gerätename; dort ließe sich die Datei nicht auschecken. Benennen Sie die Datei um, z. B. in „${slug}-netzwerk.md“.`,
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
  return shortenSlug(slugify(name), NETWORK_SLUG_MAX_LENGTH) || "mein-netzwerk";
}
