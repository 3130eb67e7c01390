/**
 * The questions of `npm run new`: one per field, worded from the schema's German titles and
 * descriptions, each answer checked at once with the rules of `npm run validate`, municipalities
 * completed and corrected from the gazetteer.
 */
import type { Prompter } from "./line-prompter.ts";
import type { EntryDraft } from "./entry-document.ts";
import { problemsFor } from "./check-draft.ts";
import { schemaAt } from "../dataset/schema.ts";
import { challenges, sectors, statusTerms } from "../dataset/vocabularies.ts";
import { loadGazetteer } from "../geo/gazetteer.ts";
import type { Partner, RawEntry } from "../dataset/raw-entry.generated.ts";
import type { VocabularyTerm } from "../dataset/types.ts";

const YES = /^(j|ja|y|yes)$/i;

function label(path: (string | number)[], required: boolean): string {
  const node = schemaAt(path);
  return `${node?.title ?? path.join(".")}${required ? " *" : ""}`;
}

function hint(path: (string | number)[]): string {
  const description = schemaAt(path)?.description;
  return description ? `  ${description}` : "";
}

/** Asks until the answer passes the field's checks; `parse` turns text into the field's value. */
async function askField<T>(
  prompter: Prompter,
  draft: EntryDraft,
  field: keyof RawEntry,
  options: { required: boolean; parse: (answer: string) => T | undefined; completions?: readonly string[]; question?: string },
): Promise<T | undefined> {
  for (;;) {
    const answer = await prompter.ask(`${options.question ?? label([field], options.required)}: `, options.completions);
    if (answer === "") {
      if (!options.required) return undefined;
      prompter.say("  Dieses Feld ist Pflicht.");
      continue;
    }
    const value = options.parse(answer);
    if (value === undefined) continue;
    const problems = problemsFor({ ...draft, [field]: value }, field);
    if (problems.length === 0) return value;
    for (const message of problems) prompter.say(`  ${message}`);
  }
}

/** Lists a vocabulary with numbers, so people can answer "1, 3" or with the short names. */
function listTerms(prompter: Prompter, terms: readonly VocabularyTerm[]): void {
  terms.forEach((t, i) => prompter.say(`  ${String(i + 1).padStart(2)}  ${t.slug} – ${t.label}`));
}

/** Maps "1, 3" or "bildung, quartier" (or a mix) to slugs; unknown words are kept for the checks to explain. */
export function pickTerms(answer: string, terms: readonly VocabularyTerm[]): string[] {
  return answer
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? (terms[Number(word) - 1]?.slug ?? word) : word.toLowerCase()));
}

async function askMunicipality(prompter: Prompter, draft: EntryDraft): Promise<string> {
  const gazetteer = loadGazetteer();
  const names = gazetteer.gemeinden.map((g) => g.name);
  prompter.say(hint(["municipality"]) + " (Tab ergänzt Namen)");
  for (;;) {
    const answer = await prompter.ask(`${label(["municipality"], true)}: `, names);
    if (answer === "") {
      prompter.say("  Dieses Feld ist Pflicht.");
      continue;
    }
    const found = gazetteer.findGemeinde(answer);
    if (found) {
      if (found.name !== answer && !/^\d/.test(answer)) prompter.say(`  → ${found.name}`);
      return /^\d/.test(answer) ? found.ags : found.name;
    }
    const suggestions = gazetteer.suggestGemeinden(answer);
    if (suggestions.length > 0) {
      const confirm = await prompter.ask(`  Unbekannte Gemeinde „${answer}“. Meinten Sie „${suggestions[0]}“? [j/n] `);
      if (YES.test(confirm)) return suggestions[0]!;
      if (suggestions.length > 1) prompter.say(`  Weitere Vorschläge: ${suggestions.slice(1).join(", ")}`);
    } else {
      for (const message of problemsFor({ ...draft, municipality: answer }, "municipality")) prompter.say(`  ${message}`);
    }
  }
}

async function askPartners(prompter: Prompter, draft: EntryDraft): Promise<Partner[]> {
  const sectorTerms = sectors();
  const partners: Partner[] = [];
  prompter.say(label(["partners"], true));
  prompter.say(hint(["partners"]));
  for (let i = 0; ; i++) {
    const required = i < 2;
    const name = await prompter.ask(`  Name des ${i + 1}. Partners${required ? " *" : " (leer = fertig)"}: `);
    if (name === "") {
      if (required) {
        prompter.say("    Es braucht mindestens zwei Partner.");
        i--;
        continue;
      }
      return partners;
    }
    listTerms(prompter, sectorTerms);
    let partner: Partner | undefined;
    for (;;) {
      const [sector = ""] = pickTerms(await prompter.ask(`  Sektor von „${name}“ *: `, sectorTerms.map((s) => s.slug)), sectorTerms);
      partner = { name, sector: sector as Partner["sector"] };
      const problems = problemsFor({ ...draft, partners: [...partners, partner] }, "partners").filter((m) => !/mindestens 2/.test(m));
      if (problems.length === 0) break;
      for (const message of problems) prompter.say(`    ${message}`);
    }
    if (partner.sector === "unternehmen") {
      const size = await prompter.ask("  Größe: kmu (weniger als 250 Beschäftigte) oder gross (leer = keine Angabe): ", ["kmu", "gross"]);
      if (/^kmu$/i.test(size)) partner.size = "kmu";
      else if (/^gro(ss|ß)$/i.test(size)) partner.size = "gross";
    }
    const role = await prompter.ask("  Rolle (was der Partner beiträgt, optional): ");
    if (role) partner.role = role;
    partners.push(partner);
  }
}

/** Asks for every field of a new entry; the result passes `npm run validate` except for the description. */
export async function interviewForEntry(prompter: Prompter): Promise<EntryDraft> {
  const draft: EntryDraft = {};
  prompter.say("Neues Netzwerk eintragen. Felder mit * sind Pflicht; eine leere Eingabe überspringt ein freiwilliges Feld.\n");

  prompter.say(hint(["title"]));
  draft.title = await askField(prompter, draft, "title", { required: true, parse: (a) => a });
  prompter.say(hint(["summary"]));
  draft.summary = await askField(prompter, draft, "summary", { required: true, parse: (a) => a });

  const challengeTerms = challenges();
  prompter.say(label(["challenges"], true));
  prompter.say(hint(["challenges"]));
  listTerms(prompter, challengeTerms);
  draft.challenges = await askField(prompter, draft, "challenges", {
    required: true,
    question: "  Nummern oder Kurznamen, durch Komma getrennt",
    completions: challengeTerms.map((c) => c.slug),
    parse: (a) => pickTerms(a, challengeTerms) as RawEntry["challenges"],
  });

  draft.municipality = await askMunicipality(prompter, draft);

  const statuses = statusTerms();
  prompter.say(label(["status"], true));
  listTerms(prompter, statuses);
  draft.status = await askField(prompter, draft, "status", {
    required: true,
    question: "  Nummer oder Kurzname",
    completions: statuses.map((s) => s.slug),
    parse: (a) => pickTerms(a, statuses)[0] as RawEntry["status"],
  });

  const year = (a: string) => (/^\d+$/.test(a) ? Number(a) : (a as unknown as number));
  draft.founded = await askField(prompter, draft, "founded", { required: true, parse: year });
  if (draft.status === "abgeschlossen") draft.ended = await askField(prompter, draft, "ended", { required: false, parse: year });

  draft.partners = await askPartners(prompter, draft);

  prompter.say(label(["contact"], false));
  prompter.say(hint(["contact"]));
  const contact: NonNullable<RawEntry["contact"]> = {};
  for (const key of ["website", "email", "person"] as const) {
    for (;;) {
      const answer = await prompter.ask(`  ${label(["contact", key], false)}: `);
      if (answer === "") break;
      const problems = problemsFor({ ...draft, contact: { ...contact, [key]: answer } }, "contact");
      if (problems.length === 0) {
        contact[key] = answer;
        break;
      }
      for (const message of problems) prompter.say(`    ${message}`);
    }
  }
  if (Object.keys(contact).length > 0) draft.contact = contact;
  return draft;
}
