/**
 * The parameters of `/embed/` – the one place that names and documents them. Read by the parser
 * (embed-params.ts), the builder `/einbetten/` and its parameter table, and embed.js (which maps
 * `data-` attributes to them). Names of the map's own filters are those of `/karte/`
 * (url-state.ts `URL_PARAMS`; a unit test keeps them equal). Data only, so the partners' embed.js
 * stays small, and bundles that do not read the texts leave them out.
 */

import { NETWORK_SLUG_MAX_LENGTH } from "../site/slug.ts";

/** The filters an embed can lock (`fix=`), by parameter name. */
export const FIXABLE_PARAMS = Object.freeze(["thema", "bezirk", "kreis", "kmu", "status", "suche"] as const);

export type FixableParam = (typeof FIXABLE_PARAMS)[number];

/** Every parameter name of `/embed/`. */
export type EmbedParamName = FixableParam | "netzwerk" | "nahe" | "ansicht" | "fix" | "filter" | "liste" | "hoehe" | "id";

/** One parameter: name, what it takes, what it does (German, shown on /einbetten/ and in the README). */
export interface EmbedParameter {
  readonly name: EmbedParamName;
  /** Allowed values, e.g. "Kurznamen der Themen, durch Komma getrennt". */
  readonly values: string;
  /** What the parameter does. */
  readonly description: string;
  /** The value used when the parameter is missing, in words. */
  readonly defaultText: string;
  /** An example value. */
  readonly example: string;
  /** Longer values are ignored (`suche` is shortened instead). */
  readonly maxLength: number;
  /** Only `/embed/` knows it; the others work on `/karte/` too. */
  readonly embedOnly: boolean;
  /** The `data-` attribute of the script snippet (`data-thema` …); undefined where embed.js sets it itself. */
  readonly dataAttribute?: string;
}

/**
 * The longest value each parameter accepts (`suche` is shortened instead), in the canonical order of
 * serialised URLs: all `/embed/` itself needs of the specification. The texts below are for the
 * builder, its table and the README, so they stay out of the embed page's bundle.
 */
export const EMBED_PARAM_MAX_LENGTHS = Object.freeze({
  thema: 400,
  bezirk: 60,
  kreis: 60,
  kmu: 10,
  status: 100,
  suche: 100,
  netzwerk: NETWORK_SLUG_MAX_LENGTH,
  nahe: 8,
  ansicht: 40,
  fix: 60,
  filter: 10,
  liste: 10,
  // "2000px": the parser accepts a px suffix, so the longest allowed height needs six characters.
  hoehe: 6,
  id: 64,
} satisfies Record<EmbedParamName, number>);

/** The specification, in the canonical order (that of {@link EMBED_PARAM_MAX_LENGTHS}). */
export const EMBED_PARAMETERS: readonly EmbedParameter[] = /* @__PURE__ */ withMaxLengths([
  { name: "thema", values: "Kurznamen der Themen, durch Komma getrennt", description: "Zeigt Netzwerke, die an mindestens einem dieser Themen arbeiten.", defaultText: "alle Themen", example: "quartier,bildung", embedOnly: false, dataAttribute: "data-thema" },
  { name: "bezirk", values: "Kurzname eines Regierungsbezirks", description: "Zeigt Netzwerke in diesem Regierungsbezirk und stellt die Karte auf ihn ein.", defaultText: "ganz NRW", example: "regierungsbezirk-detmold", embedOnly: false, dataAttribute: "data-bezirk" },
  { name: "kreis", values: "Kurzname eines Kreises oder einer kreisfreien Stadt", description: "Zeigt Netzwerke in diesem Kreis und stellt die Karte auf ihn ein.", defaultText: "ganz NRW", example: "kreis-lippe", embedOnly: false, dataAttribute: "data-kreis" },
  { name: "kmu", values: "ja oder nein", description: "ja: nur Netzwerke mit Partnern aus kleinen und mittleren Unternehmen.", defaultText: "nein", example: "ja", embedOnly: false, dataAttribute: "data-kmu" },
  { name: "status", values: "in-gruendung, aktiv, abgeschlossen, durch Komma getrennt", description: "Zeigt Netzwerke mit diesem Status.", defaultText: "jeder Status", example: "aktiv", embedOnly: false, dataAttribute: "data-status" },
  { name: "suche", values: "Suchtext, höchstens 100 Zeichen", description: "Zeigt Netzwerke, deren Titel, Beschreibung oder Partner alle Suchwörter enthalten.", defaultText: "keine Suche", example: "Pflege", embedOnly: false, dataAttribute: "data-suche" },
  { name: "netzwerk", values: "Kurzname eines Netzwerks", description: "Öffnet dieses Netzwerk auf der Karte.", defaultText: "keins", example: "pflegebuendnis-lippe", embedOnly: false, dataAttribute: "data-netzwerk" },
  { name: "nahe", values: "achtstelliger Gemeindeschlüssel", description: "Sortiert die Liste nach der Entfernung zu dieser Gemeinde („In meiner Nähe“).", defaultText: "keine", example: "05766020", embedOnly: false, dataAttribute: "data-nahe" },
  { name: "ansicht", values: "zoom/breite/länge wie auf /karte/ (oder breite,länge,zoom)", description: "Anfangsausschnitt der Karte. Ohne Angabe zeigt die Karte den Kreis oder Regierungsbezirk, sonst ganz NRW.", defaultText: "automatisch", example: "10/51.9400/8.8800", embedOnly: false, dataAttribute: "data-ansicht" },
  { name: "fix", values: "thema, bezirk, kreis, kmu, status, suche (durch Komma getrennt) oder alle", description: "Legt diese Filter mit ihren Werten fest: Besucherinnen und Besucher können sie nicht ändern, die Karte nennt sie („Diese Karte zeigt nur …“).", defaultText: "nichts festgelegt", example: "thema,kreis", embedOnly: true, dataAttribute: "data-fix" },
  { name: "filter", values: "an oder aus", description: "aus: keine Filter für Besucher; alle angegebenen Filter gelten fest.", defaultText: "an", example: "aus", embedOnly: true, dataAttribute: "data-filter" },
  { name: "liste", values: "an oder aus", description: "aus: nur die Karte, ohne die Liste der Netzwerke darunter.", defaultText: "an", example: "aus", embedOnly: true, dataAttribute: "data-liste" },
  { name: "hoehe", values: "Pixel, 200 bis 2000", description: "Höhe der Karte.", defaultText: "480", example: "600", embedOnly: true, dataAttribute: "data-hoehe" },
  { name: "id", values: "Buchstaben, Ziffern, - und _, höchstens 64 Zeichen", description: "Kennung des Rahmens; setzt embed.js selbst, damit es Höhenmeldungen zuordnen kann.", defaultText: "keine", example: "gemeinsam-wirken-karte-1", embedOnly: true },
]);

/** The entries with their {@link EMBED_PARAM_MAX_LENGTHS}. */
function withMaxLengths(parameters: readonly Omit<EmbedParameter, "maxLength">[]): readonly EmbedParameter[] {
  return Object.freeze(parameters.map((p) => ({ ...p, maxLength: EMBED_PARAM_MAX_LENGTHS[p.name] })));
}

/** Height of the map in pixels when `hoehe` is missing, and the range it may take. */
export const DEFAULT_MAP_HEIGHT = 480;
export const MAP_HEIGHT_RANGE = Object.freeze({ min: 200, max: 2000 });
