/**
 * The offline autocomplete of "In meiner Nähe": finds Gemeinden of the compact gazetteer
 * (`/daten/gemeinden-suche.json`) by what the visitor types. DOM-free.
 */
import type { GemeindeSearchRow } from "./map-config.ts";
import type { LonLat } from "./distance.ts";
import { normalizeSearchText } from "./search-text.ts";

/** A Gemeinde as the autocomplete offers it. */
export interface GemeindeOption {
  readonly ags: string;
  readonly name: string;
  readonly kreis: string;
  readonly point: LonLat;
  /** What the visitor sees and picks: "Hennef (Sieg) – Rhein-Sieg-Kreis". */
  readonly label: string;
  /** Normalised name, for matching. */
  readonly key: string;
}

/** Turns the file's rows into options (once, after loading). */
export function toGemeindeOptions(rows: readonly GemeindeSearchRow[]): GemeindeOption[] {
  return rows.map(([name, ags, lon, lat, kreis]) => ({
    ags,
    name,
    kreis,
    point: [lon, lat] as const,
    label: kreis && kreis !== name ? `${name} – ${kreis}` : name,
    key: normalizeSearchText(name),
  }));
}

/**
 * Up to `limit` Gemeinden for `query`: names starting with it first, then names with a word
 * starting with it, then names containing it; alphabetical within each group (input order).
 * @example findGemeinden(options, "mülh").map((g) => g.name) // ["Mülheim an der Ruhr"]
 */
export function findGemeinden(options: readonly GemeindeOption[], query: string, limit = 8): GemeindeOption[] {
  const q = normalizeSearchText(query);
  if (q === "") return [];
  const ranked: [GemeindeOption[], GemeindeOption[], GemeindeOption[]] = [[], [], []];
  for (const option of options) {
    if (option.key.startsWith(q)) ranked[0].push(option);
    else if (option.key.includes(` ${q}`)) ranked[1].push(option);
    else if (option.key.includes(q)) ranked[2].push(option);
  }
  return ranked.flat().slice(0, limit);
}

/**
 * The Gemeinde the visitor meant by `input`: an exact label or name, else the best match of
 * {@link findGemeinden}; undefined when nothing matches.
 */
export function resolveGemeinde(options: readonly GemeindeOption[], input: string): GemeindeOption | undefined {
  const trimmed = input.trim();
  const exact = options.find((o) => o.label === trimmed) ?? options.find((o) => o.key === normalizeSearchText(trimmed));
  return exact ?? findGemeinden(options, trimmed, 1)[0];
}
