/**
 * The builder on /einbetten/: reads the partner's choices from the form, shows them in a live
 * preview (an iframe of `/embed/`, updated after a short pause) and writes both snippets, with
 * copy buttons. It preselects the form from its own address (`/einbetten/?thema=…`, the parameters
 * of `/embed/`), shows how many networks each theme has in the chosen region, warns when a choice
 * would give an empty map, and names the feed of new networks that fits the choice. The form is
 * server-rendered and hidden until this script shows it; without JavaScript the page keeps its
 * explanation, a preview of the whole map and the default snippets.
 */
import type { FilterState } from "../map/filter-state.ts";
import { DEFAULT_EMBED_OPTIONS, hasFilterValue, parseEmbedParams, serializeEmbedParams, type EmbedOptions, type EmbedVocabulary } from "./embed-params.ts";
import { iframeSnippet, scriptSnippet } from "./embed-snippets.ts";
import { countOf, emptyChoiceWarning, feedForChoice, regionChoice, scopeOf, type BuilderCatalog } from "./builder-catalog.ts";
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
  /** Network counts and feeds per choice. Without it the builder shows no counts, warnings or feed. */
  readonly catalog?: BuilderCatalog;
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
  }

  unmount(): void {
    const { form, copyButtons } = this.options;
    form.removeEventListener("change", this.onChange);
    form.removeEventListener("input", this.onChange);
    for (const button of copyButtons) button.removeEventListener("click", this.onCopy);
    window.removeEventListener("message", this.onMessage);
    window.clearTimeout(this.timer);
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

  /** Theme counts for the chosen region, the warning about an empty map, and the fitting feed. */
  private showCounts(filter: FilterState): void {
    const { catalog, form, vocabulary, warnings = [], feedNote, siteUrl } = this.options;
    if (!catalog) return;
    const scope = scopeOf(filter, catalog);
    if (scope) {
      for (const count of form.querySelectorAll<HTMLElement>("[data-theme-count]")) {
        count.textContent = `(${countOf(scope.themes, count.dataset.themeCount ?? "")})`;
      }
    }
    const warning = emptyChoiceWarning(filter, catalog, vocabulary);
    // Set only when it changes: a live region announces every change, also typing in the height field.
    if (warning !== this.warning) {
      this.warning = warning;
      for (const element of warnings) element.textContent = warning;
    }
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
