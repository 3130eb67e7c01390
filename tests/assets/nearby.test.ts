import { suite } from "uvu";
import * as assert from "uvu/assert";
import { distanceKm, formatDistance, sortByDistance } from "../../assets/map/distance.ts";
import { findGemeinden, resolveGemeinde, toGemeindeOptions } from "../../assets/map/gemeinde-search.ts";
import { orderNetworks } from "../../assets/map/network-order.ts";

const KOELN = [6.9583, 50.9413] as const;
const DORTMUND = [7.4653, 51.5136] as const;
const BONN = [7.0982, 50.7374] as const;

const distance = suite("distance");

distance("measures great-circle kilometres", () => {
  assert.ok(Math.abs(distanceKm(KOELN, DORTMUND) - 73.5) < 1.5, String(distanceKm(KOELN, DORTMUND)));
  assert.is(distanceKm(KOELN, KOELN), 0);
});

distance("sorts nearest first and keeps ties in order", () => {
  const places = [{ id: "dortmund", p: DORTMUND }, { id: "bonn", p: BONN }, { id: "koeln-1", p: KOELN }, { id: "koeln-2", p: KOELN }];
  assert.equal(sortByDistance(places, KOELN, (x) => x.p).map((x) => x.id), ["koeln-1", "koeln-2", "bonn", "dortmund"]);
});

distance("formats for people", () => {
  assert.is(formatDistance(0.04), "100 m");
  assert.is(formatDistance(4.24), "4,2 km");
  assert.is(formatDistance(36.6), "37 km");
});

distance.run();

const order = suite("orderNetworks");

order("sorts by title with German collation, or by distance", () => {
  const networks = [
    { slug: "z", title: "Ökonetz", point: DORTMUND },
    { slug: "a", title: "Zukunft", point: KOELN },
    { slug: "m", title: "Ausbildung", point: BONN },
  ];
  assert.equal(orderNetworks(networks, null), ["m", "z", "a"]);
  assert.equal(orderNetworks(networks, BONN), ["m", "a", "z"]);
});

order.run();

const gemeinden = suite("Gemeinde autocomplete");

const options = toGemeindeOptions([
  ["Hennef (Sieg)", "05382024", 7.28, 50.77, "Rhein-Sieg-Kreis"],
  ["Köln", "05315000", 6.95, 50.94, "Köln"],
  ["Mülheim an der Ruhr", "05117000", 6.87, 51.41, "Mülheim an der Ruhr"],
  ["Bad Münstereifel", "05366008", 6.76, 50.55, "Kreis Euskirchen"],
  ["Münster", "05515000", 7.62, 51.96, "Münster"],
]);

gemeinden("labels name the Kreis unless it is the same place", () => {
  assert.equal(options.map((o) => o.label).slice(0, 2), ["Hennef (Sieg) – Rhein-Sieg-Kreis", "Köln"]);
});

gemeinden("prefix matches come before word and substring matches", () => {
  assert.equal(findGemeinden(options, "Münst").map((o) => o.name), ["Münster", "Bad Münstereifel"]);
  assert.equal(findGemeinden(options, "muelh").map((o) => o.name), ["Mülheim an der Ruhr"]);
  assert.equal(findGemeinden(options, "sieg").map((o) => o.name), ["Hennef (Sieg)"]);
  assert.equal(findGemeinden(options, ""), []);
});

gemeinden("resolves a picked label, a typed name or the best match", () => {
  assert.is(resolveGemeinde(options, "Hennef (Sieg) – Rhein-Sieg-Kreis")?.ags, "05382024");
  assert.is(resolveGemeinde(options, "koeln")?.ags, "05315000");
  assert.is(resolveGemeinde(options, "Münst")?.ags, "05515000");
  assert.is(resolveGemeinde(options, "Atlantis"), undefined);
});

gemeinden.run();
