/** The non-HTML outputs: feeds, CSV, JSON, GeoJSON, schemas, .ics, sitemap, JSON-LD. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse as parseCsv } from "csv-parse/sync";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { SCHEMA_DIR } from "../../scripts/paths.ts";
import { parsePage, textOf } from "./html.ts";

const outputs = suite<{ site: FixtureSite }>("data outputs");

outputs.before(async (context) => {
  context.site = await fixtureSite();
});

interface AtomEntry {
  title: string;
  updated: string;
  published?: string;
  id: string;
  link: { "@_href": string } | { "@_href": string }[];
  content: string;
}

function parseFeed(xml: string): { feed: { title: string; updated: string; id: string; entry: AtomEntry | AtomEntry[] } } {
  const valid = XMLValidator.validate(xml);
  assert.ok(valid === true, `invalid XML: ${JSON.stringify(valid)}`);
  return new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml);
}

const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

outputs("the network feed is valid Atom, newest first, one entry per network", async ({ site }) => {
  const { feed } = parseFeed(await site.read("feed/netzwerke.xml"));
  const entries = asArray(feed.entry);
  assert.is(entries.length, site.result.networkCount);
  // Newest on the map first: `published` is the day a network was added (`added`).
  const published = entries.map((e) => String(e.published));
  assert.equal(published, [...published].sort().reverse());
  assert.ok(String(entries[0]!.id).endsWith("/netzwerke/zukunftsdoerfer-hoexter/"));
  assert.is(entries[0]!.published, "2026-11-24T00:00:00Z");
  assert.match(feed.updated, /^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  // The feed's date is the newest date in the content, never the build time.
  assert.is(feed.updated, entries.map((e) => e.updated).sort().at(-1));
  assert.ok(entries.every((e) => e.id.startsWith("https://karte.gemeinsam-wirken.nrw/netzwerke/")));
  // Feed readers show an entry without its page: an invented network says so in its title.
  const titleOf = (slug: string) => String(entries.find((e) => e.id.endsWith(`/netzwerke/${slug}/`))!.title);
  assert.is(titleOf("lesestark-wattenscheid"), "Beispieleintrag: Lesestark Wattenscheid");
  assert.not.match(titleOf("zz-minimaler-eintrag"), /^Beispieleintrag/);
});

outputs("each region has a feed of the networks based or working there", async ({ site }) => {
  const { feed } = parseFeed(await site.read("regionen/kreis-lippe/feed.xml"));
  const ids = asArray(feed.entry).map((e) => String(e.id));
  assert.ok(ids.includes("https://karte.gemeinsam-wirken.nrw/netzwerke/pflegebuendnis-lippe/"));
  assert.not.ok(ids.some((id) => id.endsWith("/netzwerke/lesestark-wattenscheid/")));
  assert.is(feed.title, "Gemeinsam wirken – Neue Netzwerke im Kreis Lippe");
});

outputs("the newsletter feed is valid Atom with the interview", async ({ site }) => {
  const { feed } = parseFeed(await site.read("feed/newsletter.xml"));
  const entries = asArray(feed.entry);
  assert.is(entries.length, 1);
  assert.is(entries[0]!.title, "Interview mit Dieter Schöffmann");
  assert.is(feed.updated, "2012-03-01T00:00:00Z");
});

outputs("the CSV is RFC 4180 with one row per network and no BOM", async ({ site }) => {
  const text = await site.read("daten/netzwerke.csv");
  assert.not.ok(text.startsWith("\uFEFF"));
  assert.ok(text.endsWith("\r\n"));
  assert.not.ok(/[^\r]\n/.test(text.replace(/"(?:[^"]|"")*"/g, "")), "line breaks outside quotes are CRLF");
  const rows = parseCsv(text, { columns: true, bom: false }) as Record<string, string>[];
  assert.is(rows.length, site.result.networkCount);
  const lippe = rows.find((r) => r.kurzname === "pflegebuendnis-lippe")!;
  assert.is(lippe.kreis, "Kreis Lippe");
  assert.is(lippe.kmu_anzahl, "2");
  assert.is(lippe.beispiel, "ja");
  // The self-assessment, after all older columns.
  const header = parseCsv(text, { to_line: 1 })[0] as string[];
  assert.equal(header.slice(-5), ["ci_gemeinsame_agenda", "ci_gemeinsame_erfolgsmessung", "ci_verstaerkende_aktivitaeten", "ci_kontinuierliche_kommunikation", "ci_koordinierende_organisation"]);
  assert.is(header.indexOf("beispiel"), header.length - 6);
  assert.is(lippe.ci_gemeinsame_agenda, "teilweise");
  assert.is(lippe.ci_koordinierende_organisation, "Seniorenbüro der Stadt Detmold");
  const minimal = rows.find((r) => r.kurzname === "zz-minimaler-eintrag")!;
  assert.is(minimal.ci_gemeinsame_agenda, "");
  assert.is(minimal.ci_koordinierende_organisation, "");
  for (const row of rows) for (const cell of Object.values(row)) assert.not.ok(/^[=+@]/.test(cell), `formula-like cell: ${cell}`);
});

outputs("GeoJSON and the JSON export parse and contain every network", async ({ site }) => {
  const points = JSON.parse(await site.read("daten/netzwerke.geojson")) as { type: string; features: { id: string }[] };
  assert.is(points.type, "FeatureCollection");
  assert.is(points.features.length, site.result.networkCount);
  const footprints = JSON.parse(await site.read("daten/wirkungsgebiete.geojson")) as { features: { id: string }[] };
  assert.ok(footprints.features.some((f) => f.id === "pflegebuendnis-lippe"));
  const exported = JSON.parse(await site.read("daten/netzwerke.json")) as { networks: Record<string, unknown>[]; vocabularies: { challenges: unknown[] } };
  assert.is(exported.networks.length, site.result.networkCount);
  assert.ok(exported.networks.every((n) => !("sourcePath" in n)), "no internal paths");
  assert.is(exported.vocabularies.challenges.length, 10);
});

outputs("the JSON Schemas are published unchanged under /schema/", async ({ site }) => {
  for (const file of ["network.schema.json", "challenges.schema.json", "sectors.schema.json"]) {
    assert.is(await site.read(`schema/${file}`), await readFile(join(SCHEMA_DIR, file), "utf8"), file);
  }
});

outputs("each event has an RFC 5545 calendar file with a DTSTAMP from the event data", async ({ site }) => {
  const ics = await site.read("termine/arbeitstagung-koeln-2012.ics");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.ok(ics.endsWith("END:VCALENDAR\r\n"));
  assert.not.ok(/[^\r]\n/.test(ics), "CRLF only");
  for (const line of ics.split("\r\n")) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
  const unfolded = ics.replace(/\r\n /g, "");
  assert.ok(unfolded.includes("DTSTART;VALUE=DATE:20120515"));
  assert.ok(unfolded.includes("DTSTAMP:20120301T000000Z"));
  assert.ok(unfolded.includes("SUMMARY:Arbeitstagung mit Kommunen in Köln"));
  assert.ok(unfolded.includes("UID:arbeitstagung-koeln-2012@karte.gemeinsam-wirken.nrw"));
});

outputs("the sitemap is valid XML and lists pages but not the 404 page", async ({ site }) => {
  const xml = await site.read("sitemap.xml");
  assert.ok(XMLValidator.validate(xml) === true);
  assert.ok(xml.includes("<loc>https://karte.gemeinsam-wirken.nrw/</loc>"));
  assert.ok(xml.includes("<loc>https://karte.gemeinsam-wirken.nrw/themen/bildung/</loc>"));
  assert.ok(xml.includes("<loc>https://karte.gemeinsam-wirken.nrw/regionen/kreis-lippe/</loc>"));
  assert.not.ok(xml.includes("404"));
});

outputs("every JSON-LD block is valid JSON; a real network's page describes its Project, an example's none", async ({ site }) => {
  let blocks = 0;
  for (const file of site.htmlFiles) {
    const page = parsePage(await site.read(file));
    const scripts = page.all("script").filter((s) => s.attribs.type === "application/ld+json");
    const data = scripts.map((script) => JSON.parse(textOf(script)) as { "@type": string; "@context": string; mainEntity?: { "@type": string; name: string } });
    for (const block of data) assert.is(block["@context"], "https://schema.org");
    blocks += data.length;
    if (!/^netzwerke\/[^/]+\/index\.html$/.test(file)) continue;
    const example = page.first("meta", (e) => e.attribs.name === "robots")?.attribs.content === "noindex";
    assert.is(example, page.all("p").some((e) => e.attribs.class === "example-notice"), `${file}: noindex exactly for examples`);
    if (example) {
      assert.is(data.length, 0, `${file}: no structured data for an invented network`);
    } else {
      assert.is(data.length, 1, file);
      assert.is(data[0]!["@type"], "WebPage");
      assert.is(data[0]!.mainEntity?.["@type"], "Project");
      assert.is(data[0]!.mainEntity?.name, textOf(page.first("h1")!));
    }
  }
  assert.ok(blocks >= 3, "start page, initiative and the fixture entries that are no examples");
});

outputs("the sitemap leaves out the pages of example entries, which are noindex", async ({ site }) => {
  const xml = await site.read("sitemap.xml");
  assert.not.ok(xml.includes("/netzwerke/lesestark-wattenscheid/"));
  assert.ok(xml.includes("<loc>https://karte.gemeinsam-wirken.nrw/netzwerke/zz-minimaler-eintrag/</loc>"));
});

outputs("the challenge stylesheet is generated from the vocabulary", async ({ site }) => {
  const css = await site.read("assets/challenges.css");
  assert.ok(css.includes(".challenge--bildung{--challenge-color:#1d4ed8;"));
  assert.ok(css.includes(".challenge-fill--klima-umwelt{fill:#15803d}"));
});

outputs.run();
