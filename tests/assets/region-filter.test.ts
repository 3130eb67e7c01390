import { suite } from "uvu";
import * as assert from "uvu/assert";
import { EMPTY_FILTER, createFilterPredicate, toFilterableNetwork } from "../../assets/map/filter-state.ts";
import { networkProperties } from "./network-fixtures.ts";

const region = suite("map filter by Kreis and Regierungsbezirk");

// Based in Siegen, working in Kreis Olpe and in the Regierungsbezirk Köln too.
const beyond = toFilterableNetwork(
  networkProperties({
    slug: "grenzen",
    kreisSlug: "kreis-siegen-wittgenstein",
    regierungsbezirkSlug: "regierungsbezirk-arnsberg",
    kreisSlugs: ["kreis-siegen-wittgenstein", "kreis-olpe"],
    regierungsbezirkSlugs: ["regierungsbezirk-arnsberg", "regierungsbezirk-koeln"],
  }),
);

region("keeps a network in every Kreis and Bezirk it counts for, not only its seat's", () => {
  const keeps = (filter: Partial<typeof EMPTY_FILTER>) => createFilterPredicate({ ...EMPTY_FILTER, ...filter })(beyond);
  assert.ok(keeps({ kreis: "kreis-siegen-wittgenstein" }));
  assert.ok(keeps({ kreis: "kreis-olpe" }));
  assert.not.ok(keeps({ kreis: "kreis-lippe" }));
  assert.ok(keeps({ regierungsbezirk: "regierungsbezirk-koeln" }));
  assert.not.ok(keeps({ regierungsbezirk: "regierungsbezirk-detmold" }));
});

region.run();
