/**
 * What the builder /einbetten/ computes for a choice, DOM-free, on hand-made networks and a small
 * hand-made catalog: the exact number of networks (the map's own filter), the warning about a map
 * that would be empty – why, and what to drop to get networks –, the region of a choice and the
 * feed that fits it.
 */
import { suite } from "uvu";
import * as assert from "uvu/assert";
import { feedForChoice, regionChoice, scopeOf, type BuilderCatalog, type BuilderScope } from "../../assets/embed/builder-catalog.ts";
import { choiceCountText, emptyChoiceWarning } from "../../assets/embed/choice-count.ts";
import { applyFilter, EMPTY_FILTER, toFilterableNetwork, type FilterState } from "../../assets/map/filter-state.ts";
import { networkProperties } from "./network-fixtures.ts";

const vocabulary = {
  challenges: [
    { slug: "bildung", label: "Bildung und Schulerfolg" },
    { slug: "quartier", label: "Quartier und Zusammenhalt" },
    { slug: "klima-umwelt", label: "Klima und Umwelt" },
  ],
  statuses: [
    { slug: "in-gruendung", label: "in Gründung" },
    { slug: "aktiv", label: "aktiv" },
    { slug: "abgeschlossen", label: "abgeschlossen" },
  ],
};

const feed = (href: string, title: string) => ({ href, title });

function scope(label: string, where: string, more: Partial<BuilderScope> = {}): BuilderScope {
  return { label, where, feed: null, ...more };
}

/** Köln is left out on purpose: a region the catalog does not know. */
const catalog: BuilderCatalog = {
  scopes: {
    "": scope("ganz Nordrhein-Westfalen", "in ganz Nordrhein-Westfalen", { feed: feed("/feed/netzwerke.xml", "Neue Netzwerke in ganz Nordrhein-Westfalen") }),
    "bezirk:regierungsbezirk-duesseldorf": scope("Regierungsbezirk Düsseldorf", "im Regierungsbezirk Düsseldorf", {
      feed: feed("/regionen/regierungsbezirk-duesseldorf/feed.xml", "Neue Netzwerke im Regierungsbezirk Düsseldorf"),
    }),
    "kreis:kreis-mettmann": scope("Kreis Mettmann", "im Kreis Mettmann", { parent: "bezirk:regierungsbezirk-duesseldorf" }),
    "kreis:duesseldorf": scope("Düsseldorf", "in Düsseldorf", { feed: feed("/regionen/duesseldorf/feed.xml", "Neue Netzwerke in Düsseldorf"), parent: "bezirk:regierungsbezirk-duesseldorf" }),
    "bezirk:regierungsbezirk-arnsberg": scope("Regierungsbezirk Arnsberg", "im Regierungsbezirk Arnsberg"),
    "kreis:kreis-olpe": scope("Kreis Olpe", "im Kreis Olpe", { parent: "bezirk:regierungsbezirk-arnsberg" }),
  },
  themeFeeds: {
    bildung: feed("/themen/bildung/feed.xml", "Neue Netzwerke zum Thema „Bildung und Schulerfolg“"),
    quartier: feed("/themen/quartier/feed.xml", "Neue Netzwerke zum Thema „Quartier und Zusammenhalt“"),
    "klima-umwelt": feed("/themen/klima-umwelt/feed.xml", "Neue Netzwerke zum Thema „Klima und Umwelt“"),
  },
};

const inDuesseldorf = { kreisSlug: "duesseldorf", regierungsbezirkSlug: "regierungsbezirk-duesseldorf" };
/**
 * Each criterion has networks, but not every combination: Bildung has none in Gründung, Quartier
 * none with a KMU partner, Düsseldorf none on Quartier; Klima und Umwelt has none at all, and
 * neither have the Kreis Mettmann and the Regierungsbezirk Arnsberg.
 */
const networks = [
  networkProperties({ slug: "a", challenges: ["bildung"], status: "aktiv", hasKmu: true, ...inDuesseldorf }),
  networkProperties({ slug: "b", challenges: ["bildung", "quartier"], status: "aktiv", kreisSlug: "kreis-wesel", regierungsbezirkSlug: "regierungsbezirk-duesseldorf" }),
  networkProperties({ slug: "c", challenges: ["quartier"], status: "in-gruendung" }),
  networkProperties({ slug: "e", challenges: ["bildung"], status: "abgeschlossen", hasKmu: true }),
].map(toFilterableNetwork);

const choice = (filter: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...filter });
const warn = (filter: Partial<FilterState>) => emptyChoiceWarning(choice(filter), networks, catalog, vocabulary);
const EMPTY = "Für diese Auswahl gibt es noch keine Netzwerke – die Karte wäre leer.";

const counting = suite("Baukasten: Zahl der Netzwerke einer Auswahl");

counting("the line next to the form says how many networks the choice shows", () => {
  assert.is(choiceCountText(0), "Ihre Auswahl: 0 Netzwerke");
  assert.is(choiceCountText(1), "Ihre Auswahl: 1 Netzwerk");
  assert.is(choiceCountText(23), "Ihre Auswahl: 23 Netzwerke");
});

counting("the warning appears exactly when the map's filter finds no network, for every combination", () => {
  const regions = [{}, { kreis: "duesseldorf" }, { kreis: "kreis-mettmann" }, { regierungsbezirk: "regierungsbezirk-duesseldorf" }, { kreis: "koeln" }, { kreis: "kreis-olpe" }];
  const themes = [[], ["bildung"], ["quartier"], ["klima-umwelt"], ["quartier", "klima-umwelt"]];
  const statuses = [[], ["aktiv"], ["in-gruendung"], ["in-gruendung", "abgeschlossen"]];
  let empty = 0;
  for (const region of regions) {
    for (const challenges of themes) {
      for (const status of statuses) {
        for (const kmu of [false, true]) {
          const filter = choice({ ...region, challenges, statuses: status, kmu });
          const shown = applyFilter(networks, filter).matching.length;
          const warning = emptyChoiceWarning(filter, networks, catalog, vocabulary);
          const label = JSON.stringify(filter);
          if (shown > 0) {
            assert.is(warning, "", label);
            continue;
          }
          empty += 1;
          assert.ok(warning.startsWith(EMPTY), label);
          // Every suggestion leads to networks: the numbers it promises are never 0.
          const promised = [...warning.matchAll(/\((\d+) Netzwerke?\)/g)].map((m) => Number(m[1]));
          assert.ok(promised.length > 0, label);
          assert.ok(promised.every((n) => n > 0), label);
          assert.not.match(warning, "undefined", label);
        }
      }
    }
  }
  assert.ok(empty > 50, "the fixture has many empty combinations");
});

counting.run();

const warning = suite("Baukasten: Warnung vor einer leeren Karte");

warning("no warning where the choice has networks, also when one of two themes has none", () => {
  assert.is(warn({}), "");
  assert.is(warn({ kreis: "duesseldorf" }), "");
  assert.is(warn({ challenges: ["quartier"], statuses: ["in-gruendung"] }), "");
  assert.is(warn({ kreis: "duesseldorf", challenges: ["bildung", "klima-umwelt"], kmu: true }), "");
});

warning("a theme and a status that each have networks but none together: both named, each to drop with its number", () => {
  assert.is(
    warn({ challenges: ["bildung"], statuses: ["in-gruendung"] }),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Bildung und Schulerfolg“ und mit dem Status „in Gründung“. ` +
      "Lassen Sie z. B. den Status „in Gründung“ weg (3 Netzwerke) oder lassen Sie das Thema „Bildung und Schulerfolg“ weg (1 Netzwerk).",
  );
});

warning("theme and KMU, status and KMU: equally good suggestions keep the order of the form", () => {
  assert.is(
    warn({ challenges: ["quartier"], kmu: true }),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Quartier und Zusammenhalt“ und mit Partnern aus kleinen und mittleren Unternehmen. ` +
      "Lassen Sie z. B. das Thema „Quartier und Zusammenhalt“ weg (2 Netzwerke) oder zeigen Sie auch Netzwerke ohne KMU-Partner (2 Netzwerke).",
  );
  assert.is(
    warn({ statuses: ["in-gruendung"], kmu: true }),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk mit dem Status „in Gründung“ und mit Partnern aus kleinen und mittleren Unternehmen. ` +
      "Lassen Sie z. B. den Status „in Gründung“ weg (2 Netzwerke) oder zeigen Sie auch Netzwerke ohne KMU-Partner (1 Netzwerk).",
  );
});

warning("only the criteria that are empty together are named, not every one chosen", () => {
  // Quartier and aktiv exist together, aktiv and KMU too; Quartier and KMU are what exclude each other.
  assert.is(
    warn({ challenges: ["quartier"], statuses: ["aktiv"], kmu: true }),
    `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Quartier und Zusammenhalt“ und mit Partnern aus kleinen und mittleren Unternehmen. ` +
      "Lassen Sie z. B. das Thema „Quartier und Zusammenhalt“ weg (1 Netzwerk) oder zeigen Sie auch Netzwerke ohne KMU-Partner (1 Netzwerk).",
  );
  assert.match(warn({ challenges: ["klima-umwelt"], statuses: ["aktiv"] }), "In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk zum Thema „Klima und Umwelt“. Lassen Sie z. B. das Thema „Klima und Umwelt“ weg (2 Netzwerke).");
});

warning("a theme the region lacks: its Regierungsbezirk or dropping the theme", () => {
  assert.is(
    warn({ kreis: "duesseldorf", challenges: ["quartier"] }),
    `${EMPTY} In Düsseldorf gibt es bisher kein Netzwerk zum Thema „Quartier und Zusammenhalt“. ` +
      "Wählen Sie z. B. den Regierungsbezirk Düsseldorf (1 Netzwerk) oder lassen Sie das Thema „Quartier und Zusammenhalt“ weg (1 Netzwerk).",
  );
  assert.is(
    warn({ kreis: "duesseldorf", challenges: ["quartier", "klima-umwelt"] }),
    `${EMPTY} In Düsseldorf gibt es bisher kein Netzwerk zu den Themen „Quartier und Zusammenhalt“ oder „Klima und Umwelt“. ` +
      "Wählen Sie z. B. den Regierungsbezirk Düsseldorf (1 Netzwerk) oder lassen Sie die Themen „Quartier und Zusammenhalt“ und „Klima und Umwelt“ weg (1 Netzwerk).",
  );
});

warning("a Kreis without networks suggests its Regierungsbezirk, else all of NRW, with the number", () => {
  assert.is(warn({ kreis: "kreis-mettmann" }), `${EMPTY} Im Kreis Mettmann gibt es bisher kein Netzwerk. Wählen Sie z. B. den Regierungsbezirk Düsseldorf (2 Netzwerke).`);
  // Whatever else is chosen: the region is why, and the suggestion counts the other choices too.
  assert.is(warn({ kreis: "kreis-mettmann", challenges: ["quartier"] }), `${EMPTY} Im Kreis Mettmann gibt es bisher kein Netzwerk. Wählen Sie z. B. den Regierungsbezirk Düsseldorf (1 Netzwerk).`);
  assert.is(warn({ kreis: "kreis-olpe" }), `${EMPTY} Im Kreis Olpe gibt es bisher kein Netzwerk. Wählen Sie z. B. ganz Nordrhein-Westfalen (4 Netzwerke).`);
  assert.is(warn({ regierungsbezirk: "regierungsbezirk-arnsberg", kmu: true }), `${EMPTY} Im Regierungsbezirk Arnsberg gibt es bisher kein Netzwerk. Wählen Sie z. B. ganz Nordrhein-Westfalen (2 Netzwerke).`);
});

warning("when no single change helps, the smallest pairs of changes are suggested", () => {
  assert.is(
    warn({ kreis: "duesseldorf", challenges: ["klima-umwelt"], statuses: ["in-gruendung"] }),
    `${EMPTY} In Düsseldorf gibt es bisher kein Netzwerk zum Thema „Klima und Umwelt“. ` +
      "Wählen Sie z. B. ganz Nordrhein-Westfalen und lassen Sie das Thema „Klima und Umwelt“ weg (1 Netzwerk) " +
      "oder lassen Sie das Thema „Klima und Umwelt“ weg und lassen Sie den Status „in Gründung“ weg (1 Netzwerk).",
  );
});

warning("a region the catalog does not know is not named, and the count is still exact", () => {
  assert.is(warn({ kreis: "koeln", challenges: ["klima-umwelt"] }), `${EMPTY} Lassen Sie z. B. das Thema „Klima und Umwelt“ weg (2 Netzwerke).`);
  assert.is(warn({ kreis: "koeln" }), "");
  assert.is(warn({ kreis: "__proto__" }), `${EMPTY} Wählen Sie z. B. ganz Nordrhein-Westfalen (4 Netzwerke).`);
  assert.is(emptyChoiceWarning(choice({ kreis: "kreis-mettmann" }), networks, { scopes: {}, themeFeeds: {} }, vocabulary), `${EMPTY} Wählen Sie z. B. ganz Nordrhein-Westfalen (4 Netzwerke).`);
});

warning("without any network there is nothing to suggest", () => {
  assert.is(emptyChoiceWarning(choice({ challenges: ["bildung"] }), [], catalog, vocabulary), `${EMPTY} In ganz Nordrhein-Westfalen gibt es bisher kein Netzwerk.`);
});

warning.run();

const region = suite("Baukasten: Region der Auswahl");

region("the region field's value: a Kreis wins over its Regierungsbezirk", () => {
  assert.is(regionChoice(EMPTY_FILTER), "");
  assert.is(regionChoice({ regierungsbezirk: "regierungsbezirk-duesseldorf", kreis: "" }), "bezirk:regierungsbezirk-duesseldorf");
  assert.is(regionChoice({ regierungsbezirk: "regierungsbezirk-duesseldorf", kreis: "duesseldorf" }), "kreis:duesseldorf");
  assert.is(scopeOf(choice({ kreis: "duesseldorf" }), catalog)?.label, "Düsseldorf");
  assert.is(scopeOf(choice({ kreis: "constructor" }), catalog), undefined);
});

region.run();

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
