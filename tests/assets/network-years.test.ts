import { suite } from "uvu";
import * as assert from "uvu/assert";
import { yearsAfterStatus, yearsLabel } from "../../assets/site/network-years.ts";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { networkFeature } from "../../scripts/outputs/networks-geojson.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";

const years = suite("network years label");

years("follows the status", () => {
  assert.is(yearsLabel({ status: "aktiv", founded: 2016 }), "seit 2016");
  assert.is(yearsLabel({ status: "abgeschlossen", founded: 2012, ended: 2019 }), "2012 bis 2019");
  assert.is(yearsLabel({ status: "abgeschlossen", founded: 2012 }), "2012 gegründet");
  assert.is(yearsLabel({ status: "abgeschlossen", founded: 2012, ended: undefined }), "2012 gegründet");
  assert.is(yearsLabel({ status: "in-gruendung", founded: 2024 }), "in Gründung seit 2024");
});

years("after the status label, a network in foundation is not said to be in foundation twice", () => {
  assert.is(yearsAfterStatus({ status: "in-gruendung", founded: 2024 }), "seit 2024");
  assert.is(yearsAfterStatus({ status: "aktiv", founded: 2016 }), "seit 2016");
  assert.is(yearsAfterStatus({ status: "abgeschlossen", founded: 2012, ended: 2019 }), "2012 bis 2019");
  assert.is(yearsAfterStatus({ status: "abgeschlossen", founded: 2012 }), "2012 gegründet");
});

years("the map's GeoJSON properties give the same label as the pages' network", async () => {
  const { dataset } = await buildDataset(NETWORKS_DIR);
  assert.ok(dataset.networks.some((n) => n.ended !== undefined), "no example with an end year");
  for (const network of dataset.networks) assert.is(yearsLabel(networkFeature(network).properties), yearsLabel(network), network.slug);
});

years.run();
