import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset, buildDatasetFromSources } from "../../scripts/dataset/build-dataset.ts";
import { regionsReached } from "../../scripts/dataset/regions-reached.ts";
import { networksGeoJson } from "../../scripts/outputs/networks-geojson.ts";
import { buildSiteModel } from "../../scripts/site/site-model.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";

const reached = suite("regions a network counts for");

reached("the seat first, then each place of the Wirkungsgebiet once; a whole Bezirk only for the Bezirk", () => {
  assert.equal(
    regionsReached({
      kreis: { ags: "05970" },
      regierungsbezirk: { ags: "059" },
      area: [
        { kind: "gemeinde", ags: "05966024" }, // Olpe (Kreis Olpe)
        { kind: "kreis", ags: "05766" }, // Kreis Lippe (Regierungsbezirk Detmold)
        { kind: "gemeinde", ags: "05970040" }, // Siegen: the seat's own Kreis again
        { kind: "regierungsbezirk", ags: "053" }, // Regierungsbezirk Köln
      ],
    }),
    { kreise: ["05970", "05966", "05766"], regierungsbezirke: ["059", "057", "053"] },
  );
});

reached("a network working beyond its Kreis is found by the map's Kreis filter data where its region page lists it", () => {
  const text = [
    "---",
    "title: Ausbildung über Kreisgrenzen",
    "summary: Betriebe aus Siegen und Olpe bilden gemeinsam mit den Schulen beider Kreise aus.",
    "challenges: [bildung]",
    "municipality: Siegen",
    "area: [Olpe, Kreis Lippe, Regierungsbezirk Köln]",
    "status: aktiv",
    "founded: 2019",
    "partners:",
    "  - { name: Stadt Siegen, sector: kommune }",
    "  - { name: Bäckerei, sector: unternehmen }",
    "---",
    "Text",
  ].join("\n");
  const { dataset, problems } = buildDatasetFromSources([{ sourcePath: "content/networks/grenzen.md", bytes: new TextEncoder().encode(text) }], { currentYear: 2026 });
  assert.equal(problems, []);
  const [feature] = networksGeoJson(dataset).features;
  assert.equal(feature!.properties.kreisSlugs, ["kreis-siegen-wittgenstein", "kreis-olpe", "kreis-lippe"]);
  assert.equal(feature!.properties.regierungsbezirkSlugs, ["regierungsbezirk-arnsberg", "regierungsbezirk-detmold", "regierungsbezirk-koeln"]);
  const model = buildSiteModel(dataset);
  const olpe = model.regions.find((r) => r.slug === "kreis-olpe")!;
  assert.equal(olpe.alsoActive.map((n) => n.slug), ["grenzen"]);
});

reached("on the examples, every region's count on /regionen/ is the number of map features its filter keeps", async () => {
  const { dataset } = await buildDataset(NETWORKS_DIR);
  const features = networksGeoJson(dataset).features;
  const model = buildSiteModel(dataset);
  let reachingBeyond = 0;
  for (const bezirk of model.regionOverview) {
    assert.is(features.filter((f) => f.properties.regierungsbezirkSlugs.includes(bezirk.slug)).length, bezirk.count, bezirk.slug);
    for (const kreis of bezirk.kreise) {
      const kept = features.filter((f) => f.properties.kreisSlugs.includes(kreis.slug));
      assert.is(kept.length, kreis.count, kreis.slug);
      reachingBeyond += kept.filter((f) => f.properties.kreisSlug !== kreis.slug).length;
    }
  }
  assert.ok(reachingBeyond > 0, "the examples have networks working beyond their own Kreis");
});

reached.run();
