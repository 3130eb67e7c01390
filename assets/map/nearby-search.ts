/**
 * "In meiner Nähe": the visitor types a Gemeinde (offline autocomplete from the compact
 * gazetteer, loaded on first use), and the app centres the map there and sorts the list by
 * distance. No geolocation API, so nothing is asked and nothing leaves the page.
 */
import { h } from "./dom.ts";
import { findGemeinden, resolveGemeinde, toGemeindeOptions, type GemeindeOption } from "./gemeinde-search.ts";
import type { GemeindeSearchFile } from "./map-config.ts";

export interface NearbySearchOptions {
  /** `/daten/gemeinden-suche.json`. Required. */
  readonly url: string;
  /** Called with the chosen Gemeinde, or null when the visitor clears the choice. Required. */
  readonly onChoose: (gemeinde: GemeindeOption | null) => void;
  /** Suggestions shown at most. Default 8. */
  readonly limit?: number;
}

let searchCount = 0;

export class NearbySearch {
  private readonly options: NearbySearchOptions;
  private readonly id = `gw-nahe-${++searchCount}`;
  private gemeinden: Promise<GemeindeOption[]> | undefined;
  private form: HTMLFormElement | undefined;
  private input: HTMLInputElement | undefined;
  private datalist: HTMLDataListElement | undefined;
  private clearButton: HTMLButtonElement | undefined;
  private message: HTMLElement | undefined;

  constructor(options: NearbySearchOptions) {
    this.options = { limit: 8, ...options };
  }

  /** Builds the form into `parent` and starts listening. */
  mount(parent: HTMLElement): void {
    const inputId = `${this.id}-eingabe`;
    this.input = h("input", { id: inputId, type: "text", list: `${this.id}-vorschlaege`, autocomplete: "off", spellcheck: "false", "aria-describedby": `${this.id}-meldung` });
    this.datalist = h("datalist", { id: `${this.id}-vorschlaege` });
    this.clearButton = h("button", { type: "button", hidden: true }, "Aufheben");
    this.message = h("p", { class: "gw-nearby__message", id: `${this.id}-meldung`, "aria-live": "polite" });
    this.form = h(
      "form",
      { class: "gw-nearby", role: "search", "aria-label": "In meiner Nähe" },
      h("label", { for: inputId }, "In meiner Nähe: Stadt oder Gemeinde"),
      h("div", { class: "gw-nearby__row" }, this.input, h("button", { type: "submit" }, "Zeigen"), this.clearButton),
      this.datalist,
      this.message,
    );
    this.form.addEventListener("submit", this.onSubmit);
    this.input.addEventListener("input", this.onInput);
    this.input.addEventListener("focus", this.onFocus);
    this.clearButton.addEventListener("click", this.onClear);
    parent.append(this.form);
  }

  /** Stops listening and removes the form. */
  unmount(): void {
    this.form?.removeEventListener("submit", this.onSubmit);
    this.input?.removeEventListener("input", this.onInput);
    this.input?.removeEventListener("focus", this.onFocus);
    this.clearButton?.removeEventListener("click", this.onClear);
    this.form?.remove();
    this.form = undefined;
  }

  /** The Gemeinde with AGS `ags` (loads the gazetteer if needed). */
  async find(ags: string): Promise<GemeindeOption | undefined> {
    return (await this.load()).find((g) => g.ags === ags);
  }

  /** Shows `gemeinde` as the current choice (also when it came from the URL). */
  show(gemeinde: GemeindeOption | null): void {
    if (!this.input || !this.message || !this.clearButton) return;
    if (gemeinde) this.input.value = gemeinde.label;
    else if (document.activeElement !== this.input) this.input.value = "";
    this.clearButton.hidden = !gemeinde;
    this.message.textContent = gemeinde ? `Liste nach Entfernung von ${gemeinde.name} sortiert.` : "";
  }

  private load(): Promise<GemeindeOption[]> {
    this.gemeinden ??= fetch(this.options.url)
      .then((response) => {
        if (!response.ok) throw new Error(`${this.options.url}: HTTP ${response.status}`);
        return response.json() as Promise<GemeindeSearchFile>;
      })
      .then((file) => toGemeindeOptions(file.gemeinden))
      .catch(() => {
        this.gemeinden = undefined;
        if (this.message) this.message.textContent = "Die Liste der Gemeinden konnte nicht geladen werden.";
        return [];
      });
    return this.gemeinden;
  }

  private readonly onFocus = (): void => {
    void this.load();
  };

  private readonly onInput = async (): Promise<void> => {
    const input = this.input;
    const datalist = this.datalist;
    if (!input || !datalist) return;
    const value = input.value;
    const gemeinden = await this.load();
    if (input.value !== value) return; // a newer keystroke is on its way
    // Picking a suggestion fills in its full label: choose it right away.
    const picked = gemeinden.find((g) => g.label === value);
    if (picked) {
      this.choose(picked);
      return;
    }
    datalist.replaceChildren(...findGemeinden(gemeinden, value, this.options.limit).map((g) => h("option", { value: g.label })));
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const value = this.input?.value ?? "";
    if (value.trim() === "") {
      this.onClear();
      return;
    }
    const gemeinde = resolveGemeinde(await this.load(), value);
    if (gemeinde) this.choose(gemeinde);
    else if (this.message) this.message.textContent = `Keine Stadt oder Gemeinde „${value.trim()}“ in NRW gefunden.`;
  };

  private readonly onClear = (): void => {
    if (this.input) this.input.value = "";
    this.show(null);
    this.options.onChoose(null);
  };

  private choose(gemeinde: GemeindeOption): void {
    this.show(gemeinde);
    this.options.onChoose(gemeinde);
  }
}
