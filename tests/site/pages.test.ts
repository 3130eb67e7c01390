/** Every page type of the built fixture site shows what the issue asks for. */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, textOf } from "./html.ts";

const pages = suite<{ site: FixtureSite }>("site pages");

pages.before(async (context) => {
  context.site = await fixtureSite();
});

async function page(site: FixtureSite, path: string) {
  return parsePage(await site.read(path));
}

pages("the start page explains the initiative in its own words and links onwards", async ({ site }) => {
  const home = await page(site, "index.html");
  const text = home.mainText();
  assert.ok(text.includes("Kooperation und Wirkung"));
  assert.ok(text.includes("zum Lernen von funktionierender Praxis anzuregen"));
  assert.ok(home.first("svg", (e) => e.attribs.class === "static-map"), "static map teaser");
  assert.ok(home.all("circle").length >= 20, "one dot per network");
  assert.ok(home.first("a", (e) => e.attribs.href === "/karte/"));
  assert.ok(text.includes("Neueste Netzwerke"));
  // The six added to the map last (by `added`), not the six founded last.
  const newest = home.all("li").filter((e) => e.attribs["data-slug"]).map((e) => e.attribs["data-slug"]);
  assert.equal(newest.slice(0, 2), ["zukunftsdoerfer-hoexter", "sprache-und-arbeit-kreis-kleve"]);
  assert.not.ok(newest.includes("zz-minimaler-eintrag"), "an entry without `added` comes after all dated ones");
  assert.ok(text.includes("Bildung und Schulerfolg ("), "themes with counts");
  assert.ok(text.includes("15. Mai 2012") && text.includes("Arbeitstagung"), "the event");
});

pages("a network page shows everything in the entry", async ({ site }) => {
  const html = await site.read("netzwerke/lesestark-wattenscheid/index.html");
  const network = parsePage(html);
  const text = network.mainText();
  assert.is(textOf(network.first("h1")!), "Lesestark Wattenscheid");
  assert.ok(text.includes("Beispieleintrag"), "example label");
  for (const expected of [
    "Von 2012 bis 2019 haben Grundschulen", // summary
    "Bildung und Schulerfolg", // challenges
    "Bochum", // Gemeinde
    "Regierungsbezirk Arnsberg",
    "abgeschlossen",
    "2012 bis 2019",
    "Gemeinnützige Organisation", // sector group
    "Buchhandlung Seitenwind KMU", // KMU badge as text
    "Großunternehmen",
    "Ausgangslage", // Markdown body
    "Stufe 4 von 7: Zielgruppen verändern Bewusstsein bzw. Fähigkeiten",
    "Kinder mit Lesepatenschaft seit 2012",
    "Eintrag bearbeiten",
    "Netzwerke mit gemeinsamen Themen",
    "Netzwerke in der Nähe",
  ]) {
    assert.ok(text.includes(expected), `missing: ${expected}`);
  }
  assert.ok(network.first("a", (e) => e.attribs.href === "/regionen/bochum/"), "link to the Kreis page");
  assert.ok(network.first("a", (e) => e.attribs.href === "/regionen/regierungsbezirk-arnsberg/"), "link to the Bezirk page");
  assert.ok(network.first("a", (e) => e.attribs.href === "/themen/bildung/"), "link to the theme");
  assert.ok(network.first("table", (e) => e.attribs.class === "indicators"), "indicators table");
  assert.ok(network.first("li", (e) => e.attribs["aria-current"] === "step" && textOf(e).includes("4")), "staircase marks step 4");
  assert.is(network.all("li").filter((e) => (e.attribs.class ?? "").includes("staircase__step")).length, 7);
  const edit = network.first("a", (e) => textOf(e) === "Eintrag bearbeiten")!;
  assert.match(edit.attribs.href!, /\/edit\/main\/content\/networks\/lesestark-wattenscheid\.md$/);
  assert.ok(network.first("svg", (e) => (e.attribs["aria-label"] ?? "").includes("Bochum")), "location map");
  const canonical = network.first("link", (e) => e.attribs.rel === "canonical")!;
  assert.is(canonical.attribs.href, "https://karte.gemeinsam-wirken.nrw/netzwerke/lesestark-wattenscheid/");
  assert.ok(network.first("meta", (e) => e.attribs.property === "og:title" && e.attribs.content === "Lesestark Wattenscheid"));
});

pages("a network page shows the Collective Impact self-assessment and the contact", async ({ site }) => {
  const network = parsePage(await site.read("netzwerke/pflegebuendnis-lippe/index.html"));
  const text = network.mainText();
  assert.ok(text.includes("Collective Impact"));
  assert.ok(text.includes("Gemeinsame Agenda teilweise erfüllt"));
  assert.ok(text.includes("Seniorenbüro der Stadt Detmold"), "backbone");
  assert.ok(text.includes("Stand der Angaben: 12. Mai 2026"));
  assert.ok(text.includes("In die Karte aufgenommen am 12. Mai 2026"));
  assert.ok(network.first("time", (e) => e.attribs.datetime === "2026-05-12"));
  assert.ok(network.first("a", (e) => e.attribs.href === "mailto:pflegebuendnis@example.org"));
  const website = network.first("a", (e) => e.attribs.href === "https://example.org/pflegebuendnis-lippe")!;
  assert.is(website.attribs.rel, "nofollow ugc noopener");
});

pages("a network page without dates says nothing about them rather than 'nicht angegeben'", async ({ site }) => {
  const text = parsePage(await site.read("netzwerke/zz-minimaler-eintrag/index.html")).mainText();
  assert.not.ok(text.includes("nicht angegeben"));
  assert.not.ok(text.includes("Stand der Angaben"));
  assert.not.ok(text.includes("In die Karte aufgenommen"));
  assert.ok(text.includes("Eintrag bearbeiten"));
});

pages("a network page links to itself on the map and words status and place without repeating them", async ({ site }) => {
  const porz = parsePage(await site.read("netzwerke/pflegenetz-koeln-porz/index.html"));
  assert.ok(porz.first("a", (e) => e.attribs.href === "/karte/?netzwerk=pflegenetz-koeln-porz" && textOf(e) === "auf der Karte zeigen"));
  const status = porz.mainText();
  assert.ok(status.includes("in Gründung (seit 2025)"), "status with its years");
  assert.not.ok(status.includes("in Gründung seit"), "not 'in Gründung (in Gründung seit …)'");
  const label = porz.first("svg", (e) => e.attribs.class === "static-map")!.attribs["aria-label"]!;
  assert.is(label, "Lage in Nordrhein-Westfalen: Köln, Regierungsbezirk Köln");
});

pages("two networks without coordinates in one Gemeinde are not given a distance", async ({ site }) => {
  // Both stand at Köln's middle; "etwa 1 km" would be made up.
  const porz = parsePage(await site.read("netzwerke/pflegenetz-koeln-porz/index.html"));
  const section = porz.first("section", (e) => e.attribs["aria-labelledby"] === "in-der-naehe")!;
  const text = textOf(section);
  assert.match(text, /Quartiersbündnis [^,]*ebenfalls in Köln/);
  assert.not.match(text, /Köln, etwa \d+ km/);
});

pages("nearby networks are sorted by distance and stay within 50 km", async ({ site }) => {
  const network = parsePage(await site.read("netzwerke/pflegebuendnis-lippe/index.html"));
  const section = network.first("section", (e) => e.attribs["aria-labelledby"] === "in-der-naehe")!;
  const distances = [...textOf(section).matchAll(/etwa (\d+) km/g)].map((m) => Number(m[1]));
  assert.ok(distances.length >= 1);
  assert.equal(distances, [...distances].sort((a, b) => a - b));
  assert.ok(distances.every((d) => d <= 50));
});

pages("/lernen/ sets the self-assessments side by side, in the networks' words, and network pages lead there", async ({ site }) => {
  const practice = parsePage(await site.read("lernen/index.html"));
  const text = practice.mainText();
  assert.is(textOf(practice.first("h1")!), "Aus der Praxis lernen");
  assert.ok(text.includes("zum Lernen von funktionierender Praxis anzuregen"), "the initiative's words");
  for (const heading of ["Gemeinsame Agenda", "Gemeinsame Erfolgsmessung", "Sich verstärkende Aktivitäten", "Kontinuierliche Kommunikation", "Koordinierende Organisation (Backbone)", "Wirkungstreppe", "Kennzahlen"]) {
    assert.ok(practice.all().some((e) => /^h[23]$/.test(e.name) && textOf(e) === heading), heading);
  }
  assert.ok(text.includes("Seniorenbüro der Stadt Detmold – Pflegebündnis Lippe"), "a backbone with its network");
  // The hostile fixture entry's backbone and note arrive as text.
  assert.ok(text.includes("<script>backbone</script> – <script>alert(1)</script> Netz {{ 7*7 }} & Co"));
  assert.not.ok((await site.read("lernen/index.html")).includes("<script>backbone"));
  assert.ok(practice.first("a", (e) => e.attribs.href === "/netzwerke/lesestark-wattenscheid/#kennzahlen"), "figures link into the network page");
  assert.ok(practice.first("a", (e) => e.attribs.href === "/lernen/" && e.attribs["aria-current"] === "page"), "Lernen in the navigation, current");
  const network = parsePage(await site.read("netzwerke/pflegebuendnis-lippe/index.html"));
  assert.ok(network.first("a", (e) => e.attribs.href === "/lernen/#bedingungen"), "from the self-assessment");
  const staircase = parsePage(await site.read("netzwerke/lesestark-wattenscheid/index.html"));
  assert.ok(staircase.first("a", (e) => e.attribs.href === "/lernen/#wirkungstreppe"), "from the staircase");
  assert.ok((await site.read("sitemap.xml")).includes("<loc>https://karte.gemeinsam-wirken.nrw/lernen/</loc>"));
});

pages("theme pages exist for every challenge, with an overview", async ({ site }) => {
  const overview = parsePage(await site.read("themen/index.html"));
  const links = overview.all("a").filter((e) => /^\/themen\/[a-z-]+\/$/.test(e.attribs.href ?? ""));
  assert.ok(links.length >= 10);
  for (const link of links) assert.ok(site.files.includes(`${link.attribs.href!.slice(1)}index.html`), link.attribs.href);
  const bildung = parsePage(await site.read("themen/bildung/index.html"));
  assert.is(textOf(bildung.first("h1")!), "Bildung und Schulerfolg");
  assert.ok(bildung.first("li", (e) => e.attribs["data-slug"] === "lesestark-wattenscheid"));
});

pages("region pages exist for each Kreis and Regierungsbezirk with networks, with counts", async ({ site }) => {
  const overview = parsePage(await site.read("regionen/index.html"));
  const text = overview.mainText();
  assert.ok(text.includes("Regierungsbezirk Detmold"));
  assert.ok(text.includes("Kreis Lippe"));
  assert.match(text, /in Nordrhein-Westfalen\. In \d+ Kreisen/, "sentences separated by a space");
  const lippe = parsePage(await site.read("regionen/kreis-lippe/index.html"));
  assert.is(textOf(lippe.first("h1")!), "Kreis Lippe");
  assert.ok(lippe.first("li", (e) => e.attribs["data-slug"] === "pflegebuendnis-lippe"));
  const detmold = parsePage(await site.read("regionen/regierungsbezirk-detmold/index.html"));
  assert.ok(detmold.mainText().includes("Kreis Lippe"));
  // Every region page linked from the overview exists; regions without networks are not linked.
  const regionLinks = overview.all("a").filter((e) => (e.attribs.href ?? "").startsWith("/regionen/"));
  assert.ok(regionLinks.length >= 10);
  for (const link of regionLinks) assert.ok(site.files.includes(`${link.attribs.href!.slice(1)}index.html`), link.attribs.href);
  assert.ok(overview.all("li").some((e) => e.attribs.class === "region-list__empty"), "Kreise without networks are listed, unlinked");
});

pages("/netzwerke/ lists every network alphabetically, as its description says", async ({ site }) => {
  const page = parsePage(await site.read("netzwerke/index.html"));
  const titles = page.all("h2").filter((e) => e.attribs.class === "network-card__title").map(textOf);
  assert.ok(titles.length >= 21);
  assert.equal(titles, [...titles].sort(new Intl.Collator("de").compare));
});

pages("the region overview's count matches the Kreise it links", async ({ site }) => {
  const overview = parsePage(await site.read("regionen/index.html"));
  const stated = Number(/In (\d+) Kreisen/.exec(overview.mainText())?.[1]);
  const linkedKreise = overview.all("a").filter((e) => /^\/regionen\/(?!regierungsbezirk-)[a-z-]+\/$/.test(e.attribs.href ?? ""));
  assert.is(stated, new Set(linkedKreise.map((e) => e.attribs.href)).size);
});

pages("/daten/ shows field names from the schema's descriptions as code, not in backticks", async ({ site }) => {
  const daten = parsePage(await site.read("daten/index.html"));
  assert.not.ok(daten.mainText().includes("`"));
  assert.ok(daten.all("code").some((e) => textOf(e) === "size"));
});

pages("every page offers link previews a picture that exists, with its size and text", async ({ site }) => {
  for (const file of ["index.html", "netzwerke/lesestark-wattenscheid/index.html", "themen/bildung/index.html", "initiative/index.html"]) {
    const page = parsePage(await site.read(file));
    const meta = (property: string) => page.first("meta", (e) => e.attribs.property === property)?.attribs.content;
    assert.is(meta("og:image"), "https://karte.gemeinsam-wirken.nrw/assets/og-bild.png", file);
    assert.is(meta("og:image:width"), "1200");
    assert.is(meta("og:image:height"), "630");
    assert.ok(meta("og:image:alt"), file);
  }
  assert.ok(site.files.includes("assets/og-bild.png"));
});

pages("/daten/ documents every property the published GeoJSON has", async ({ site }) => {
  const geojson = JSON.parse(await site.read("daten/netzwerke.geojson")) as { features: { properties: Record<string, unknown> }[] };
  const keys = new Set(geojson.features.flatMap((f) => Object.keys(f.properties)));
  assert.ok(keys.has("ended"), "the examples include a finished network with an end year");
  const daten = parsePage(await site.read("daten/index.html"));
  const section = daten.first("section", (e) => e.attribs["aria-labelledby"] === "geojson-eigenschaften")!;
  const documented = new Set<string>();
  const walk = (node: { name?: string; children?: unknown[] }) => {
    if (node.name === "th") documented.add(textOf(node as never));
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(section as never);
  for (const key of keys) assert.ok(documented.has(key), `undocumented: ${key}`);
});

pages("articles and events are described by their own summary, not the site's description", async ({ site }) => {
  for (const [file, start] of [
    ["newsletter/interview-dieter-schoeffmann/index.html", "Seit Herbst 2011 befindet sich"],
    ["termine/arbeitstagung-koeln-2012/index.html", "Erfahrungsaustausch mit interessierten"],
  ] as const) {
    const page = parsePage(await site.read(file));
    const description = page.first("meta", (e) => e.attribs.name === "description")!.attribs.content!;
    assert.ok(description.startsWith(start), `${file}: ${description}`);
    assert.is(page.first("meta", (e) => e.attribs.property === "og:description")!.attribs.content, description);
  }
});

pages("the initiative, newsletter, events and Mitmachen pages carry the founding text", async ({ site }) => {
  const initiative = parsePage(await site.read("initiative/index.html")).mainText();
  assert.ok(initiative.includes("ab Herbst 2011"));
  assert.ok(initiative.includes("KMU engagiert"));
  const interview = parsePage(await site.read("newsletter/interview-dieter-schoeffmann/index.html"));
  assert.is(textOf(interview.first("h1")!), "Interview mit Dieter Schöffmann");
  assert.ok(interview.mainText().includes("1. März 2012"));
  assert.ok(interview.mainText().includes("Herr Schöffmann, wir danken Ihnen für das Interview."));
  const event = parsePage(await site.read("termine/arbeitstagung-koeln-2012/index.html"));
  assert.ok(event.mainText().includes("15. Mai 2012"));
  assert.ok(event.first("a", (e) => e.attribs.href === "/termine/arbeitstagung-koeln-2012.ics"));
  const mitmachen = parsePage(await site.read("mitmachen/index.html")).mainText();
  assert.ok(mitmachen.includes("content/networks/<kurzname>.md"));
  assert.ok(mitmachen.includes("npm run validate"));
});

pages("legal pages exist with placeholders and state the privacy facts", async ({ site }) => {
  for (const path of ["impressum/index.html", "datenschutz/index.html", "barrierefreiheit/index.html"]) {
    assert.ok((await site.read(path)).includes("Platzhalter"), path);
  }
  const privacy = parsePage(await site.read("datenschutz/index.html")).mainText();
  assert.ok(privacy.includes("keine Cookies"));
  assert.ok(privacy.includes("kein fremder Server"));
  assert.ok(privacy.includes("Zustimmung"));
});

pages("/suche/ sends a search for a place to the region pages and the map", async ({ site }) => {
  const search = parsePage(await site.read("suche/index.html"));
  const hint = search.first("p", (e) => e.attribs.class === "hint")!;
  assert.ok(textOf(hint).includes("Netzwerke an einem Ort"));
  assert.ok(search.first("a", (e) => e.attribs.href === "/regionen/" && e.parent === hint));
  assert.ok(search.first("a", (e) => e.attribs.href === "/karte/" && e.parent === hint));
});

pages("the 404 page helps onwards and is not indexed", async ({ site }) => {
  const notFound = parsePage(await site.read("404.html"));
  assert.ok(notFound.first("meta", (e) => e.attribs.name === "robots" && e.attribs.content === "noindex"));
  assert.ok(notFound.first("a", (e) => e.attribs.href === "/netzwerke/"));
  assert.not.ok(notFound.first("link", (e) => e.attribs.rel === "canonical"));
});

pages("/daten/ documents every schema field and every CSV column", async ({ site }) => {
  const data = parsePage(await site.read("daten/index.html"));
  const text = data.mainText();
  for (const field of ["title", "partners[].size", "impact.indicators[].value", "collective_impact.common_agenda.rating", "reviewed", "example"]) {
    assert.ok(text.includes(field), `field ${field}`);
  }
  assert.ok(text.includes("kmu – KMU"), "allowed values with titles");
  assert.ok(text.includes("Pflicht"));
  for (const column of ["kurzname", "kmu_anzahl", "beispiel"]) assert.ok(text.includes(column), column);
  assert.ok(text.includes("BKG"), "geodata attribution");
  assert.ok(text.includes("CC BY 4.0"), "content licence");
});

pages("the accessible network list carries the data attributes the map uses", async ({ site }) => {
  const list = parsePage(await site.read("netzwerke/index.html"));
  const items = list.all("li").filter((e) => e.attribs["data-slug"]);
  assert.is(items.length, site.result.networkCount);
  const item = items.find((e) => e.attribs["data-slug"] === "pflegebuendnis-lippe")!;
  assert.is(item.attribs["data-kreis"], "kreis-lippe");
  assert.is(item.attribs["data-kmu"], "true");
  assert.ok(item.attribs["data-challenges"]!.split(" ").includes("gesundheit-pflege"));
});

pages.run();
