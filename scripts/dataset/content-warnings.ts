/**
 * Hints that do not block a build but deserve a look in review: a probable duplicate (same
 * Gemeinde, very similar title — maybe an existing entry should be updated instead), entries
 * whose `reviewed` date is more than two years old, and entries without `added`, which the
 * "newest" lists and the feed can only place after every dated entry.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { distance } from "fastest-levenshtein";
import type { Dataset, Network } from "./types.ts";
import type { Problem } from "./problem.ts";
import { slugify } from "../geo/slugify.ts";
import { ROOT } from "../paths.ts";

export interface WarningOptions {
  /** ISO date (YYYY-MM-DD) to measure staleness against; passed in so tests do not depend on the clock. */
  readonly today: string;
  /** Reads an entry's text to place the hint on the right line; defaults to the file on disk. */
  readonly readSource?: (sourcePath: string) => string;
}

/** Titles this similar (0–1, 1 = identical after normalising) in one Gemeinde count as a probable duplicate. */
const DUPLICATE_SIMILARITY = 0.8;
const STALE_AFTER_YEARS = 2;

function titleKey(title: string): string {
  // "Netzwerk", "Bündnis" and the like say little about identity; the place name is in the Gemeinde already.
  return slugify(title)
    .split("-")
    .filter((w) => !["netzwerk", "netz", "buendnis", "der", "die", "das", "fuer", "und", "in", "im", "am"].includes(w))
    .join(" ");
}

/** 1 for identical keys, 0 for nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const ka = titleKey(a);
  const kb = titleKey(b);
  const longest = Math.max(ka.length, kb.length);
  return longest === 0 ? 1 : 1 - distance(ka, kb) / longest;
}

function lineOf(text: string, key: string): number {
  const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}

/** All hints for a dataset, sorted like problems. */
export function contentWarnings(dataset: Dataset, options: WarningOptions): Problem[] {
  const read = options.readSource ?? ((path: string) => readFileSync(join(ROOT, path), "utf8"));
  const at = (network: Network, key: string, message: string): Problem => {
    let line = 1;
    try {
      line = lineOf(read(network.sourcePath).replace(/\r\n?/g, "\n"), key);
    } catch {
      // A hint without its exact line is still worth showing.
    }
    return { file: network.sourcePath, line, column: 1, message };
  };
  const warnings: Problem[] = [];

  const byGemeinde = new Map<string, Network[]>();
  for (const network of dataset.networks) {
    const list = byGemeinde.get(network.gemeinde.ags) ?? [];
    list.push(network);
    byGemeinde.set(network.gemeinde.ags, list);
  }
  for (const networks of byGemeinde.values()) {
    for (let i = 0; i < networks.length; i++) {
      for (let j = i + 1; j < networks.length; j++) {
        const [a, b] = [networks[i]!, networks[j]!];
        if (titleSimilarity(a.title, b.title) < DUPLICATE_SIMILARITY) continue;
        warnings.push(
          at(b, "title", `Hinweis: „${b.title}“ ähnelt „${a.title}“ (${a.sourcePath}) in derselben Gemeinde ${b.gemeinde.name}. Ist es dasselbe Netzwerk? Dann bitte den bestehenden Eintrag aktualisieren.`),
        );
      }
    }
  }

  const [year, month, day] = options.today.split("-").map(Number) as [number, number, number];
  const staleBefore = `${year - STALE_AFTER_YEARS}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  for (const network of dataset.networks) {
    if (network.reviewed && network.reviewed < staleBefore) {
      warnings.push(
        at(network, "reviewed", `Hinweis: Die Angaben wurden zuletzt am ${network.reviewed} geprüft, vor mehr als ${STALE_AFTER_YEARS} Jahren. Bitte prüfen und „reviewed“ auf das heutige Datum setzen.`),
      );
    }
  }
  for (const network of dataset.networks) {
    if (network.added === undefined) {
      warnings.push(
        at(network, "founded", `Hinweis: „added“ (Aufgenommen am) fehlt. Ohne dieses Datum steht das Netzwerk unter „Neueste Netzwerke“ und im Feed hinter allen datierten Einträgen. Ergänzen Sie z. B. „added: \"${options.today}\"“, wenn es neu ist.`),
      );
    }
  }
  return warnings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
