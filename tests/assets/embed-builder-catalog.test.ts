/**
 * What the builder /einbetten/ reads from its catalog of network counts and feeds: the warning
 * about a map that would be empty, and the feed that fits a choice – on a small hand-made catalog.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { countOf, emptyChoiceWarning, feedForChoice, regionChoice, scopeOf, type BuilderCatalog, type BuilderScope } from "../../assets/embed/builder-catalog.ts";
import { EMPTY_FILTER, type FilterState } from "../../assets/map/filter-state.ts";

const vocabulary = {
  challenges: [
    { slug: "bildung", label: "Bildung und Schulerfolg" },
    { slug: "quartier", label: "Quartier und Zusammenhalt" },
    { slug: "klima-umwelt", label: "Klima und Umwelt" },
  ],
  statuses: [
    { slug: "in-gruendung", label: "in Gründung" },
    { slug: "aktiv", label: "aktiv" },
  ],
};

const NONE = { count: 0, themes: {}, statuses: {}, kmu: 0, feed: null };
const feed = (href: string, title: string) => ({ href, title });

function scope(label: string, where: string, counts: Partial<BuilderScope>): BuilderScope {
  return { label, where, ...NONE, ...counts };
}

const catalog: BuilderCatalog = {
  scopes: {
    "": scope("ganz Nordrhein-Westfalen", "in ganz Nordrhein-Westfalen", { count: 5, themes: { bildung: 4, quartier: 2 }, statuses: { aktiv: 5 }, kmu: 2, feed: feed("/feed/netzwerke.xml", "Neue Netzwerke in ganz Nordrhein-Westfalen") }),
    "bezirk:regierungsbezirk-duesseldorf": scope("Regierungsbezirk Düsseldorf", "im Regierungsbezirk Düsseldorf", { count: 3, themes: { bildung: 2, quartier: 1 }, statuses: { aktiv: 3 }, kmu: 1, feed: feed("/regionen/regierungsbezirk-duesseldorf/feed.xml", "Neue Netzwerke im Regierungsbezirk Düsseldorf") }),
    "kreis:kreis-mettmann": scope("Kreis Mettmann", "im Kreis Mettmann", { parent: "bezirk:regierungsbezirk-duesseldorf" }),
    "kreis:duesseldorf": scope("Düsseldorf", "in Düsseldorf", { count: 1, themes: { quartier: 1 }, statuses: { aktiv: 1 }, kmu: 0, feed: feed("/regionen/duesseldorf/feed.xml", "Neue Netzwerke in Düsseldorf"), parent: "bezirk:regierungsbezirk-duesseldorf" }),
    "bezirk:regierungsbezirk-arnsberg": scope("Regierungsbezirk Arnsberg", "im Regierungsbezirk Arnsberg", {}),
    "kreis:kreis-olpe": scope("Kreis Olpe", "im Kreis Olpe", { parent: "bezirk:regierungsbezirk-arnsberg" }),
  },
  themeFeeds: {
    bildung: feed("/themen/bildung/feed.xml", "Neue Netzwerke zum Thema „Bildung und Schulerfolg“"),
    quartier: feed("/themen/quartier/feed.xml", "Neue Netzwerke zum Thema „Quartier und Zusammenhalt“"),
    "klima-umwelt": feed("/themen/klima-umwelt/feed.xml", "Neue Netzwerke zum Thema „Klima und Umwelt“"),
  },
};

const choice = (filter: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...filter });
const EMPTY = "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer.";

const warning = suite("Baukasten: Warnung vor einer leeren Karte");

warning("no warning where the counts show networks", () => {
  for (const filter of [
    choice({}),
    choice({ kreis: "duesseldorf" }),
    choice({ regierungsbezirk: "regierungsbezirk-duesseldorf", challenges: ["bildung"] }),
    // One of two themes has networks: the map is not empty.
    choice({ kreis: "duesseldorf", challenges: ["bildung", "quartier"] }),
    choice({ statuses: ["aktiv", "in-gruendung"], kmu: true }),
  ]) {
    assert.is(emptyChoiceWarning(filter, catalog, vocabulary), "", JSON.stringify(filter));
  }
});

warning("a Kreis without networks suggests its Regierungsbezirk with its count", () => {
  assert.is(
    emptyChoiceWarning(choice({ kreis: "kreis-mettmann" }), catalog, vocabulary),
    `${EMPTY} Im Kreis Mettmann gibt es bisher kein Netzwerk. Wählen Sie z. B. den Regierungsbezirk Düsseldorf (3 Netzwerke).`,
  );
  // Whatever else is chosen: the region is why.
  assert.match(emptyChoiceWarning(choice({ kreis: "kreis-mettmann", challenges: ["bildung"] }), catalog, vocabulary), "Im Kreis Mettmann gibt es bisher kein Netzwerk.");
});

warning("a Kreis whose Regierungsbezirk has no networks either suggests all of NRW", () => {
  assert.is(
    emptyChoiceWarning(choice({ kreis: "kreis-olpe" }), catalog, vocabulary),
    `${EMPTY} Im Kreis Olpe gibt es bisher kein Netzwerk. Wählen Sie z. B. ganz Nordrhein-Westfalen.`,
  );
  assert.is(
    emptyChoiceWarning(choice({ regierungsbezirk: "regierungsbezirk-arnsberg" }), catalog, vocabulary),
    `${EMPTY} Im Regierungsbezirk Arnsberg gibt es bisher kein Netzwerk. Wählen Sie z. B. ganz Nordrhein-Westfalen.`,
  );
});

warning("a theme without networks in the region names it and the nearest wider choice that has some", () => {
  assert.is(
    emptyChoiceWarning(choice({ kreis: "duesseldorf", challenges: ["bildung"] }), catalog, vocabulary),
    `${EMPTY} In Düsseldorf gibt es bisher kein Netzwerk zum Thema „Bildung und Schulerfolg“. Wählen Sie z. B. den Regierungsbezirk Düsseldorf oder ein weiteres Thema.`,
  );
  assert.is(
    emptyChoiceWarning(choice({ challenges: ["klima-umwelt"] }), catalog, vocabulary),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Klima und Umwelt“. Wählen Sie z. B. ein anderes Thema.`,
  );
  assert.match(emptyChoiceWarning(choice({ regierungsbezirk: "regierungsbezirk-duesseldorf", challenges: ["klima-umwelt"] }), catalog, vocabulary), "Wählen Sie z. B. ein anderes Thema.");
});

warning("status and KMU are checked in the region too", () => {
  assert.is(
    emptyChoiceWarning(choice({ statuses: ["in-gruendung"] }), catalog, vocabulary),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk mit dem Status „in Gründung“. Wählen Sie z. B. einen weiteren Status oder keinen.`,
  );
  assert.is(
    emptyChoiceWarning(choice({ kreis: "duesseldorf", kmu: true }), catalog, vocabulary),
    `${EMPTY} In Düsseldorf gibt es bisher kein Netzwerk mit Partnern aus kleinen und mittleren Unternehmen. Zeigen Sie z. B. auch Netzwerke ohne KMU-Partner.`,
  );
});

warning("a region the catalog does not know gives no warning rather than a wrong one", () => {
  assert.is(emptyChoiceWarning(choice({ kreis: "gibt-es-nicht" }), catalog, vocabulary), "");
  assert.is(emptyChoiceWarning(choice({ kreis: "__proto__" }), catalog, vocabulary), "");
  assert.is(scopeOf(choice({ kreis: "constructor" }), catalog), undefined);
  assert.is(countOf({}, "__proto__"), 0);
});

warning("the region field's value: a Kreis wins over its Regierungsbezirk", () => {
  assert.is(regionChoice(EMPTY_FILTER), "");
  assert.is(regionChoice({ regierungsbezirk: "regierungsbezirk-duesseldorf", kreis: "" }), "bezirk:regierungsbezirk-duesseldorf");
  assert.is(regionChoice({ regierungsbezirk: "regierungsbezirk-duesseldorf", kreis: "duesseldorf" }), "kreis:duesseldorf");
  assert.is(scopeOf(choice({ kreis: "duesseldorf" }), catalog)?.count, 1);
});

warning.run();

const feeds = suite("Baukasten: passender Feed");

feeds("one theme and no region: the theme's feed; one region and no theme: the region's", () => {
  assert.equal(feedForChoice(choice({ challenges: ["quartier"] }), catalog), { feed: catalog.themeFeeds.quartier!, own: true });
  assert.equal(feedForChoice(choice({ kreis: "duesseldorf" }), catalog), { feed: catalog.scopes["kreis:duesseldorf"]!.feed!, own: true });
  assert.equal(feedForChoice(choice({ regierungsbezirk: "regierungsbezirk-duesseldorf", kmu: true, statuses: ["aktiv"] }), catalog), {
    feed: catalog.scopes["bezirk:regierungsbezirk-duesseldorf"]!.feed!,
    own: true,
  });
});

feeds("no choice: the feed of all networks, as the choice's own", () => {
  assert.equal(feedForChoice(choice({}), catalog), { feed: catalog.scopes[""]!.feed!, own: true });
});

feeds("everything else: the feed of all networks, not as the choice's own", () => {
  const all = { feed: catalog.scopes[""]!.feed!, own: false };
  assert.equal(feedForChoice(choice({ challenges: ["bildung", "quartier"] }), catalog), all);
  assert.equal(feedForChoice(choice({ challenges: ["bildung"], kreis: "duesseldorf" }), catalog), all);
  // A region without networks has no page and no feed.
  assert.equal(feedForChoice(choice({ kreis: "kreis-mettmann" }), catalog), all);
});

feeds.run();
