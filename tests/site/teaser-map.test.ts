import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { teaserMapSvg } from "../../scripts/site/static-map-svg.ts";

const { dataset } = await buildDataset(NETWORKS_DIR);
const teaser = suite("start page teaser map");

teaser("shows every network as a dot of its own, also where several share their Gemeinde's point", () => {
  const points = new Set(dataset.networks.map((n) => n.point.join()));
  assert.ok(points.size < dataset.networks.length, "the examples have networks sharing a point (two in Köln without coordinates)");
  const dots = [...teaserMapSvg(dataset.networks).matchAll(/<circle [^>]*cx="([^"]+)" cy="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
  assert.is(dots.length, dataset.networks.length);
  assert.is(new Set(dots).size, dots.length, "no dot hides another");
});

teaser.run();
