/**
 * Nunjucks filters of the site. Templates stay free of logic: anything beyond a lookup or a format
 * lives here, typed and tested. Filters that return HTML (`entryMarkdown`, the maps; `networkList` from
 * the site plugin) or JSON for a
 * script element (`jsonLd`) are the only outputs templates may mark `| safe`.
 */
import type { Challenge, CollectiveImpact, Network } from "../dataset/types.ts";
import { challenges, conditionRatingTerms, impactLevelTerms, sectors, statusTerms } from "../dataset/vocabularies.ts";
import { schemaAt } from "../dataset/schema.ts";
import { renderEntryMarkdown } from "./safe-markdown.ts";
import { formatGermanDate, isoDate } from "./german-date.ts";
import { initiativeJsonLd, serializeJsonLd, type JsonLdSite } from "./json-ld.ts";
import { locationMapSvg, teaserMapSvg } from "./static-map-svg.ts";
import { serializeIcs } from "./ics.ts";
import { yearsLabel } from "../../assets/site/network-years.ts";
import { placeLabel as placeLabelOf } from "../../assets/site/place-label.ts";

/** The site settings the filters read (content/_data/site.js). */
export interface SiteSettings extends JsonLdSite {
  readonly repositoryUrl: string;
  readonly repositoryBranch?: string;
}

let vocabulary:
  | {
      challenges: Map<string, Challenge>;
      sectors: Map<string, string>;
      status: Map<string, string>;
      levels: { level: number; title: string }[];
      ratings: Map<string, string>;
    }
  | undefined;

function terms() {
  vocabulary ??= {
    challenges: new Map(challenges().map((c) => [c.slug, c])),
    sectors: new Map(sectors().map((s) => [s.slug, s.label])),
    status: new Map(statusTerms().map((s) => [s.slug, s.label])),
    levels: impactLevelTerms().map((t) => ({ level: Number(t.slug), title: t.label })),
    ratings: new Map(conditionRatingTerms().map((t) => [t.slug, t.label])),
  };
  return vocabulary;
}

/** The challenge term for a slug (label, description, colour). */
export function challengeTerm(slug: string): Challenge {
  const term = terms().challenges.get(slug);
  if (!term) throw new Error(`Unbekannte Herausforderung „${slug}“`);
  return term;
}

/** German label of a sector slug. */
export function sectorLabel(slug: string): string {
  return terms().sectors.get(slug) ?? slug;
}

/** German label of a status slug ("in Gründung", "aktiv", "abgeschlossen"). */
export function statusLabel(slug: string): string {
  return terms().status.get(slug) ?? slug;
}

/** The seven steps of the Wirkungstreppe with their titles. */
export function impactSteps(): { level: number; title: string }[] {
  return terms().levels;
}

/** "Stufe 4 von 7: Zielgruppen verändern Bewusstsein bzw. Fähigkeiten" */
export function impactLevelText(level: number): string {
  const steps = impactSteps();
  const step = steps.find((s) => s.level === level);
  return `Stufe ${level} von ${steps.length}${step ? `: ${step.title}` : ""}`;
}

/** What the Wirkungstreppe is, for each page that shows its steps. */
export const IMPACT_STAIRCASE_TEXT =
  "Die Wirkungstreppe (nach PHINEO) beschreibt, wie weit ein Vorhaben wirkt – von geplanten Aktivitäten (Stufe 1) bis zur Veränderung der Gesellschaft (Stufe 7).";

/** The schema's name of the fifth condition, the coordinating organisation ("… (Backbone)"). */
export function backboneTitle(): string {
  return schemaAt(["collective_impact", "backbone_organisation"])?.title ?? "Koordinierende Organisation";
}

/** The Collective Impact conditions an entry rates, in schema order (the fifth, the backbone, is a name). */
export const CONDITIONS = ["common_agenda", "shared_measurement", "mutually_reinforcing_activities", "continuous_communication"] as const;

export type ConditionKey = (typeof CONDITIONS)[number];

export interface ConditionRow {
  readonly key: ConditionKey;
  readonly title: string;
  readonly description: string;
  readonly rating: string | undefined;
  readonly ratingLabel: string;
  readonly note: string | undefined;
}

/** The four Collective Impact conditions in schema order, with the network's self-assessment. */
export function collectiveImpactRows(ci: Readonly<CollectiveImpact> | undefined): ConditionRow[] {
  return CONDITIONS.map((key) => {
    const node = schemaAt(["collective_impact", key]);
    const condition = ci?.[key];
    return {
      key,
      title: node?.title ?? key,
      description: node?.description ?? "",
      rating: condition?.rating,
      ratingLabel: condition ? (terms().ratings.get(condition.rating) ?? condition.rating) : "keine Angabe",
      note: condition?.note,
    };
  });
}

/**
 * Formats a number the German way: "1.234,5". Written by hand for byte-stable output.
 *
 * @example
 * germanNumber(1234.5); // "1.234,5"
 */
export function germanNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [integer = "0", fraction] = String(Math.abs(value)).split(".");
  const grouped = integer.length > 4 ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : integer;
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** "Köln" for a kreisfreie Stadt, "Detmold, Kreis Lippe" otherwise. */
export function placeLabel(network: Network): string {
  return placeLabelOf(network.gemeinde.name, network.kreis.name);
}

// The map's popup and list say the years with the same function, from the GeoJSON.
export { yearsLabel };

/** Link to the entry's source file in the repository's web editor. */
export function editUrl(network: Network, site: SiteSettings): string {
  const file = network.sourcePath.startsWith("content/networks/") ? network.sourcePath : `content/networks/${network.slug}.md`;
  return `${site.repositoryUrl.replace(/\/$/, "")}/edit/${site.repositoryBranch ?? "main"}/${file}`;
}

/** Absolute URL for a site path ("/x/" → "https://…/x/"). */
export function absoluteUrl(path: string, base: string): string {
  return new URL(path, `${base.replace(/\/$/, "")}/`).href;
}

/** "1 Netzwerk", "3 Netzwerke" */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Minimal shape of an Eleventy collection item of the events collection. */
interface EventItem {
  readonly url: string;
  readonly page: { readonly fileSlug: string };
  readonly data: {
    readonly title: string;
    readonly summary?: string;
    readonly location?: string;
    readonly start: string | Date;
    readonly end?: string | Date;
    readonly published: string | Date;
  };
}

function eventTime(value: string | Date): string {
  // YAML turns an unquoted 2012-05-15 into a Date at UTC midnight; keep it a calendar date.
  return value instanceof Date ? isoDate(value) : value;
}

/** The .ics text of an event page (see content/termine/). */
export function eventIcs(event: EventItem, site: SiteSettings & { url: string }): string {
  const host = new URL(site.url).host;
  return serializeIcs({
    uid: `${event.page.fileSlug}@${host}`,
    title: event.data.title,
    description: event.data.summary ?? "",
    location: event.data.location ?? "",
    start: eventTime(event.data.start),
    end: event.data.end === undefined ? undefined : eventTime(event.data.end),
    url: absoluteUrl(event.url, site.url),
    published: event.data.published,
  });
}

/** The first `count` items of a list (Nunjucks' own `slice` splits into columns instead). */
export function head<T>(list: readonly T[], count: number): T[] {
  return list.slice(0, count);
}

/** Every filter, by the name templates use. */
export const filters = {
  head,
  entryMarkdown: renderEntryMarkdown,
  germanDate: formatGermanDate,
  isoDate,
  challenge: challengeTerm,
  sectorLabel,
  statusLabel,
  impactLevelText,
  collectiveImpactRows,
  germanNumber,
  placeLabel,
  yearsLabel,
  editUrl,
  absoluteUrl,
  countLabel,
  eventIcs,
  locationMap: locationMapSvg,
  teaserMap: teaserMapSvg,
  jsonLd: serializeJsonLd,
  initiativeJsonLd: (site: SiteSettings) => serializeJsonLd(initiativeJsonLd(site)),
} as const;
