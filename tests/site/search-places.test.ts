/**
 * The search's place file /suche/orte.json (scripts/site/search-places.ts): made from the gazetteer
 * and the site model's region counts, in a fixed order, and in step with the region pages the site
 * has – the search links to /regionen/<slug>/ exactly when a region has networks.
 */
import { readFileSync } from "node:fs";
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { GAZETTEER_FILE, type GazetteerFile } from "../../scripts/geo/gazetteer.ts";
import { searchPlacesFile, serializeSearchPlaces } from "../../scripts/site/search-places.ts";
import { buildSiteModel, type SiteModel } from "../../scripts/site/site-model.ts";
import { SEARCH_PLACES_URL, type SearchPlacesFile } from "../../assets/search/places.ts";
import { fixtureSite, type FixtureSite } from "../setup/build-site.ts";
import { parsePage, textOf } from "./html.ts";

const gazetteer = JSON.parse(readFileSync(GAZETTEER_FILE, "utf8")) as GazetteerFile;

interface Context {
  site: FixtureSite;
  model: SiteModel;
  file: SearchPlacesFile;
}

const places = suite<Context>("search place file", {} as Context);

places.before(async (context) => {
  context.site = await fixtureSite();
  const { dataset } = await buildDataset(context.site.networksDir);
  context.model = buildSiteModel(dataset);
  context.file = searchPlacesFile(context.model);
});

places("holds every Regierungsbezirk, Kreis and Gemeinde of NRW in AGS order", ({ file }) => {
  assert.is(file.regierungsbezirke.length, 5);
  assert.is(file.kreise.length, 53);
  assert.is(file.gemeinden.length, 396);
  const ags = file.gemeinden.map(([, code]) => code);
  assert.equal(ags, [...ags].sort());
  const kreisAgs = new Set(file.kreise.map(([code]) => code));
  for (const [name, code] of file.gemeinden) assert.ok(kreisAgs.has(code.slice(0, 5)), `${name}: Kreis ${code.slice(0, 5)}`);
  assert.ok(file.attribution.includes("GeoBasis-DE / BKG"));
});

places("counts what the site model counts for each region", ({ file, model }) => {
  const counts = new Map<string, number>();
  for (const bezirk of model.regionOverview) {
    counts.set(bezirk.slug, bezirk.count);
    for (const kreis of bezirk.kreise) counts.set(kreis.slug, kreis.count);
  }
  for (const [name, slug, count] of file.regierungsbezirke) assert.is(count, counts.get(slug), name);
  for (const [, name, slug, , count] of file.kreise) assert.is(count, counts.get(slug), name);
  assert.ok(file.kreise.some(([, , , , count]) => count > 1), "a Kreis with several networks");
  assert.ok(file.kreise.some(([, , , , count]) => count === 0), "a Kreis without networks");
});

places("starts 'in der Nähe' from a Gemeinde inside the region, the one it is named after where there is one", ({ file }) => {
  const gemeinde = (index: number) => gazetteer.gemeinden.find((g) => g.ags === file.gemeinden[index]![1])!;
  for (const [ags, name, , , , , near] of file.kreise) assert.is(gemeinde(near).kreisAgs, ags, name);
  file.regierungsbezirke.forEach(([name, , , near], i) => {
    assert.is(gemeinde(near).regierungsbezirkAgs, gazetteer.regierungsbezirke[i]!.ags, name);
    assert.is(name, `Regierungsbezirk ${gemeinde(near).name}`);
  });
  const nearOf = (kreisName: string) => gemeinde(file.kreise.find(([, name]) => name === kreisName)![6]).name;
  assert.is(nearOf("Kreis Mettmann"), "Mettmann");
  assert.is(nearOf("Kreis Siegen-Wittgenstein"), "Siegen");
  assert.is(nearOf("Städteregion Aachen"), "Aachen");
  assert.is(nearOf("Köln"), "Köln");
});

places("a region has a page exactly when the file counts networks for it", ({ file, site }) => {
  const regions = [...file.regierungsbezirke.map(([name, slug, count]) => ({ name, slug, count })), ...file.kreise.map(([, name, slug, , count]) => ({ name, slug, count }))];
  for (const { name, slug, count } of regions) assert.is(site.files.includes(`regionen/${slug}/index.html`), count > 0, `${name}: ${count}`);
});

places("is published as /suche/orte.json, one row per line, and reads back as written", async ({ file, site }) => {
  assert.is(SEARCH_PLACES_URL, "/suche/orte.json");
  const text = await site.read(SEARCH_PLACES_URL);
  assert.is(text, serializeSearchPlaces(file));
  assert.equal(JSON.parse(text), file);
  assert.ok(text.includes('\n["Hilden","05158016"],\n'), text.slice(0, 400));
  const again = buildSiteModel((await buildDataset(site.networksDir)).dataset);
  assert.is(serializeSearchPlaces(searchPlacesFile(again)), text, "the same entries give the same bytes");
});

places("/suche/ tells visitors that the search knows places, and keeps its links for everyone", async ({ site }) => {
  const page = parsePage(await site.read("suche/index.html"));
  const hint = page.first("p", (e) => e.attribs.class === "hint")!;
  assert.match(textOf(hint), /Stadt, eine Gemeinde, einen Kreis oder einen Regierungsbezirk/);
  assert.ok(page.first("a", (e) => e.attribs.href === "/regionen/" && e.parent === hint));
  assert.ok(page.first("a", (e) => e.attribs.href === "/karte/" && e.parent === hint));
  assert.ok(page.first("noscript"), "the fallback without JavaScript");
});

places.run();
