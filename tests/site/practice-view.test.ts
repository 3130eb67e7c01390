/**
 * The self-assessments side by side (/lernen/), on the example entries against a plain count of
 * their front matter, and the rendered page with untrusted notes.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { buildDataset } from "../../scripts/dataset/build-dataset.ts";
import { NETWORKS_DIR } from "../../scripts/paths.ts";
import { practiceView } from "../../scripts/site/practice-view.ts";
import { renderPracticePage } from "../../scripts/site/pages/practice-page.ts";
import { byTitle } from "../../scripts/site/site-model.ts";
import type { Network } from "../../scripts/dataset/types.ts";
import { parsePage, textOf } from "./html.ts";

const { dataset } = await buildDataset(NETWORKS_DIR);
const inTitleOrder = [...dataset.networks].sort(byTitle);
const view = practiceView(inTitleOrder);
const RATING_ORDER = ["erfuellt", "teilweise", "im-aufbau", "offen"];

const practice = suite("Aus der Praxis lernen (/lernen/)");

practice("counts every rating of every condition once, as the entries give them", () => {
  const assessed = dataset.networks.filter((n) => n.collectiveImpact);
  assert.ok(assessed.length >= 3, "the examples include self-assessments");
  assert.is(view.assessed, assessed.length);
  assert.equal(view.conditions.map((c) => c.key), ["common_agenda", "shared_measurement", "mutually_reinforcing_activities", "continuous_communication"]);
  for (const condition of view.conditions) {
    const key = condition.key as "common_agenda";
    assert.equal(condition.counts.map((c) => c.rating), RATING_ORDER, "every rating listed, best first");
    for (const { rating, count } of condition.counts) {
      assert.is(count, assessed.filter((n) => n.collectiveImpact?.[key]?.rating === rating).length, `${key} ${rating}`);
    }
  }
});

practice("quotes every explained rating, best rating first and by title within a rating", () => {
  for (const condition of view.conditions) {
    const key = condition.key as "common_agenda";
    const expected = inTitleOrder
      .filter((n) => n.collectiveImpact?.[key]?.note)
      .sort((a, b) => RATING_ORDER.indexOf(a.collectiveImpact![key]!.rating) - RATING_ORDER.indexOf(b.collectiveImpact![key]!.rating) || byTitle(a, b))
      .map((n) => `${n.slug}: ${n.collectiveImpact![key]!.note}`);
    assert.equal(condition.practice.map((p) => `${p.network.slug}: ${p.note}`), expected, key);
  }
});

practice("puts each network with a level on exactly its highest step, top step first; lists who publishes figures", () => {
  assert.equal(view.steps.map((s) => s.level), [7, 6, 5, 4, 3, 2, 1]);
  const placed = view.steps.flatMap((s) => s.networks.map((n) => `${n.slug} ${s.level}`)).sort();
  assert.equal(placed, dataset.networks.filter((n) => n.impact?.level).map((n) => `${n.slug} ${n.impact!.level}`).sort());
  assert.equal(
    view.indicators.map((i) => `${i.network.slug} ${i.count}`),
    inTitleOrder.filter((n) => n.impact?.indicators?.length).map((n) => `${n.slug} ${n.impact!.indicators!.length}`),
  );
  assert.equal(view.backbones.map((b) => b.network.slug), inTitleOrder.filter((n) => n.collectiveImpact?.backbone_organisation).map((n) => n.slug));
});

practice("the page escapes what entries say and links each network", () => {
  const [first] = inTitleOrder as [Network];
  const hostile: Network = {
    ...first,
    slug: "feindlich",
    title: "<b>Netz</b> {{ 7*7 }}",
    example: false,
    impact: undefined,
    collectiveImpact: { common_agenda: { rating: "erfuellt", note: "<script>alert(1)</script>" }, backbone_organisation: "<i>Büro</i>" },
  };
  const html = renderPracticePage(practiceView([hostile]), 1).toString();
  assert.not.ok(html.includes("<script>alert"));
  assert.not.ok(html.includes("<b>Netz"));
  assert.not.ok(html.includes("<i>Büro"));
  const page = parsePage(`<main>${html}</main>`);
  const text = page.mainText();
  assert.ok(text.includes("<script>alert(1)</script>"), "the note as text");
  assert.ok(text.includes("<i>Büro</i> – <b>Netz</b> {{ 7*7 }}"), "the backbone as text, template syntax literal");
  assert.ok(text.includes("1 Netzwerk von 1 hat eine Selbsteinschätzung eingetragen."));
  assert.is(page.all("a").filter((a) => a.attribs.href === "/netzwerke/feindlich/").length, 2, "agenda quote and backbone link the network");
  assert.is(textOf(page.first("h1")!), "Aus der Praxis lernen");
});

practice("without any self-assessment the page says so instead of showing empty lists", () => {
  const bare = inTitleOrder.map((n) => ({ ...n, collectiveImpact: undefined, impact: undefined }));
  const text = parsePage(`<main>${renderPracticePage(practiceView(bare), bare.length).toString()}</main>`).mainText();
  assert.ok(text.includes(`0 Netzwerke von ${bare.length} haben eine Selbsteinschätzung eingetragen.`));
  assert.ok(text.includes("Noch kein Netzwerk hat seine Einschätzung erläutert."));
  assert.ok(text.includes("Noch kein Netzwerk hat seine koordinierende Organisation eingetragen."));
  assert.ok(text.includes("Noch kein Netzwerk veröffentlicht Kennzahlen."));
});

practice.run();
