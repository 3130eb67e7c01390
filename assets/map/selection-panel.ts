/**
 * The selected network right below the map, for maps too low for a popup clear of their controls
 * (embeds of 200–350 px height in a partner's sidebar or banner; popup-room.ts decides). Such a
 * popup would be cut off or cover the zoom buttons, the background map's button or the
 * attribution; below the map the card has the map's full width, covers nothing, and sits where
 * the visitor already looks – the marked dot above it, its name and link directly under it.
 *
 * A region in the page's flow, not a dialog: keyboard users reach it with Tab (or are taken
 * there when they chose a network from the list or a marker by keyboard), Escape or "Schließen"
 * ends the selection. A visually hidden live region names what was selected for screen-reader
 * users whose focus stays on the map (touch, mouse).
 */
import { h } from "./dom.ts";

export interface SelectionPanelOptions {
  /**
   * Called when the visitor closes the panel ("Schließen" or Escape), before it hides.
   * `focusWasInside`: focus was in the panel and needs a new place. Required.
   */
  readonly onClose: (focusWasInside: boolean) => void;
}

/** What the panel shows. */
export interface SelectionContent {
  /** The card (a network) or the list (networks at one spot). */
  readonly content: HTMLElement;
  /** Read out by screen readers when focus does not go into the panel, e.g. "Ausgewählt: Pflegebündnis Lippe, Detmold". */
  readonly announcement: string;
}

export class SelectionPanel {
  private readonly options: SelectionPanelOptions;
  private element: HTMLElement | undefined;
  private body: HTMLElement | undefined;
  private closeButton: HTMLButtonElement | undefined;
  private status: HTMLElement | undefined;

  constructor(options: SelectionPanelOptions) {
    this.options = options;
  }

  /** Inserts the (hidden) panel right after `anchor` – the map – and starts listening. */
  mount(anchor: Element): void {
    this.body = h("div", { class: "gw-map-selection__body" });
    this.closeButton = h("button", { type: "button", class: "gw-map-selection__close", "aria-label": "Schließen" }, h("span", { "aria-hidden": "true" }, "×"));
    this.element = h("section", { class: "gw-map-selection", "aria-label": "Auf der Karte ausgewählt", hidden: true, "data-map-added": true }, this.body, this.closeButton);
    // Positioned out of the flow (gw-visually-hidden), so it takes no row of the map's grid while empty.
    this.status = h("p", { class: "gw-visually-hidden", role: "status", "data-map-added": true });
    this.closeButton.addEventListener("click", this.onCloseClick);
    this.element.addEventListener("keydown", this.onKeyDown);
    anchor.after(this.element, this.status);
  }

  /** Stops listening and removes the panel. */
  unmount(): void {
    this.closeButton?.removeEventListener("click", this.onCloseClick);
    this.element?.removeEventListener("keydown", this.onKeyDown);
    this.element?.remove();
    this.status?.remove();
    this.element = undefined;
  }

  /** True while the panel shows something. */
  get shown(): boolean {
    return this.element !== undefined && !this.element.hidden;
  }

  /** The panel, for scrolling it into view and for focus checks; undefined before {@link mount}. */
  get root(): HTMLElement | undefined {
    return this.element;
  }

  /**
   * Shows `selection`. With `focus`, focus goes to the first link or button of the content (the
   * title link of a network); otherwise the announcement is read out.
   */
  show(selection: SelectionContent, focus: boolean): void {
    if (!this.element || !this.body || !this.status) return;
    this.body.replaceChildren(selection.content);
    this.element.hidden = false;
    this.element.scrollIntoView({ block: "nearest", inline: "nearest" });
    if (focus) {
      this.status.textContent = "";
      selection.content.querySelector<HTMLElement>("a[href], button")?.focus({ preventScroll: true });
    } else {
      this.status.textContent = selection.announcement;
    }
  }

  /** Hides the panel (nothing selected any more). */
  hide(): void {
    if (!this.element || !this.body || !this.status || this.element.hidden) return;
    this.element.hidden = true;
    this.body.replaceChildren();
    this.status.textContent = "";
  }

  /** True while focus is inside the panel. */
  hasFocus(): boolean {
    return this.element?.contains(document.activeElement) === true;
  }

  /** Closes the panel as the visitor would ("Schließen"), telling {@link SelectionPanelOptions.onClose}. */
  close(): void {
    if (!this.shown) return;
    this.options.onClose(this.hasFocus());
    this.hide();
  }

  private readonly onCloseClick = (): void => this.close();

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    this.close();
  };
}
