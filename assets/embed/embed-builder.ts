/**
 * The builder on /einbetten/: reads the partner's choices from the form, shows them in a live
 * preview (an iframe of `/embed/`, updated after a short pause) and writes both snippets, with
 * copy buttons. It preselects the form from its own address (`/einbetten/?thema=…`, the parameters
 * of `/embed/`) and names the feed of new networks that fits the choice. It counts the networks of
 * the exact choice – and per theme, as the map's filter panel does – with the map's own filter over
 * the embed's own data (/daten/netzwerke.geojson, fetched once; the preview fetches the same file,
 * so the browser may have it already), and warns with a way out when the map would be empty. The form is
 * server-rendered and hidden until this script shows it; without JavaScript the page keeps its
 * explanation, a preview of the whole map and the default snippets.
 */
import type { NetworkFeatureCollection } from "../../scripts/outputs/networks-geojson.ts";
import { applyFilter, toFilterableNetwork, type FilterableNetwork, type FilterState } from "../map/filter-state.ts";
import { DEFAULT_EMBED_OPTIONS, hasFilterValue, parseEmbedParams, serializeEmbedParams, type EmbedOptions, type EmbedVocabulary } from "./embed-params.ts";
import { iframeSnippet, scriptSnippet } from "./embed-snippets.ts";
import { feedForChoice, regionChoice, type BuilderCatalog } from "./builder-catalog.ts";
import { choiceCountText, emptyChoiceWarning } from "./choice-count.ts";
import { DEFAULT_MAP_HEIGHT, FIXABLE_PARAMS } from "./embed-spec.ts";
import { isHeightMessage } from "./height-message.ts";

export interface EmbedBuilderOptions {
  /** The form with fields thema, region, kmu, status, besucher, liste, hoehe. Required. */
  readonly form: HTMLFormElement;
  /** The preview frame, without `src` (so it loads once, with the first choice); shown when it gets one. Required. */
  readonly preview: HTMLIFrameElement;
  /** Where the snippets go, by kind. Required. */
  readonly snippets: { readonly iframe: HTMLTextAreaElement; readonly script: HTMLTextAreaElement };
  /** Buttons with `data-copy="iframe|script"`. */
  readonly copyButtons: readonly HTMLButtonElement[];
  /** Announces "kopiert". Required. */
  readonly status: HTMLElement;
  /** Canonical address of the site for the snippets, e.g. "https://karte.gemeinsam-wirken.nrw". Required. */
  readonly siteUrl: string;
  /** Known values, to normalise the form's choices exactly as the embed will read them. Required. */
  readonly vocabulary: EmbedVocabulary;
  /** Names and feeds per region. Without it the builder names no feed, and its warning no region. */
  readonly catalog?: BuilderCatalog;
  /**
   * The embed's network data (`/daten/netzwerke.geojson`, MapConfig.networksUrl), fetched when the
   * builder mounts. Without it, or until it has arrived, the builder shows no count and no warning.
   */
  readonly networksUrl?: string;
  /** Where the number of networks of the current choice goes: a polite live region (role=status). */
  readonly count?: HTMLElement;
  /**
   * Where the warning about an empty map goes: the first should be a live region (role=status),
   * the others repeat it silently where the partner looks next (before the code).
   */
  readonly warnings?: readonly HTMLElement[];
  /** Where the feed that fits the choice is named. */
  readonly feedNote?: HTMLElement;
  /**
   * The builder page's query string (`location.search`): choices given there with the parameters
   * of `/embed/` ("?thema=bildung", "?kreis=kreis-lippe") preselect the form. Default: none.
   */
  readonly address?: string;
  /** Pause after the last change before the preview reloads, in ms. Default 400. */
  readonly previewDelay?: number;
}

/** The frame id of the preview, so its height reports can be told apart. */
const PREVIEW_ID = "vorschau";

/** Without a catalog the warning names no region and suggests all of NRW as the wider one. */
const NO_CATALOG: BuilderCatalog = { scopes: {}, themeFeeds: {} };

/** Reads the form into options (not yet normalised). */
export function readBuilderForm(form: HTMLFormElement): EmbedOptions {
  const data = new FormData(form);
  const [kind, slug = ""] = String(data.get("region") ?? "").split(":");
  const filter: FilterState = {
    challenges: data.getAll("thema").map(String),
    regierungsbezirk: kind === "bezirk" ? slug : "",
    kreis: kind === "kreis" ? slug : "",
    kmu: data.has("kmu"),
    statuses: data.getAll("status").map(String),
    query: "",
  };
  const visitors = String(data.get("besucher") ?? "fest");
  const height = Math.round(Number(data.get("hoehe")));
  return {
    ...DEFAULT_EMBED_OPTIONS,
    filter,
    fixed: visitors === "fest" ? FIXABLE_PARAMS.filter((name) => hasFilterValue(filter, name)) : [],
    showFilters: visitors !== "aus",
    showList: data.has("liste"),
    mapHeight: Number.isFinite(height) && height > 0 ? height : DEFAULT_MAP_HEIGHT,
  };
}

/**
 * Sets the form to `options` (parsed, so every value is one the form offers) – the reverse of
 * {@link readBuilderForm} for what the form can express. Visitors may filter ("fest") unless the
 * options hide the filters; options the form has no field for (suche, netzwerk, nahe, ansicht)
 * are left out.
 */
export function writeBuilderForm(form: HTMLFormElement, options: EmbedOptions): void {
  const f = options.filter;
  for (const box of form.querySelectorAll<HTMLInputElement>("input[name=thema]")) box.checked = f.challenges.includes(box.value);
  for (const box of form.querySelectorAll<HTMLInputElement>("input[name=status]")) box.checked = f.statuses.includes(box.value);
  const region = form.querySelector<HTMLSelectElement>("select[name=region]");
  if (region) region.value = regionChoice(f);
  const kmu = form.querySelector<HTMLInputElement>("input[name=kmu]");
  if (kmu) kmu.checked = f.kmu;
  const visitors = options.showFilters ? "fest" : "aus";
  for (const radio of form.querySelectorAll<HTMLInputElement>("input[name=besucher]")) radio.checked = radio.value === visitors;
  const list = form.querySelector<HTMLInputElement>("input[name=liste]");
  if (list) list.checked = options.showList;
  const height = form.querySelector<HTMLInputElement>("input[name=hoehe]");
  if (height) height.value = String(options.mapHeight);
}

export class EmbedBuilder {
  private readonly options: EmbedBuilderOptions;
  private timer: number | undefined;
  private previewSrc = "";
  private warning = "";
  private countText = "";
  /** The networks the embed filters, once fetched. */
  private networks: readonly FilterableNetwork[] | undefined;
  /** Cancels the fetch of the networks when the builder unmounts first. */
  private loading: AbortController | undefined;

  constructor(options: EmbedBuilderOptions) {
    this.options = { previewDelay: 400, ...options };
  }

  /** Preselects the form from the address, shows it, fills snippets and preview, and starts listening. */
  mount(): void {
    const { form, copyButtons, address, vocabulary } = this.options;
    // Only when the address has something to say: otherwise the browser's restored form state
    // (after going back to the page) stays.
    if (address && address !== "?") writeBuilderForm(form, parseEmbedParams(address, vocabulary).options);
    form.hidden = false;
    form.addEventListener("change", this.onChange);
    form.addEventListener("input", this.onChange);
    for (const button of copyButtons) button.addEventListener("click", this.onCopy);
    window.addEventListener("message", this.onMessage);
    this.update(true);
    void this.loadNetworks();
  }

  unmount(): void {
    const { form, copyButtons } = this.options;
    form.removeEventListener("change", this.onChange);
    form.removeEventListener("input", this.onChange);
    for (const button of copyButtons) button.removeEventListener("click", this.onCopy);
    window.removeEventListener("message", this.onMessage);
    window.clearTimeout(this.timer);
    this.loading?.abort();
  }

  /** The choices as the embed will read them: the form's options passed through the parser. */
  current(): EmbedOptions {
    return parseEmbedParams(serializeEmbedParams(readBuilderForm(this.options.form)), this.options.vocabulary).options;
  }

  private update(now: boolean): void {
    const choice = this.current();
    const { snippets, siteUrl } = this.options;
    snippets.iframe.value = iframeSnippet(choice, siteUrl);
    snippets.script.value = scriptSnippet(choice, siteUrl);
    this.showCounts(choice.filter);
    window.clearTimeout(this.timer);
    const search = serializeEmbedParams({ ...choice, frameId: PREVIEW_ID });
    const src = `/embed/?${search}`;
    if (now) this.showPreview(src);
    else this.timer = window.setTimeout(() => this.showPreview(src), this.options.previewDelay);
  }

  /**
   * Fetches the networks the embed filters – the same file, so the count is the preview's – and
   * shows the counts for the current choice. On failure the counts stay away: the theme labels
   * (all of NRW, from the page) could be wrong for the chosen region, and the preview, which needs
   * the same file, shows its own error.
   */
  private async loadNetworks(): Promise<void> {
    const { networksUrl, form } = this.options;
    if (!networksUrl) return;
    const loading = (this.loading = new AbortController());
    try {
      const response = await fetch(networksUrl, { signal: loading.signal });
      if (!response.ok) throw new Error(`${networksUrl}: HTTP ${response.status}`);
      const collection = (await response.json()) as NetworkFeatureCollection;
      this.networks = collection.features.map((feature) => toFilterableNetwork(feature.properties));
      this.showCounts(this.current().filter);
    } catch {
      if (loading.signal.aborted) return;
      for (const count of form.querySelectorAll<HTMLElement>("[data-theme-count]")) count.textContent = "";
    }
  }

  /** The exact count and the theme counts for the choice, the warning about an empty map, and the fitting feed. */
  private showCounts(filter: FilterState): void {
    const { catalog, form, vocabulary, warnings = [], count, feedNote, siteUrl } = this.options;
    if (this.networks) {
      // The map's own filter: the number the preview will show, and per theme the number its
      // checkbox would give with the other choices – as the map's filter panel counts.
      const result = applyFilter(this.networks, filter);
      for (const theme of form.querySelectorAll<HTMLElement>("[data-theme-count]")) {
        theme.textContent = `(${result.challengeCounts.get(theme.dataset.themeCount ?? "") ?? 0})`;
      }
      const total = result.matching.length;
      // Live regions are set only when their text changes: they announce every change, and typing
      // in the height field changes nothing here.
      const countText = choiceCountText(total);
      if (count && countText !== this.countText) count.textContent = countText;
      this.countText = countText;
      const warning = total === 0 ? emptyChoiceWarning(filter, this.networks, catalog ?? NO_CATALOG, vocabulary) : "";
      if (warning !== this.warning) {
        this.warning = warning;
        for (const element of warnings) element.textContent = warning;
      }
    }
    if (!catalog) return;
    const fitting = feedForChoice(filter, catalog);
    if (feedNote && fitting) {
      const link = document.createElement("a");
      link.href = fitting.feed.href;
      link.textContent = `${siteUrl.replace(/\/+$/, "")}${fitting.feed.href}`;
      feedNote.replaceChildren(`${fitting.own ? "" : "Für diese Auswahl gibt es keinen eigenen Feed. "}${fitting.feed.title} als Feed: `, link);
    }
  }

  private showPreview(src: string): void {
    if (src === this.previewSrc) return;
    this.previewSrc = src;
    this.options.preview.src = src;
    this.options.preview.hidden = false;
  }

  private readonly onChange = (): void => this.update(false);

  /** The preview reports its height like any embed; the same checks as embed.js apply. */
  private readonly onMessage = (event: MessageEvent): void => {
    const { preview } = this.options;
    if (event.origin !== location.origin || event.source === null || event.source !== preview.contentWindow) return;
    if (isHeightMessage(event.data, PREVIEW_ID)) preview.height = String(event.data.height);
  };

  private readonly onCopy = async (event: MouseEvent): Promise<void> => {
    const kind = (event.currentTarget as HTMLButtonElement).dataset.copy;
    const area = kind === "iframe" ? this.options.snippets.iframe : kind === "script" ? this.options.snippets.script : undefined;
    if (!area) return;
    try {
      await navigator.clipboard.writeText(area.value);
      this.say("Der Code ist in der Zwischenablage. Fügen Sie ihn in Ihre Seite ein.");
    } catch {
      // No clipboard access (permissions, old browser): select the text so Strg+C copies it.
      area.focus();
      area.select();
      this.say("Der Code ist markiert. Kopieren Sie ihn mit Strg+C (Mac: ⌘+C).");
    }
  };

  private say(text: string): void {
    // Cleared first, so the same message is announced again on the next copy.
    this.options.status.textContent = "";
    window.setTimeout(() => (this.options.status.textContent = text), 50);
  }
}
