/**
 * What the built pages claim matches what the site does: the footer and privacy texts about the
 * background map, the accessibility statement's required parts, quotations of the founding
 * interview, the start page's figures of example entries, and events that no page (without
 * JavaScript) passes off as upcoming.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, textOf, type Element } from "./html.ts";

const truthful = suite<{ site: FixtureSite }>("truthful pages");

truthful.before(async (context) => {
  context.site = await fixtureSite();
});

async function page(site: FixtureSite, path: string) {
  return parsePage(await site.read(path));
}

const hasClass = (e: Element, name: string) => (e.attribs.class ?? "").split(/\s+/).includes(name);

truthful("every footer limits 'nothing from foreign servers' to the time before consenting to the background map", async ({ site }) => {
  let footers = 0;
  for (const path of site.htmlFiles) {
    const footer = parsePage(await site.read(path)).first("footer");
    if (!footer) continue;
    footers++;
    const text = textOf(footer);
    if (text.includes("fremden Servern")) assert.ok(text.includes("solange Sie der Hintergrundkarte nicht zustimmen"), path);
  }
  assert.ok(footers > 20);
});

truthful("the privacy policy says what is stored, for how long, who gets the address and how to withdraw", async ({ site }) => {
  const privacy = await page(site, "datenschutz/index.html");
  const section = privacy.first("h2", (e) => e.attribs.id === "hintergrundkarte");
  assert.ok(section, "anchor #hintergrundkarte, linked from the map and the footer");
  const text = privacy.mainText();
  assert.not.ok(text.includes("Neuladen"), "reloading does not withdraw: the consent is stored");
  for (const fact of ["localStorage", "gemeinsam-wirken:hintergrundkarte", "mit dem Wert ja", "kein Cookie", "läuft nicht ab", "„Hintergrundkarte ausblenden“", "Websitedaten", "tile.openstreetmap.org", "OpenStreetMap Foundation", "IP-Adresse", "Art. 6 Abs. 1 lit. a DSGVO"]) {
    assert.ok(text.includes(fact), fact);
  }
  assert.ok(text.includes("kein fremder Server"));
});

truthful("/einbetten/ ties 'nothing from foreign servers' to consent and says how to withdraw", async ({ site }) => {
  const embedding = await page(site, "einbetten/index.html");
  const heading = embedding.first("h2", (e) => e.attribs.id === "datenschutz")!;
  const list = heading.parent!.children.find((child): child is Element => "name" in child && child.name === "ul")!;
  const text = textOf(list);
  assert.ok(text.includes("lädt nichts von fremden Servern, solange niemand der Hintergrundkarte zustimmt"));
  assert.ok(text.includes("localStorage"));
  assert.ok(text.includes("„Hintergrundkarte ausblenden“ widerruft die Zustimmung"));
});

truthful("the accessibility statement has every part BITV 2.0 asks for and names what needs JavaScript", async ({ site }) => {
  const text = (await page(site, "barrierefreiheit/index.html")).mainText();
  assert.ok(text.includes("Platzhalter"));
  assert.not.ok(text.includes("Jede Seite funktioniert ohne JavaScript"));
  for (const part of [
    "Stand der Vereinbarkeit",
    "[vollständig / teilweise / nicht]",
    "BITV 2.0",
    "EN 301 549",
    "WCAG) 2.1 auf Stufe AA",
    "Nicht barrierefreie Inhalte",
    "Die Volltextsuche unter /suche/ braucht JavaScript",
    "Vorschau der Karte – braucht JavaScript",
    "Hintergrundkarte",
    "Erstellung dieser Erklärung",
    "Feedback und Kontakt",
    "Durchsetzungsverfahren",
    "Schlichtungsstelle nach § 16 BGG",
    "Ombudsstelle",
  ]) {
    assert.ok(text.includes(part), part);
  }
});

truthful("quotations on the start page and the initiative page are the interview's exact words", async ({ site }) => {
  const interview = (await page(site, "newsletter/interview-dieter-schoeffmann/index.html")).mainText();
  const home = await page(site, "index.html");
  const intro = home.first("div", (e) => hasClass(e, "home-intro"));
  assert.ok(intro);
  const sources = [textOf(intro!), (await page(site, "initiative/index.html")).mainText()];
  let quotations = 0;
  for (const text of sources) {
    for (const [, quoted] of text.matchAll(/„([^“]*)“/g)) {
      quotations++;
      assert.ok(interview.includes(quoted!), `„${quoted}“ steht so nicht im Interview`);
    }
  }
  assert.ok(quotations >= 5);
});

truthful("the start page's figures say how many networks are made-up examples", async ({ site }) => {
  const home = await page(site, "index.html");
  const caption = textOf(home.first("figcaption")!);
  const cards = (await page(site, "netzwerke/index.html")).all("li").filter((e) => e.attribs["data-slug"]);
  const examples = cards.filter((e) => e.attribs["data-example"] === "true").length;
  assert.ok(caption.startsWith(`${cards.length} Netzwerke mit`), caption);
  assert.ok(examples > 0 && examples < cards.length, "the fixture mixes examples and other entries");
  assert.ok(caption.includes(`Darunter sind ${examples} erfundene Beispieleinträge.`), caption);
});

truthful("without JavaScript no event is presented as upcoming: the start page says some may be over", async ({ site }) => {
  const home = await page(site, "index.html");
  const note = home.first("p", (e) => "data-events-note" in e.attribs);
  assert.ok(note && !("hidden" in note.attribs), "the note shows without JavaScript");
  assert.ok(textOf(note!).includes("schon vorbei"));
  const events = home.all("li").filter((e) => "data-event-date" in e.attribs);
  assert.ok(events.length > 0);
  for (const event of events) assert.ok(event.children.some((child) => "name" in child && child.name === "time"), "every event shows its date first");
});

truthful("without JavaScript /termine/ groups events by year and has no visible 'Demnächst'", async ({ site }) => {
  const events = await page(site, "termine/index.html");
  const upcoming = events.first("section", (e) => "data-upcoming-section" in e.attribs);
  assert.ok(upcoming && "hidden" in upcoming.attribs, "'Demnächst' only once the browser knows today");
  const inYearSection = (e: Element) => "data-event-year" in ((e.parent as Element | null)?.attribs ?? {});
  assert.equal(events.all("h2").filter(inYearSection).map(textOf), ["2012"]);
  const items = events.all("li").filter((e) => "data-event-date" in e.attribs);
  assert.equal(items.map((e) => e.attribs["data-event-date"]), ["2012-05-15"]);
  assert.ok(inYearSection(items[0]!.parent as Element), "the event sits in its year");
  assert.ok(textOf(items[0]!).includes("15. Mai 2012"));
});

truthful.run();
