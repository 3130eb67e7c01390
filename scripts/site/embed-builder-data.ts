/**
 * What the builder page /einbetten/ shows: the parameter specification (the table on the page), the
 * choices the form offers and the default snippets shown without JavaScript – all from the modules
 * the builder script and the embed use (assets/embed/), so page, script and embed agree – and,
 * from the site model, how many networks each theme, status and region has (counted exactly as
 * /regionen/ and /themen/ count them) and which feed fits a choice. Only names, Regierungsbezirke
 * and feeds go into the page for the script (the catalog): the script counts every combination
 * itself, with the map's filter over /daten/netzwerke.geojson. Global data `embedBuilder`,
 * provided by the site plugin.
 */
import { DEFAULT_EMBED_OPTIONS } from "../../assets/embed/embed-params.ts";
import { iframeSnippet, scriptSnippet } from "../../assets/embed/embed-snippets.ts";
import type { BuilderCatalog, BuilderFeed, BuilderScope } from "../../assets/embed/builder-catalog.ts";
import { DEFAULT_MAP_HEIGHT, EMBED_PARAMETERS, MAP_HEIGHT_RANGE } from "../../assets/embed/embed-spec.ts";
import type { MapConfig } from "../../assets/map/map-config.ts";
import { NETWORKS_FEED_PATH, regionFeedLink, themeFeedLink } from "./dataset-pages.ts";
import { mapConfig, type MapSiteSettings } from "./map-plugin.ts";
import { regionPreposition } from "./pages/region-page.ts";
import type { SiteModel } from "./site-model.ts";

/** A theme as the form and the list of short names show it. */
export interface BuilderTheme {
  readonly slug: string;
  readonly label: string;
  /** Networks working on it in all of NRW (the number on /themen/). */
  readonly count: number;
}

/** A status as the list of short names shows it. */
export interface BuilderStatus {
  readonly slug: string;
  readonly label: string;
  /** Networks with this status in all of NRW. */
  readonly count: number;
}

/** A Regierungsbezirk or Kreis as the region field and the list of short names show it. */
export interface BuilderRegion {
  /** The value in the region field: "bezirk:<slug>" or "kreis:<slug>". */
  readonly value: string;
  readonly slug: string;
  /** "Regierungsbezirk Detmold", "Kreis Lippe", "Köln". */
  readonly label: string;
  /** Networks based there or with a Wirkungsgebiet reaching there (the number on /regionen/). */
  readonly count: number;
  /** For a Kreis: the label of its Regierungsbezirk. */
  readonly bezirk?: string;
}

/** Everything on /einbetten/ that depends on the dataset. */
export interface BuilderChoices {
  /** Every network (the number of the choice "ganz Nordrhein-Westfalen"). */
  readonly count: number;
  readonly themes: readonly BuilderTheme[];
  readonly statuses: readonly BuilderStatus[];
  readonly regierungsbezirke: readonly BuilderRegion[];
  /** Sorted by name, as the map's Kreis filter lists them. */
  readonly kreise: readonly BuilderRegion[];
  /** The feed of all networks. */
  readonly feed: BuilderFeed;
  /** Examples for the feed section: a theme feed and a region feed that exist. */
  readonly exampleFeeds: readonly BuilderFeed[];
  /** Names and feeds per region, and the feed of each theme, for the builder script. */
  readonly catalog: BuilderCatalog;
  /** {@link catalog} as JSON for a `<script type="application/json">` block. */
  readonly catalogJson: string;
}

/**
 * The counts, feeds and labels of the builder's choices.
 *
 * Region counts are those of the overview /regionen/ (`regionOverview`: networks based there plus
 * those whose Wirkungsgebiet reaches there), which is what the map's region filters match; theme
 * counts those of the theme pages. A region without networks has no page and so no feed.
 *
 * @param config the map's vocabularies (labels and order of the form)
 * @param model the site model of the dataset
 * @throws Error when the vocabulary names a region the model does not know (the two must come from the same gazetteer)
 */
export function builderChoices(config: Pick<MapConfig, "challenges" | "statuses" | "regierungsbezirke" | "kreise">, model: SiteModel): BuilderChoices {
  const overviewBezirke = new Map(model.regionOverview.map((b) => [b.slug, b]));
  const overviewKreise = new Map(model.regionOverview.flatMap((b) => b.kreise.map((k) => [k.slug, { kreis: k, bezirk: b }] as const)));
  const pages = new Map(model.regions.map((r) => [r.slug, r]));
  const themeViews = new Map<string, (typeof model.challenges)[number]>(model.challenges.map((view) => [view.challenge.slug, view]));

  const all = model.networksNewestFirst;
  const feed: BuilderFeed = { href: NETWORKS_FEED_PATH, title: "Neue Netzwerke in ganz Nordrhein-Westfalen" };
  const scopes: Record<string, BuilderScope> = {
    "": { label: "ganz Nordrhein-Westfalen", where: "in ganz Nordrhein-Westfalen", feed },
  };
  /** The scope of one region: its names and the feed of its page, if it has one. */
  const regionScope = (slug: string, label: string, where: string, parent?: string): BuilderScope => {
    const page = pages.get(slug);
    return { label, where, feed: page ? regionFeedLink(page) : null, ...(parent ? { parent } : {}) };
  };

  const regierungsbezirke: BuilderRegion[] = config.regierungsbezirke.map((term) => {
    const overview = overviewBezirke.get(term.slug);
    if (!overview) throw new Error(`Baukasten /einbetten/: Regierungsbezirk „${term.slug}“ fehlt in der Regionenübersicht.`);
    const value = `bezirk:${term.slug}`;
    scopes[value] = regionScope(term.slug, overview.name, `${regionPreposition({ kind: "regierungsbezirk", typeLabel: overview.typeLabel })} ${overview.name}`);
    return { value, slug: term.slug, label: overview.name, count: overview.count };
  });
  const kreise: BuilderRegion[] = config.kreise.map((term) => {
    const overview = overviewKreise.get(term.slug);
    if (!overview) throw new Error(`Baukasten /einbetten/: Kreis „${term.slug}“ fehlt in der Regionenübersicht.`);
    const { kreis, bezirk } = overview;
    const value = `kreis:${term.slug}`;
    scopes[value] = regionScope(term.slug, kreis.name, `${regionPreposition({ kind: "kreis", typeLabel: kreis.typeLabel })} ${kreis.name}`, `bezirk:${bezirk.slug}`);
    return { value, slug: term.slug, label: kreis.name, count: kreis.count, bezirk: bezirk.name };
  });

  const themeFeeds: Record<string, BuilderFeed> = {};
  const themes: BuilderTheme[] = config.challenges.map((term) => {
    // Every theme has a page and a feed, also one without networks yet.
    const view = themeViews.get(term.slug);
    if (!view) throw new Error(`Baukasten /einbetten/: Thema „${term.slug}“ fehlt im Datensatz.`);
    themeFeeds[term.slug] = themeFeedLink(view);
    return { slug: term.slug, label: term.label, count: view.networks.length };
  });

  const statusCounts = new Map<string, number>();
  for (const network of all) statusCounts.set(network.status, (statusCounts.get(network.status) ?? 0) + 1);
  const statuses: BuilderStatus[] = config.statuses.map((term) => ({ slug: term.slug, label: term.label, count: statusCounts.get(term.slug) ?? 0 }));

  const catalog: BuilderCatalog = { scopes, themeFeeds };
  const firstTheme = themes.find((t) => t.count > 0) ?? themes[0];
  const firstRegion = [...kreise, ...regierungsbezirke].find((r) => scopes[r.value]?.feed);
  const exampleFeeds = [firstTheme && themeFeeds[firstTheme.slug], firstRegion && scopes[firstRegion.value]?.feed].filter((f): f is BuilderFeed => !!f);
  return Object.freeze({
    count: all.length,
    themes,
    statuses,
    regierungsbezirke,
    kreise,
    feed,
    exampleFeeds,
    catalog,
    // `<` escaped, as in the map's configuration block: no text in it can end the element.
    catalogJson: JSON.stringify(catalog).replace(/</g, "\\u003c"),
  });
}

/**
 * The builder page's data.
 *
 * The site plugin provides it without the dataset, so the counted part comes from
 * `choicesFor(model)`, which the page calls with the global `model` (the same site model the page
 * /regionen/ shows); it is computed once per model.
 *
 * @param site the site settings (content/_data/site.js): map settings and the canonical address
 * @returns a frozen object, which Eleventy passes by reference instead of copying it
 */
export function embedBuilderData(site: MapSiteSettings & { readonly url: string }) {
  const config = mapConfig(site);
  const computed = new WeakMap<SiteModel, BuilderChoices>();
  return Object.freeze({
    parameters: EMBED_PARAMETERS,
    defaultHeight: DEFAULT_MAP_HEIGHT,
    heightRange: MAP_HEIGHT_RANGE,
    snippets: {
      iframe: iframeSnippet(DEFAULT_EMBED_OPTIONS, site.url),
      script: scriptSnippet(DEFAULT_EMBED_OPTIONS, site.url),
    },
    /** The choices with their network counts and feeds for `model` (see {@link builderChoices}). */
    choicesFor(model: SiteModel): BuilderChoices {
      let choices = computed.get(model);
      if (!choices) {
        choices = builderChoices(config, model);
        computed.set(model, choices);
      }
      return choices;
    },
  });
}
