import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { networkPublished, networkUpdated } from "../../scripts/site/network-feed.ts";

/** A valid entry with the given title, founding year and optional dates. */
function source(slug: string, title: string, founded: number, dates: { added?: string; reviewed?: string } = {}) {
  const text = [
    "---",
    `title: ${title}`,
    "summary: Kommune und Betriebe arbeiten gemeinsam an besseren Chancen.",
    "challenges: [bildung]",
    "municipality: Bielefeld",
    "status: aktiv",
    `founded: ${founded}`,
    "partners:",
    "  - { name: Amt, sector: kommune }",
    "  - { name: Bäckerei, sector: unternehmen }",
    ...(dates.added ? [`added: "${dates.added}"`] : []),
    ...(dates.reviewed ? [`reviewed: "${dates.reviewed}"`] : []),
    "---",
    "Text",
  ].join("\n");
  return { sourcePath: `content/networks/${slug}.md`, bytes: new TextEncoder().encode(text) };
}

const { dataset, problems } = buildDatasetFromSources(
  [
    source("alt-gegruendet-neu-aufgenommen", "Zeitzeugen", 1998, { added: "2026-11-02" }),
    source("frisch-gegruendet-frueh-aufgenommen", "Anfang", 2026, { added: "2026-02-01", reviewed: "2026-10-01" }),
    source("gleicher-tag-b", "Brücke", 2010, { added: "2026-11-02" }),
    source("ohne-datum-neu", "Ohne Datum neu", 2025),
    source("ohne-datum-alt", "Ohne Datum alt", 2003, { reviewed: "2026-03-01" }),
  ],
  { currentYear: 2026 },
);

const newest = suite("newest networks");

newest("go by the day they were added to the map, ties by title; undated after all dated, by founding year", () => {
  assert.equal(problems, []);
  assert.equal(
    buildSiteModel(dataset).networksNewestFirst.map((n) => n.slug),
    ["gleicher-tag-b", "alt-gegruendet-neu-aufgenommen", "frisch-gegruendet-frueh-aufgenommen", "ohne-datum-neu", "ohne-datum-alt"],
  );
});

newest("feed dates: published is the day added (else 1 January of the founding year), updated the latest known date", () => {
  const at = (slug: string) => dataset.networks.find((n) => n.slug === slug)!;
  assert.is(networkPublished(at("frisch-gegruendet-frueh-aufgenommen")), "2026-02-01T00:00:00Z");
  assert.is(networkUpdated(at("frisch-gegruendet-frueh-aufgenommen")), "2026-10-01T00:00:00Z");
  assert.is(networkUpdated(at("alt-gegruendet-neu-aufgenommen")), "2026-11-02T00:00:00Z");
  assert.is(networkPublished(at("ohne-datum-alt")), "2003-01-01T00:00:00Z");
  assert.is(networkUpdated(at("ohne-datum-alt")), "2026-03-01T00:00:00Z");
  assert.is(networkUpdated(at("ohne-datum-neu")), "2025-01-01T00:00:00Z");
});

newest.run();
