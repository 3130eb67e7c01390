/**
 * `/daten/netzwerke.csv`: one row per network for spreadsheets, RFC 4180 (comma, double quotes,
 * CRLF), UTF-8 without BOM. The column list is the single description of the file: the /daten/
 * page renders it, so documentation and file cannot drift apart.
 */
import { stringify } from "csv-stringify/sync";
import type { Dataset, Network } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";
import { conditionRatingTerms } from "../dataset/vocabularies.ts";
import { schemaAt } from "../dataset/schema.ts";
import { backboneTitle, collectiveImpactRows, type ConditionKey } from "./filters.ts";

export interface CsvColumn {
  readonly key: string;
  readonly description: string;
  readonly value: (network: Network, context: CsvContext) => string | number;
}

interface CsvContext {
  readonly baseUrl: string;
}

const list = (values: readonly string[]) => values.join("; ");

/** The columns of netzwerke.csv in file order. */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  { key: "kurzname", description: "Kurzname des Eintrags (Dateiname ohne .md); eindeutig.", value: (n) => n.slug },
  { key: "url", description: "Adresse der Netzwerkseite.", value: (n, c) => `${c.baseUrl}${networkUrl(n.slug)}` },
  { key: "name", description: "Name des Netzwerks.", value: (n) => n.title },
  { key: "kurzbeschreibung", description: "Kurzbeschreibung in ein bis zwei Sätzen.", value: (n) => n.summary },
  { key: "herausforderungen", description: "Kurznamen der Themen, getrennt durch „; “; das erste ist das Hauptthema (Farbe auf der Karte).", value: (n) => list(n.challenges) },
  { key: "gemeinde", description: "Gemeinde, in der das Netzwerk seinen Sitz hat.", value: (n) => n.gemeinde.name },
  { key: "gemeinde_ags", description: "Amtlicher Gemeindeschlüssel (8 Stellen) der Gemeinde.", value: (n) => n.gemeinde.ags },
  { key: "kreis", description: "Kreis oder kreisfreie Stadt.", value: (n) => n.kreis.name },
  { key: "kreis_ags", description: "Schlüssel (5 Stellen) des Kreises oder der kreisfreien Stadt.", value: (n) => n.kreis.ags },
  { key: "regierungsbezirk", description: "Regierungsbezirk.", value: (n) => n.regierungsbezirk.name },
  { key: "laengengrad", description: "Längengrad des Standorts (WGS84, Dezimalgrad, Punkt als Dezimaltrennzeichen).", value: (n) => n.point[0] },
  { key: "breitengrad", description: "Breitengrad des Standorts (WGS84, Dezimalgrad).", value: (n) => n.point[1] },
  { key: "standort_quelle", description: "„koordinaten“, wenn der Eintrag den Ort angibt, sonst „gemeinde“ (ein Punkt in der Gemeinde).", value: (n) => (n.pointSource === "coordinates" ? "koordinaten" : "gemeinde") },
  { key: "wirkungsgebiet", description: "Weitere Gemeinden, Kreise oder Regierungsbezirke, getrennt durch „; “.", value: (n) => list(n.area.map((a) => a.name)) },
  { key: "stand", description: "Status: in-gruendung, aktiv oder abgeschlossen.", value: (n) => n.status },
  { key: "gruendungsjahr", description: "Jahr, in dem die Zusammenarbeit begann.", value: (n) => n.founded },
  { key: "endjahr", description: "Jahr, in dem die Zusammenarbeit endete (nur bei abgeschlossenen Netzwerken).", value: (n) => n.ended ?? "" },
  { key: "partner", description: "Namen aller Partner, getrennt durch „; “.", value: (n) => list(n.partners.map((p) => p.name)) },
  { key: "partner_anzahl", description: "Anzahl der Partner.", value: (n) => n.partners.length },
  { key: "sektoren", description: "Kurznamen der vertretenen Sektoren, getrennt durch „; “.", value: (n) => list(n.sectors) },
  { key: "kmu_anzahl", description: "Anzahl der Partner, die als kleine oder mittlere Unternehmen (KMU) gekennzeichnet sind.", value: (n) => n.partners.filter((p) => p.size === "kmu").length },
  { key: "wirkungstreppe", description: "Erreichte Stufe der Wirkungstreppe (1–7), leer ohne Angabe.", value: (n) => n.impact?.level ?? "" },
  { key: "website", description: "Website des Netzwerks.", value: (n) => n.contact?.website ?? "" },
  { key: "email", description: "E-Mail-Adresse für Anfragen.", value: (n) => n.contact?.email ?? "" },
  { key: "aufgenommen_am", description: "Datum, an dem das Netzwerk in die Karte aufgenommen wurde (JJJJ-MM-TT).", value: (n) => n.added ?? "" },
  { key: "stand_der_angaben", description: "Datum der letzten Prüfung der Angaben (JJJJ-MM-TT).", value: (n) => n.reviewed ?? "" },
  { key: "beispiel", description: "„ja“ bei erfundenen Beispieleinträgen, sonst „nein“.", value: (n) => (n.example ? "ja" : "nein") },
  // After all older columns, so programs that count columns keep reading the file as before.
  ...collectiveImpactColumns(),
];

/**
 * The Collective Impact self-assessment (as on /lernen/): one column per rated condition, then the
 * backbone. Descriptions come from the schema; the column names are fixed here, because renaming
 * a column breaks the programs that read the file.
 */
function collectiveImpactColumns(): CsvColumn[] {
  const names: Record<ConditionKey, string> = {
    common_agenda: "ci_gemeinsame_agenda",
    shared_measurement: "ci_gemeinsame_erfolgsmessung",
    mutually_reinforcing_activities: "ci_verstaerkende_aktivitaeten",
    continuous_communication: "ci_kontinuierliche_kommunikation",
  };
  const ratings = conditionRatingTerms().map((term) => term.slug).join(", ");
  const backboneDescription = schemaAt(["collective_impact", "backbone_organisation"])?.description ?? "";
  return [
    ...collectiveImpactRows(undefined).map(({ key, title }): CsvColumn => ({
      key: names[key],
      description: `Selbsteinschätzung der Collective-Impact-Bedingung „${title}“: ${ratings}; leer ohne Angabe.`,
      value: (n) => n.collectiveImpact?.[key]?.rating ?? "",
    })),
    {
      key: "ci_koordinierende_organisation",
      description: `${backboneTitle()}: ${backboneDescription} Leer ohne Angabe.`,
      value: (n) => n.collectiveImpact?.backbone_organisation ?? "",
    },
  ];
}

/**
 * Spreadsheet programs run a cell that starts with =, +, - or @ as a formula. A leading apostrophe
 * keeps such text as text (OWASP "CSV injection"); numbers are not affected.
 */
function neutralizeFormula(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Serializes the dataset as CSV.
 *
 * @param dataset the validated dataset
 * @param baseUrl canonical site address without trailing slash, for the url column
 * @returns the file's text: header row plus one row per network, CRLF line endings
 */
export function serializeNetworksCsv(dataset: Dataset, baseUrl: string): string {
  const context = { baseUrl };
  const rows = dataset.networks.map((n) => CSV_COLUMNS.map((column) => neutralizeFormula(column.value(n, context))));
  return stringify([CSV_COLUMNS.map((c) => c.key), ...rows], { record_delimiter: "\r\n"});
}
