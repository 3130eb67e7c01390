import { suite } from "uvu";
import * as assert from "uvu/assert";
import { loadGazetteer, nameKey } from "../../scripts/geo/gazetteer.ts";

const gazetteer = loadGazetteer();

const data = suite("gazetteer data");

data("holds 396 Gemeinden, 53 Kreise and 5 Regierungsbezirke of NRW", () => {
  assert.is(gazetteer.gemeinden.length, 396);
  assert.is(gazetteer.kreise.length, 53);
  assert.is(gazetteer.regierungsbezirke.length, 5);
  assert.equal(
    gazetteer.regierungsbezirke.map((r) => r.ags),
    ["051", "053", "055", "057", "059"],
  );
});

data("uses NRW AGS of the right length, sorted", () => {
  for (const [list, length] of [[gazetteer.gemeinden, 8], [gazetteer.kreise, 5], [gazetteer.regierungsbezirke, 3]] as const) {
    const agsList = list.map((area) => area.ags);
    assert.ok(agsList.every((ags) => ags.startsWith("05") && ags.length === length && /^\d+$/.test(ags)));
    assert.equal(agsList, [...agsList].sort());
  }
});

data("links every Gemeinde to an existing Kreis and Regierungsbezirk", () => {
  for (const gemeinde of gazetteer.gemeinden) {
    const kreis = gazetteer.kreisByAgs(gemeinde.kreisAgs);
    assert.ok(kreis, `${gemeinde.name}: Kreis ${gemeinde.kreisAgs} fehlt`);
    assert.ok(gazetteer.regierungsbezirkByAgs(gemeinde.regierungsbezirkAgs), gemeinde.name);
    assert.is(kreis.regierungsbezirkAgs, gemeinde.regierungsbezirkAgs);
  }
  for (const kreis of gazetteer.kreise) assert.ok(gazetteer.regierungsbezirkByAgs(kreis.regierungsbezirkAgs), kreis.name);
});

data("has unique Gemeinde names and slugs, and points inside NRW's bounding box", () => {
  assert.is(new Set(gazetteer.gemeinden.map((g) => g.name)).size, 396);
  assert.is(new Set(gazetteer.gemeinden.map((g) => g.slug)).size, 396);
  for (const { point, name } of gazetteer.gemeinden) {
    assert.ok(point[0] > 5.8 && point[0] < 9.5 && point[1] > 50.3 && point[1] < 52.6, `${name}: ${point}`);
  }
});

data("names Kreise and Regierungsbezirke for display and URLs", () => {
  const lippe = gazetteer.kreisByAgs("05766")!;
  assert.equal([lippe.displayName, lippe.slug, lippe.type], ["Kreis Lippe", "kreis-lippe", "Kreis"]);
  assert.is(gazetteer.kreisBySlug("hochsauerlandkreis")?.displayName, "Hochsauerlandkreis");
  assert.is(gazetteer.kreisBySlug("rhein-kreis-neuss")?.ags, "05162");
  assert.is(gazetteer.kreisBySlug("staedteregion-aachen")?.ags, "05334");
  assert.is(gazetteer.kreisBySlug("muelheim-an-der-ruhr")?.type, "Kreisfreie Stadt");
  assert.is(gazetteer.kreisBySlug("koeln")?.displayName, "Köln");
  const koeln = gazetteer.regierungsbezirkBySlug("regierungsbezirk-koeln")!;
  assert.equal([koeln.ags, koeln.name, koeln.displayName], ["053", "Köln", "Regierungsbezirk Köln"]);
  assert.is(gazetteer.kreise.filter((k) => k.type === "Kreisfreie Stadt").length, 22);
});

data.run();

const find = suite("findGemeinde");

find("finds official names and AGS", () => {
  assert.is(gazetteer.findGemeinde("Köln")?.ags, "05315000");
  assert.is(gazetteer.findGemeinde("Mülheim an der Ruhr")?.ags, "05117000");
  assert.is(gazetteer.findGemeinde("Hallenberg")?.ags, "05958020");
  assert.is(gazetteer.findGemeinde("05117000")?.name, "Mülheim an der Ruhr");
  assert.is(gazetteer.findGemeinde(" 05117000 ")?.name, "Mülheim an der Ruhr");
});

find("ignores Unicode normalisation, case and spacing", () => {
  assert.is(gazetteer.findGemeinde("Ko\u0308ln")?.ags, "05315000");
  assert.is(gazetteer.findGemeinde("KÖLN")?.ags, "05315000");
  assert.is(gazetteer.findGemeinde("  mülheim   an der  ruhr ")?.ags, "05117000");
  assert.is(gazetteer.findGemeinde("Rheda Wiedenbrück")?.name, "Rheda-Wiedenbrück");
});

find("accepts ae/oe/ue/ss transliterations", () => {
  assert.is(gazetteer.findGemeinde("Koeln")?.ags, "05315000");
  assert.is(gazetteer.findGemeinde("Muelheim an der Ruhr")?.ags, "05117000");
  assert.is(gazetteer.findGemeinde("Duesseldorf")?.ags, "05111000");
});

find("accepts the usual abbreviations and prefixes", () => {
  assert.is(gazetteer.findGemeinde("Mülheim a. d. Ruhr")?.ags, "05117000");
  assert.is(gazetteer.findGemeinde("Mülheim a.d. Ruhr")?.ags, "05117000");
  assert.is(gazetteer.findGemeinde("Stadt Köln")?.ags, "05315000");
  assert.is(gazetteer.findGemeinde("Gemeinde Hallenberg")?.ags, "05958020");
  assert.is(gazetteer.findGemeinde("Halle (Westfalen)")?.name, "Halle (Westf.)");
});

find("makes a parenthetical or slash suffix optional", () => {
  assert.is(gazetteer.findGemeinde("Hennef")?.name, "Hennef (Sieg)");
  assert.is(gazetteer.findGemeinde("Halle")?.name, "Halle (Westf.)");
  assert.is(gazetteer.findGemeinde("Fröndenberg")?.name, "Fröndenberg/Ruhr");
  assert.is(gazetteer.findGemeinde("Hennef (Sieg)")?.name, "Hennef (Sieg)");
});

find("finds every Gemeinde by its own name and AGS", () => {
  for (const gemeinde of gazetteer.gemeinden) {
    assert.is(gazetteer.findGemeinde(gemeinde.name), gemeinde);
    assert.is(gazetteer.findGemeinde(gemeinde.ags), gemeinde);
  }
});

find("returns undefined for unknown names and non-Gemeinde AGS", () => {
  assert.is(gazetteer.findGemeinde("Berlin"), undefined);
  assert.is(gazetteer.findGemeinde("Gelsenkrichen"), undefined);
  assert.is(gazetteer.findGemeinde("05315"), undefined);
  assert.is(gazetteer.findGemeinde("11000000"), undefined);
  assert.is(gazetteer.findGemeinde(""), undefined);
});

find("normalises names to comparison keys", () => {
  assert.is(nameKey("Stadt Mülheim a.d. Ruhr"), "muelheimanderruhr");
  assert.is(nameKey("Köln, Stadt"), "koeln");
});

find.run();

const suggestions = suite("suggestGemeinden");

suggestions("suggests the official name for a typo", () => {
  assert.equal(gazetteer.suggestGemeinden("Gelsenkrichen"), ["Gelsenkirchen"]);
  assert.ok(gazetteer.suggestGemeinden("Dusseldorf").includes("Düsseldorf"));
  assert.ok(gazetteer.suggestGemeinden("Bielfeld").includes("Bielefeld"));
});

suggestions("suggests nothing for far-off input and respects max", () => {
  assert.equal(gazetteer.suggestGemeinden("Xyzabc"), []);
  assert.equal(gazetteer.suggestGemeinden(""), []);
  assert.ok(gazetteer.suggestGemeinden("Bad", 2).length <= 2);
});

suggestions.run();

const areas = suite("findArea");

areas("resolves AGS of every level", () => {
  assert.equal(gazetteer.findArea("05315000"), { kind: "gemeinde", ags: "05315000", name: "Köln", slug: "koeln" });
  assert.equal(gazetteer.findArea("05766"), { kind: "kreis", ags: "05766", name: "Kreis Lippe", slug: "kreis-lippe" });
  assert.equal(gazetteer.findArea("053"), {
    kind: "regierungsbezirk",
    ags: "053",
    name: "Regierungsbezirk Köln",
    slug: "regierungsbezirk-koeln",
  });
  assert.is(gazetteer.findArea("0531"), undefined);
});

areas("resolves the ways Kreise are written", () => {
  for (const input of ["Kreis Lippe", "Lippe (Kreis)", "Landkreis Lippe", "kreis lippe", "Lippe"]) {
    assert.is(gazetteer.findArea(input)?.ags, "05766", input);
  }
  assert.is(gazetteer.findArea("Hochsauerlandkreis")?.ags, "05958");
  assert.is(gazetteer.findArea("Städteregion Aachen")?.ags, "05334");
  assert.is(gazetteer.findArea("Rhein-Kreis Neuss")?.ags, "05162");
  assert.is(gazetteer.findArea("Kreis Hoexter")?.ags, "05762");
});

areas("resolves the ways Regierungsbezirke are written", () => {
  for (const input of ["Regierungsbezirk Köln", "Bezirksregierung Köln", "RB Köln", "Reg.-Bez. Köln", "regierungsbezirk-koeln"]) {
    assert.equal(gazetteer.findArea(input)?.kind, "regierungsbezirk", input);
    assert.is(gazetteer.findArea(input)?.ags, "053", input);
  }
});

areas("prefers the Gemeinde for a plain name", () => {
  assert.equal(gazetteer.findArea("Paderborn"), { kind: "gemeinde", ags: "05774032", name: "Paderborn", slug: "paderborn" });
  assert.is(gazetteer.findArea("Kreis Paderborn")?.kind, "kreis");
  assert.is(gazetteer.findArea("Kreis Paderborn")?.ags, "05774");
  assert.is(gazetteer.findArea("Köln")?.kind, "gemeinde");
  assert.is(gazetteer.findArea("Aachen")?.kind, "gemeinde");
});

areas("returns undefined and suggests for typos", () => {
  assert.is(gazetteer.findArea("Kreis Lipe"), undefined);
  assert.ok(gazetteer.suggestAreas("Kreis Lipe").includes("Kreis Lippe"));
  assert.equal(gazetteer.suggestAreas("Hochsauerlandkries")[0], "Hochsauerlandkreis");
  assert.equal(gazetteer.suggestAreas("Regierungsbezirk Kölm")[0], "Regierungsbezirk Köln");
  assert.ok(gazetteer.suggestAreas("Gelsenkrichen").includes("Gelsenkirchen"));
});

areas.run();
