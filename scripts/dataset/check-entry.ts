/**
 * Checks beyond the schema: that places exist in NRW and fit together, that years make sense, that a
 * description is there. Each check only looks at fields whose type is already right, so a file with
 * schema errors still gets every other problem reported in the same run.
 */
import type { FieldPath, LoadedEntry } from "./load-entry.ts";
import type { Problem } from "./problem.ts";
import type { GeoIndex } from "./geo-index.ts";
import { capitalize, inField, truncate } from "./describe-field.ts";

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
    const at = CONTROL_CHARACTER.exec(text);
    if (at) report(path, `${capitalize(inField(path))} steht ein unsichtbares Steuerzeichen (${codePoint(at[0])})${where(text, at.index)}. ${CONTROL_CHARACTER_FIX}`);
  }
  const bodyLines = entry.body.split("\n");
  for (const [index, line] of bodyLines.entries()) {
    const at = CONTROL_CHARACTER.exec(line);
    if (!at) continue;
    problems.push({
      file: entry.sourcePath,
      line: entry.bodyLine + index,
      column: at.index + 1,
      message: `In der Beschreibung steht ein unsichtbares Steuerzeichen (${codePoint(at[0])})${where(line, at.index)}. ${CONTROL_CHARACTER_FIX}`,
    });
    break;
  }

  if (entry.body.trim() === "") {
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

// C0 controls but tab and line ends, DEL, C1 controls: invisible in an editor, invalid in XML and
// a parse error in HTML. They arrive by copying from word processors and PDFs.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTER_FIX = "Es kommt meist beim Kopieren aus Word oder PDF mit. Löschen Sie die Stelle und tippen Sie sie neu.";

/** Every text in a front matter value, with its path. */
function* stringsIn(value: unknown, path: FieldPath): Generator<[FieldPath, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** „ nach „Bildungsnetz““ – the words before the character, so it can be found. */
function where(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 30), index).trim();
  return before ? ` nach „${before}“` : " am Anfang";
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
