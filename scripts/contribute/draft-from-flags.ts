/**
 * `npm run new -- --title … --partner "Name|sektor|größe|rolle" …`: the scaffolder without
 * questions, for scripts and tests. Every problem is reported at once, as in `npm run validate`.
 */
import { parseArgs } from "node:util";
import type { EntryDraft } from "./entry-document.ts";
import type { Partner, RawEntry } from "../dataset/raw-entry.generated.ts";

export const FLAG_OPTIONS = {
  title: { type: "string" },
  summary: { type: "string" },
  challenges: { type: "string" },
  municipality: { type: "string" },
  coordinates: { type: "string" },
  area: { type: "string" },
  status: { type: "string" },
  founded: { type: "string" },
  ended: { type: "string" },
  partner: { type: "string", multiple: true },
  website: { type: "string" },
  email: { type: "string" },
  person: { type: "string" },
  added: { type: "string" },
  reviewed: { type: "string" },
  example: { type: "boolean" },
  slug: { type: "string" },
  dir: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

export type Flags = ReturnType<typeof parseFlags>;

/** Parses argv; throws (with a German message) on unknown flags. */
export function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAG_OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`Unbekannte oder unvollständige Option: ${error instanceof Error ? error.message : String(error)}. Hilfe: npm run new -- --help`);
  }
}

/** True when any field flag is given, i.e. the scaffolder should not ask questions. */
export function hasFieldFlags(flags: Flags): boolean {
  return Object.keys(flags).some((key) => !["dir", "slug", "help"].includes(key));
}

const list = (value: string | undefined) => value?.split(",").map((s) => s.trim()).filter(Boolean);
const number = (value: string | undefined) => (value === undefined ? undefined : /^\d+$/.test(value.trim()) ? Number(value) : (value as unknown as number));

/** Builds a draft from flags; values are left as given so the checks can explain what is wrong. */
export function draftFromFlags(flags: Flags): EntryDraft {
  const partners = flags.partner?.map((spec) => {
    const [name = "", sector = "", size = "", role = ""] = spec.split("|").map((s) => s.trim());
    const partner: Partner = { name, sector: sector as Partner["sector"] };
    if (size) partner.size = size as Partner["size"];
    if (role) partner.role = role;
    return partner;
  });
  const [lat, lon] = (flags.coordinates ?? "").split(",").map((s) => Number(s.trim()));
  const contact = { website: flags.website, email: flags.email, person: flags.person };
  const draft: EntryDraft = {
    title: flags.title,
    summary: flags.summary,
    challenges: list(flags.challenges) as RawEntry["challenges"] | undefined,
    municipality: flags.municipality,
    coordinates: flags.coordinates ? { lat: lat!, lon: lon! } : undefined,
    area: list(flags.area),
    status: flags.status as RawEntry["status"] | undefined,
    founded: number(flags.founded),
    ended: number(flags.ended),
    partners,
    contact: Object.values(contact).some(Boolean) ? Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) : undefined,
    added: flags.added,
    reviewed: flags.reviewed,
    example: flags.example,
  };
  return Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as EntryDraft;
}

export const USAGE = `npm run new – ein neues Netzwerk anlegen

Ohne Optionen fragt das Programm alle Angaben nacheinander ab.
Mit Optionen läuft es ohne Fragen:

  --title "…"            Name des Netzwerks *
  --summary "…"          Kurzbeschreibung (ein, zwei Sätze) *
  --challenges a,b       Themen, z. B. bildung,quartier *
  --municipality "…"     Gemeinde in NRW oder ihr Amtlicher Gemeindeschlüssel *
  --status …             in-gruendung | aktiv | abgeschlossen *
  --founded JJJJ         Gründungsjahr *
  --ended JJJJ           Endjahr (nur bei abgeschlossen)
  --partner "Name|sektor|größe|rolle"   mindestens zweimal *; größe: kmu oder gross (nur Unternehmen)
  --coordinates "lat,lon"   --area "Kreis Lippe,Bielefeld"
  --website … --email … --person "…"   --example
  --added JJJJ-MM-TT     Aufgenommen am (Standard: heute)
  --reviewed JJJJ-MM-TT  Stand der Angaben (Standard: heute)
  --slug kurzname        Dateiname statt des aus dem Titel abgeleiteten
  --dir ordner           Zielordner (Standard: content/networks)
`;
