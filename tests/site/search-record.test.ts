import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { networkSearchRecord, plainText } from "../../scripts/site/search-index.ts";

const { dataset } = await buildDataset(NETWORKS_DIR);
const labels = new Map<string, string>(dataset.challenges.map((c) => [c.slug, c.label]));
const record = suite("search index record of a network");

record("names each place once, so excerpts do not read 'Köln, Köln'", () => {
  const porz = dataset.networks.find((n) => n.slug === "pflegenetz-koeln-porz")!;
  const places = networkSearchRecord(porz, labels).content.split("\n")[2]!;
  assert.is(places, "Köln, Regierungsbezirk Köln");
});

record("filters by every Kreis the network counts for, as the region pages do", () => {
  for (const network of dataset.networks) {
    assert.equal(networkSearchRecord(network, labels).filters.Region, network.reaches.kreise.map((k) => k.name), network.slug);
  }
  assert.ok(dataset.networks.some((n) => networkSearchRecord(n, labels).filters.Region.length > 1), "an example reaches beyond its Kreis");
});

record("holds the words of the impact and self-assessment blocks, so a search for them finds the network", () => {
  const lesestark = dataset.networks.find((n) => n.slug === "lesestark-wattenscheid")!;
  const content = networkSearchRecord(lesestark, labels).content;
  for (const goal of lesestark.impact?.goals ?? []) assert.ok(content.includes(goal), goal);
  assert.ok(content.includes("Kinder mit Lesepatenschaft seit 2012"), "a figure's name");
  const lippe = dataset.networks.find((n) => n.slug === "pflegebuendnis-lippe")!;
  const lippeContent = networkSearchRecord(lippe, labels).content;
  assert.ok(lippeContent.includes("Seniorenbüro der Stadt Detmold"), "the backbone");
  const note = lippe.collectiveImpact?.shared_measurement?.note;
  assert.ok(note && lippeContent.includes(`Gemeinsame Erfolgsmessung: ${note}`), "a condition's note with its name");
  const bare = dataset.networks.find((n) => !n.impact && !n.collectiveImpact)!;
  assert.ok(networkSearchRecord(bare, labels).content.endsWith(plainText(bare.body)), "nothing added where there is nothing");
});

record.run();
