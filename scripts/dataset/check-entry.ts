/**
 * Checks beyond the schema: that places exist in NRW and fit together, that years make sense, that a
 * description is there. Each check only looks at fields whose type is already right, so a file with
 * schema errors still gets every other problem reported in the same run.
 */
import type { FieldPath, LoadedEntry } from "./load-entry.ts";
import type { Problem } from "./problem.ts";
import type { GeoIndex } from "./geo-index.ts";
import { capitalize, describeField, inField, truncate } from "./describe-field.ts";
import { findBadCharacter } from "./source-text.ts";

export interface CheckOptions {
  /** Years after this are "in the future"; passed in so tests do not depend on the clock. */
  readonly currentYear: number;
}

/** All content problems of an entry that the schema cannot express. */
export function checkEntry(entry: LoadedEntry, geo: GeoIndex, options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const data = entry.data;
  const report = (path: FieldPath, message: string, anchor: "key" | "value" = "value") =>
    problems.push(entry.problemAt(path, message, anchor));

  let gemeindeAgs: string | undefined;
  if (typeof data.municipality === "string" && data.municipality.trim().length >= 2) {
    const input = data.municipality;
    const gemeinde = geo.findGemeinde(input);
    if (gemeinde) gemeindeAgs = gemeinde.ags;
    else report(["municipality"], unknownMunicipality(input, geo));
  }

  const coordinates = data.coordinates as { lat?: unknown; lon?: unknown } | undefined;
  if (coordinates && typeof coordinates.lat === "number" && typeof coordinates.lon === "number") {
    const { lat, lon } = coordinates;
    if (!geo.isPointInNrw([lon, lat])) {
      const swapped = geo.isPointInNrw([lat, lon]);
      report(
        ["coordinates"],
        swapped
          ? `„coordinates“ (Koordinaten) liegen nicht in NRW – Breiten- und Längengrad scheinen vertauscht. Schreiben Sie „lat: ${lon}“ und „lon: ${lat}“.`
          : `„coordinates“ (Koordinaten) lat ${lat}, lon ${lon} liegen nicht in Nordrhein-Westfalen (dort ist lat etwa 50,3 bis 52,5 und lon etwa 5,9 bis 9,5). Prüfen Sie die Werte oder lassen Sie „coordinates“ weg.`,
        "key",
      );
    } else if (gemeindeAgs && !geo.isPointInGemeinde([lon, lat], gemeindeAgs)) {
      const actual = geo.findGemeindeAt([lon, lat]);
      const named = geo.gemeindeByAgs(gemeindeAgs)?.name ?? String(data.municipality);
      report(
        ["coordinates"],
        `„coordinates“ (Koordinaten) liegen nicht in ${named}${actual ? `, sondern in ${actual.name}` : ""}. Korrigieren Sie die Koordinaten oder „municipality“${actual ? ` (z. B. „municipality: ${actual.name}“)` : ""}.`,
        "key",
      );
    }
  }

  if (Array.isArray(data.area)) {
    data.area.forEach((item, index) => {
      if (typeof item !== "string" || item.trim().length < 2) return;
      if (geo.findArea(item)) return;
      const suggestions = geo.suggestAreas(item);
      report(
        ["area", index],
        `Unbekanntes Gebiet „${truncate(item)}“ im ${index + 1}. Eintrag von „area“ (Weiteres Wirkungsgebiet).${
          suggestions.length ? ` Meinten Sie ${orList(suggestions)}?` : ""
        } Erlaubt sind Gemeinden, Kreise („Kreis Lippe“, „Hochsauerlandkreis“) und Regierungsbezirke („Regierungsbezirk Detmold“) in NRW, mit Namen oder Amtlichem Gemeindeschlüssel.`,
      );
    });
  }

  const { founded, ended } = data;
  if (Number.isInteger(founded) && (founded as number) > options.currentYear + 1) {
    report(["founded"], `„founded“ (Gründungsjahr) ${String(founded)} liegt in der Zukunft. Tragen Sie das Jahr ein, in dem die Zusammenarbeit begonnen hat (oder begonnen haben wird, höchstens ${options.currentYear + 1}).`);
  }
  if (Number.isInteger(founded) && Number.isInteger(ended) && (ended as number) < (founded as number)) {
    report(["ended"], `„ended“ (Endjahr) ${String(ended)} liegt vor „founded“ (Gründungsjahr) ${String(founded)}. Prüfen Sie beide Jahreszahlen.`);
  }
  if (Number.isInteger(ended) && (ended as number) > options.currentYear) {
    report(["ended"], `„ended“ (Endjahr) ${String(ended)} liegt in der Zukunft. Tragen Sie das Endjahr erst ein, wenn die Zusammenarbeit beendet ist.`);
  }

  // The schema has checked the form JJJJ-MM-TT; a year ahead is a typo (2062 for 2026), and the
  // entry would sit on top of every "newest" list for decades.
  const { added } = data;
  if (typeof added === "string" && /^\d{4}-/.test(added) && Number(added.slice(0, 4)) > options.currentYear) {
    report(["added"], `„added“ (Aufgenommen am) ${added} liegt in der Zukunft. Tragen Sie das Datum ein, an dem das Netzwerk in die Karte aufgenommen wurde – bei einem neuen Eintrag das heutige.`);
  }

  for (const [path, text] of stringsIn(data, [])) {
    const fault = findBadCharacter(text);
    if (fault) report(path, `${capitalize(inField(path))} steht ${fault.description}`);
    // "   " passes every length limit but shows nothing: an empty heading, a link without a name.
    else if (text !== "" && !VISIBLE_CHARACTER.test(text)) report(path, `${capitalize(describeField(path))} besteht nur aus Leerzeichen oder unsichtbaren Zeichen. Tragen Sie einen lesbaren Text ein (ein freiwilliges Feld können Sie auch weglassen).`);
  }
  const bodyLines = entry.body.split("\n");
  for (const [index, line] of bodyLines.entries()) {
    const fault = findBadCharacter(line);
    if (!fault) continue;
    problems.push({
      file: entry.sourcePath,
      line: entry.bodyLine + index,
      column: fault.index + 1,
      message: `In der Beschreibung steht ${fault.description}`,
    });
    break;
  }

  // Every page, feed and the search index carry the whole description: a book-length one (or a
  // stranger's 30 MB) would make them all that heavy and could exhaust the build's memory.
  if (entry.body.length > MAX_BODY_LENGTH) {
    const linesBefore = entry.body.slice(0, MAX_BODY_LENGTH).split("\n").length - 1;
    problems.push({
      file: entry.sourcePath,
      line: entry.bodyLine + linesBefore,
      column: 1,
      message: `Die Beschreibung ist zu lang: ${entry.body.length.toLocaleString("de-DE")} Zeichen, erlaubt sind höchstens ${MAX_BODY_LENGTH.toLocaleString("de-DE")} (in dieser Zeile ist die Grenze erreicht). Kürzen Sie sie; ausführliche Berichte verlinken Sie besser, z. B. als [Jahresbericht](https://…).`,
    });
  }

  if (!VISIBLE_CHARACTER.test(entry.body)) {
    problems.push({
      file: entry.sourcePath,
      line: entry.bodyLine,
      column: 1,
      message:
        "Die Beschreibung fehlt: Schreiben Sie unter die zweite Zeile „---“ in ein paar Absätzen, wie die Partner zusammenarbeiten, was sie erreicht haben und was andere daraus lernen können.",
    });
  }
  return problems;
}

/** The longest description, in characters: some twenty printed pages, more than ten times the longest example. */
export const MAX_BODY_LENGTH = 50_000;

/** Anything but white space, line and paragraph separators, control and format characters (U+200B, U+00AD, …). */
const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

/** Every text in a front matter value, with its path. */
function* stringsIn(value: unknown, path: FieldPath): Generator<[FieldPath, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

function unknownMunicipality(input: string, geo: GeoIndex): string {
  const trimmed = input.trim();
  if (/^\d{8}$/.test(trimmed)) {
    return trimmed.startsWith("05")
      ? `„municipality“ (Gemeinde): Den Amtlichen Gemeindeschlüssel „${trimmed}“ gibt es in NRW nicht. Prüfen Sie die Ziffern oder schreiben Sie den Namen der Gemeinde.`
      : `„municipality“ (Gemeinde): Der Amtliche Gemeindeschlüssel „${trimmed}“ liegt nicht in NRW (NRW-Schlüssel beginnen mit 05). Die Karte zeigt nur Netzwerke in Nordrhein-Westfalen.`;
  }
  if (/^\d+$/.test(trimmed)) {
    return `„municipality“ (Gemeinde): „${trimmed}“ ist kein Amtlicher Gemeindeschlüssel (der hat 8 Ziffern, z. B. 05117000). Schreiben Sie am einfachsten den Namen der Gemeinde.`;
  }
  const suggestions = geo.suggestGemeinden(trimmed);
  return `Unbekannte Gemeinde „${truncate(trimmed)}“ in „municipality“.${
    suggestions.length ? ` Meinten Sie ${orList(suggestions)}?` : " Tragen Sie eine Stadt oder Gemeinde in NRW ein, z. B. „municipality: Mülheim an der Ruhr“."
  }`;
}

function orList(items: readonly string[]): string {
  const quoted = items.map((s) => `„${s}“`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} oder ${quoted[quoted.length - 1]}`;
}
