/**
 * The Pagefind search index. Network pages are indexed from the dataset as soon as it exists, so
 * Pagefind (a separate process) works while Eleventy renders; the few other searchable pages
 * (`search: true`) are added from their Markdown source or, failing that, their rendered HTML
 * (see search-index-plugin.ts). Records go in a fixed order, because Pagefind's output depends on
 * it and the build must be byte-identical.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { Dataset, Network } from "../dataset/types.ts";
import { networkUrl } from "../outputs/networks-geojson.ts";
import { renderEntryMarkdown } from "./safe-markdown.ts";
import { collectiveImpactRows } from "./filters.ts";

/** What one network contributes to the index. */
export interface NetworkSearchRecord {
  readonly url: string;
  readonly content: string;
  readonly meta: { readonly title: string };
  readonly filters: { readonly Thema: readonly string[]; readonly Region: readonly string[] };
}

/** Plain text of Markdown, for the index and its result excerpts. */
export function plainText(markdown: string): string {
  return renderEntryMarkdown(markdown)
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The index record of a network: what a visitor might search for – name, summary, places,
 * partners and their roles, the description, and what else its page says in words: goals, the
 * names of its figures, its self-assessment and who coordinates it ("Ausbildungsplätze" or
 * "Bildungsbüro" find the networks that measure or are run that way).
 */
export function networkSearchRecord(network: Network, challengeLabels: ReadonlyMap<string, string>): NetworkSearchRecord {
  // Each place once: in a kreisfreie Stadt, Gemeinde and Kreis share the name ("Köln, Köln"), and
  // result excerpts show this line.
  const places = [...new Set([network.gemeinde.name, network.kreis.name, network.regierungsbezirk.name, ...network.area.map((a) => a.name)])];
  const partners = network.partners.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
  return {
    url: networkUrl(network.slug),
    content: [network.title, network.summary, places.join(", "), partners.join("; "), plainText(network.body), ...practiceText(network)].join("\n"),
    meta: { title: network.title },
    filters: {
      Thema: network.challenges.map((c) => challengeLabels.get(c) ?? c),
      // Every Kreis the network counts for, as on the region pages and in the map's filter.
      Region: network.reaches.kreise.map((k) => k.name),
    },
  };
}

/** The lines of the impact and self-assessment blocks of a network page; none where it has neither. */
function practiceText(network: Network): string[] {
  const impact = network.impact;
  const ci = network.collectiveImpact;
  const notes = ci ? collectiveImpactRows(ci).flatMap((row) => (row.note ? [`${row.title}: ${row.note}`] : [])) : [];
  return [
    ...(impact?.goals ?? []),
    ...(impact?.indicators ?? []).map((indicator) => indicator.name),
    ...notes,
    ...(ci?.backbone_organisation ? [ci.backbone_organisation] : []),
  ];
}

/** A rendered page that Pagefind should index from its HTML. */
export type SearchablePage =
  | {
      /** Site-relative URL, e.g. `/initiative/`. */
      readonly url: string;
      /** The rendered page; Pagefind indexes its `data-pagefind-body`. */
      readonly html: string;
    }
  | {
      readonly url: string;
      readonly title: string;
      /** Plain text of the page: lead and body. */
      readonly text: string;
    };

/** A search index being built; add the networks, then finish it once the site is rendered. */
export interface PendingSearchIndex {
  /** Hands Pagefind every network at once, in slug order; it indexes them while the caller renders. */
  addNetworks(dataset: Dataset): void;
  /** Adds the rendered pages and writes the index to `<siteDir>/pagefind/`. */
  finish(siteDir: string, pages: readonly SearchablePage[]): Promise<void>;
  /** Stops Pagefind without writing (on a failed build). */
  abandon(): Promise<void>;
}

/**
 * Starts Pagefind (a separate process, so the caller can build the dataset meanwhile).
 *
 * @throws when Pagefind cannot create an index
 */
export async function openSearchIndex(): Promise<PendingSearchIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "de" });
  if (!index) {
    await pagefind.close();
    throw new Error(errors.join("; ") || "kein Index");
  }
  let records: Promise<{ errors: string[] }[]> = Promise.resolve([]);
  return {
    addNetworks(dataset) {
      const labels = new Map(dataset.challenges.map((c) => [c.slug, c.label]));
      // Not awaited here: Pagefind indexes while the caller renders the site.
      records = Promise.all(
        dataset.networks.map((network) => {
          const record = networkSearchRecord(network, labels);
          return index.addCustomRecord({ url: record.url, content: record.content, language: "de", meta: { ...record.meta }, filters: { Thema: [...record.filters.Thema], Region: [...record.filters.Region] } });
        }),
      );
      records.catch(() => undefined);
    },
    async finish(siteDir, pages) {
      try {
        for (const response of await records) if (response.errors.length > 0) throw new Error(response.errors.join("; "));
        // Pagefind's output depends on the order records arrive in; URL order keeps builds identical.
        for (const page of [...pages].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
          const added =
            "html" in page
              ? await index.addHTMLFile({ url: page.url, content: page.html })
              : await index.addCustomRecord({ url: page.url, content: `${page.title}\n${page.text}`, language: "de", meta: { title: page.title } });
          if (added.errors.length > 0) throw new Error(added.errors.join("; "));
        }
        const written = await index.writeFiles({ outputPath: join(siteDir, "pagefind") });
        if (written.errors.length > 0) throw new Error(written.errors.join("; "));
      } finally {
        await pagefind.close();
      }
    },
    async abandon() {
      await pagefind.close();
    },
  };
}
