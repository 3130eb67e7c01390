/**
 * What the list area says when no network matches: which of the visitor's filters are chosen, and
 * a button to reset them (an embed's locked filters stay). The message is a live region that stays
 * in the document, so screen readers hear it when it appears; the button is outside it, so it is
 * not read out with every change.
 */
import { h } from "./dom.ts";

export interface EmptyListNoticeOptions {
  /** Called by "Filter zurücksetzen". Required. */
  readonly onReset: () => void;
}

export class EmptyListNotice {
  private readonly options: EmptyListNoticeOptions;
  private element: HTMLElement | undefined;
  private message: HTMLElement | undefined;
  private actions: HTMLElement | undefined;
  private button: HTMLButtonElement | undefined;

  constructor(options: EmptyListNoticeOptions) {
    this.options = options;
  }

  /** Inserts the (empty) notice after `anchor` and starts listening. */
  mount(anchor: Element): void {
    this.message = h("p", { class: "gw-map-empty__message", role: "status" });
    this.button = h("button", { type: "button", class: "gw-map-empty__reset" }, "Filter zurücksetzen");
    this.actions = h("p", { class: "gw-map-empty__actions", hidden: true }, this.button);
    this.element = h("div", { class: "gw-map-empty", "data-map-added": true }, this.message, this.actions);
    this.button.addEventListener("click", this.options.onReset);
    anchor.after(this.element);
  }

  /** Stops listening and removes the notice. */
  unmount(): void {
    this.button?.removeEventListener("click", this.options.onReset);
    this.element?.remove();
    this.element = undefined;
  }

  /**
   * Shows `text` ("" hides the notice), with the reset button when the visitor has filters to reset.
   * Unchanged text is not written again, so it is not announced again.
   */
  show(text: string, canReset: boolean): void {
    if (!this.element || !this.message || !this.actions) return;
    if (this.message.textContent !== text) this.message.textContent = text;
    this.element.classList.toggle("is-shown", text !== "");
    this.actions.hidden = text === "" || !canReset;
  }

  /** True while the reset button has focus (it disappears with the message). */
  hasFocus(): boolean {
    return this.button !== undefined && document.activeElement === this.button;
  }
}
