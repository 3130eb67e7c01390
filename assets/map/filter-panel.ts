/**
 * The filter form beside the map: theme (challenge) checkboxes with colour and live count, Regierungsbezirk
 * and Kreis, "mit KMU", status, text search and a reset button. It only reports what the visitor
 * changed; the app decides what that means and calls {@link FilterPanel.update} with the result.
 * Collapses into a `<details>` panel on small screens.
 */
import { h } from "./dom.ts";
import { EMPTY_FILTER, isFilterActive, type FilterResult, type FilterState } from "./filter-state.ts";
import type { MapConfig } from "./map-config.ts";

export interface FilterPanelOptions {
  /** Vocabularies and places to offer. Required. */
  readonly config: MapConfig;
  /** Called with the new filter; `typing` is true for text search keystrokes. Required. */
  readonly onChange: (filter: FilterState, typing: boolean) => void;
  /** Filters fixed by the page (embed); their controls are left out. Default: none. */
  readonly fixedFilters?: Partial<FilterState>;
  /** Media query above which the panel starts open. Default "(min-width: 48em)". */
  readonly openMedia?: string;
  /** Wait after the last keystroke before searching, in ms. Default 200. */
  readonly typingDelay?: number;
}

let panelCount = 0;

export class FilterPanel {
  private readonly options: FilterPanelOptions;
  private readonly id = `gw-filter-${++panelCount}`;
  private filter: FilterState = EMPTY_FILTER;
  private element: HTMLDetailsElement | undefined;
  private readonly challengeInputs = new Map<string, { input: HTMLInputElement; count: HTMLElement }>();
  private readonly statusInputs = new Map<string, HTMLInputElement>();
  private bezirkSelect: HTMLSelectElement | undefined;
  private kreisSelect: HTMLSelectElement | undefined;
  private kmuInput: HTMLInputElement | undefined;
  private queryInput: HTMLInputElement | undefined;
  private resetButton: HTMLButtonElement | undefined;
  private summaryState: HTMLElement | undefined;
  private typingTimer: number | undefined;

  constructor(options: FilterPanelOptions) {
    this.options = { openMedia: "(min-width: 48em)", typingDelay: 200, ...options };
  }

  /** Builds the form into `parent` and starts listening. */
  mount(parent: HTMLElement): void {
    const fixed = this.options.fixedFilters ?? {};
    const form = h("form", { class: "gw-filter__form", "aria-label": "Netzwerke filtern" });
    form.addEventListener("submit", (e) => e.preventDefault());
    if (!fixed.challenges) form.append(this.challengeFieldset());
    if (fixed.regierungsbezirk === undefined || fixed.kreis === undefined) form.append(this.placeFields(fixed));
    if (fixed.kmu === undefined) form.append(this.kmuField());
    if (!fixed.statuses) form.append(this.statusFieldset());
    if (fixed.query === undefined) form.append(this.queryField());
    this.resetButton = h("button", { type: "button", class: "gw-filter__reset" }, "Alle Filter zurücksetzen");
    form.append(this.resetButton);

    this.summaryState = h("span", { class: "gw-filter__active" });
    this.element = h("details", { class: "gw-filter", id: this.id }, h("summary", { class: "gw-filter__summary" }, "Filter", this.summaryState), form);
    this.element.open = window.matchMedia(this.options.openMedia!).matches;
    form.addEventListener("change", this.onFormChange);
    form.addEventListener("input", this.onFormInput);
    this.resetButton.addEventListener("click", this.onReset);
    parent.append(this.element);
  }

  /** Stops listening and removes the form. */
  unmount(): void {
    const form = this.element?.querySelector("form");
    form?.removeEventListener("change", this.onFormChange);
    form?.removeEventListener("input", this.onFormInput);
    this.resetButton?.removeEventListener("click", this.onReset);
    window.clearTimeout(this.typingTimer);
    this.element?.remove();
    this.element = undefined;
  }

  /** Shows `filter` in the controls and the counts of `result` next to the challenges. */
  update(filter: FilterState, result: FilterResult): void {
    this.filter = filter;
    for (const [slug, { input, count }] of this.challengeInputs) {
      input.checked = filter.challenges.includes(slug);
      count.textContent = `(${result.challengeCounts.get(slug) ?? 0})`;
    }
    for (const [slug, input] of this.statusInputs) input.checked = filter.statuses.includes(slug);
    if (this.bezirkSelect) this.bezirkSelect.value = filter.regierungsbezirk;
    if (this.kreisSelect) {
      this.fillKreise(filter.regierungsbezirk);
      this.kreisSelect.value = filter.kreis;
    }
    if (this.kmuInput) this.kmuInput.checked = filter.kmu;
    if (this.queryInput && this.queryInput.value.trim() !== filter.query.trim()) this.queryInput.value = filter.query;
    // Fixed filters (embeds) are neither counted nor resettable: the visitor did not choose them.
    const own: FilterState = { ...filter, ...Object.fromEntries(Object.keys(this.options.fixedFilters ?? {}).map((key) => [key, EMPTY_FILTER[key as keyof FilterState]])) };
    const active = activeFilterCount(own);
    if (this.summaryState) this.summaryState.textContent = active ? ` (${active} aktiv)` : "";
    if (this.resetButton) this.resetButton.disabled = !isFilterActive(own);
  }

  /** Reads the controls into a filter (fixed fields keep the last known value). */
  private read(): FilterState {
    return {
      challenges: this.challengeInputs.size ? [...this.challengeInputs].filter(([, c]) => c.input.checked).map(([slug]) => slug) : this.filter.challenges,
      regierungsbezirk: this.bezirkSelect?.value ?? this.filter.regierungsbezirk,
      kreis: this.kreisSelect?.value ?? this.filter.kreis,
      kmu: this.kmuInput?.checked ?? this.filter.kmu,
      statuses: this.statusInputs.size ? [...this.statusInputs].filter(([, input]) => input.checked).map(([slug]) => slug) : this.filter.statuses,
      query: this.queryInput?.value ?? this.filter.query,
    };
  }

  private readonly onFormChange = (event: Event): void => {
    if (event.target === this.queryInput) return;
    window.clearTimeout(this.typingTimer);
    const next = this.read();
    // A Kreis outside the chosen Regierungsbezirk would match nothing; drop it.
    if (event.target === this.bezirkSelect && next.kreis && !this.kreiseOf(next.regierungsbezirk).some((k) => k.slug === next.kreis)) {
      this.options.onChange({ ...next, kreis: "" }, false);
      return;
    }
    this.options.onChange(next, false);
  };

  private readonly onFormInput = (event: Event): void => {
    if (event.target !== this.queryInput) return;
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(() => this.options.onChange(this.read(), true), this.options.typingDelay);
  };

  private readonly onReset = (): void => {
    window.clearTimeout(this.typingTimer);
    this.options.onChange(EMPTY_FILTER, false);
  };

  private challengeFieldset(): HTMLFieldSetElement {
    const list = h("ul", { class: "gw-filter__options" });
    for (const challenge of this.options.config.challenges) {
      const input = h("input", { type: "checkbox", name: "thema", value: challenge.slug });
      const swatch = h("span", { class: `gw-swatch challenge--${challenge.slug}`, "aria-hidden": "true" });
      const count = h("span", { class: "gw-filter__count" });
      list.append(h("li", {}, h("label", {}, input, swatch, h("span", {}, challenge.label), " ", count)));
      this.challengeInputs.set(challenge.slug, { input, count });
    }
    return h("fieldset", { class: "gw-filter__group" }, h("legend", {}, "Themen"), list);
  }

  private placeFields(fixed: Partial<FilterState>): HTMLElement {
    const group = h("div", { class: "gw-filter__group gw-filter__places" });
    if (fixed.regierungsbezirk === undefined) {
      const id = `${this.id}-bezirk`;
      this.bezirkSelect = h("select", { id, name: "bezirk" }, h("option", { value: "" }, "Alle Regierungsbezirke"));
      for (const b of this.options.config.regierungsbezirke) this.bezirkSelect.append(h("option", { value: b.slug }, b.label));
      group.append(h("label", { for: id }, "Regierungsbezirk"), this.bezirkSelect);
    }
    if (fixed.kreis === undefined) {
      const id = `${this.id}-kreis`;
      this.kreisSelect = h("select", { id, name: "kreis" });
      this.fillKreise("");
      group.append(h("label", { for: id }, "Kreis oder kreisfreie Stadt"), this.kreisSelect);
    }
    return group;
  }

  private kreiseOf(bezirk: string) {
    const kreise = this.options.config.kreise;
    return bezirk ? kreise.filter((k) => k.regierungsbezirkSlug === bezirk) : kreise;
  }

  /** Offers the Kreise of `bezirk` (all when ""), rebuilding the options only when that changes. */
  private fillKreise(bezirk: string): void {
    const select = this.kreisSelect;
    if (!select || select.dataset.bezirk === bezirk && select.options.length > 0) return;
    select.dataset.bezirk = bezirk;
    select.replaceChildren(h("option", { value: "" }, "Alle Kreise und Städte"), ...this.kreiseOf(bezirk).map((k) => h("option", { value: k.slug }, k.label)));
  }

  private kmuField(): HTMLElement {
    this.kmuInput = h("input", { type: "checkbox", name: "kmu", value: "ja" });
    // A checkbox option like those of the themes and statuses, not a field label (those are bold).
    return h("div", { class: "gw-filter__group" }, h("label", { class: "gw-filter__check" }, this.kmuInput, " nur mit KMU-Partnern (kleine und mittlere Unternehmen)"));
  }

  private statusFieldset(): HTMLFieldSetElement {
    const list = h("ul", { class: "gw-filter__options gw-filter__options--inline" });
    for (const status of this.options.config.statuses) {
      const input = h("input", { type: "checkbox", name: "status", value: status.slug });
      list.append(h("li", {}, h("label", {}, input, " ", status.label)));
      this.statusInputs.set(status.slug, input);
    }
    return h("fieldset", { class: "gw-filter__group" }, h("legend", {}, "Status"), list);
  }

  private queryField(): HTMLElement {
    const id = `${this.id}-suche`;
    this.queryInput = h("input", { type: "search", id, name: "suche", autocomplete: "off", spellcheck: "false", "aria-describedby": `${id}-hinweis` });
    return h(
      "div",
      { class: "gw-filter__group" },
      h("label", { for: id }, "Suche"),
      h("span", { class: "gw-filter__hint", id: `${id}-hinweis` }, "in Titel, Beschreibung und Partnern"),
      this.queryInput,
    );
  }
}

/** How many kinds of filter are active, for the collapsed panel's summary. */
function activeFilterCount(filter: FilterState): number {
  return [filter.challenges.length > 0, !!filter.regierungsbezirk, !!filter.kreis, filter.kmu, filter.statuses.length > 0, !!filter.query.trim()].filter(Boolean).length;
}
