/**
 * Enhances the server-rendered network list (scripts/site/pages/network-list.ts): every entry gets
 * an "Auf der Karte zeigen" button, filtered-out entries get the `hidden` attribute (the stable
 * hook `li[data-slug][hidden]`), and the order follows the map (alphabetical, or by distance).
 * Networks the page did not render (e.g. data newer than the page) get an entry built here.
 */
import type { NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import { h } from "./dom.ts";
import { formatDistance } from "./distance.ts";
import { yearsLabel } from "../site/network-years.ts";

export interface NetworkListOptions {
  /** The `<ul>` holding `li[data-slug]` entries. Required. */
  readonly list: HTMLElement;
  /** Every network the map knows. Required. */
  readonly networks: readonly NetworkFeatureProperties[];
  /** Called when the visitor asks to see a network on the map. Required. */
  readonly onSelect: (slug: string) => void;
  /** `target` of links in entries built here. Default: none. */
  readonly linkTarget?: string;
  /** Base that makes links in entries built here absolute (an embed: `location.origin`). Default: none. */
  readonly linkBase?: string;
  /** Labels of the challenges, for the theme list of entries built here. Default: none (no theme list). */
  readonly challenges?: readonly { readonly slug: string; readonly label: string }[];
  /**
   * Entries drawn at once; "Weitere anzeigen" draws the next page. Matching entries beyond it are
   * not `hidden` (they match) but carry the class `gw-beyond-page`. Default 100.
   */
  readonly pageSize?: number;
}

/** Marks the list entries this module added, so unmounting can take them away again. */
const ADDED = "data-map-added";

/**
 * What the list knows of an entry without asking the DOM: reading `dataset`, `hidden` or
 * `classList` of ten thousand elements on every filter click cost more than the filtering itself.
 */
interface ItemState {
  readonly slug: string;
  hidden: boolean;
  beyondPage: boolean;
}

export class NetworkList {
  private readonly options: NetworkListOptions;
  private readonly items = new Map<string, HTMLLIElement>();
  private readonly states = new Map<Element, ItemState>();
  private order: readonly string[] = [];
  private selected = "";
  /** Whether distance badges are on screen, so updates without distances can skip them cheaply. */
  private distancesShown = false;
  private readonly pageSize: number;
  /** How many matching entries are drawn; grows with "Weitere anzeigen", resets on each update. */
  private limit: number;
  private visible: ReadonlySet<string> = new Set();
  private moreButton: HTMLButtonElement | undefined;
  private moreParagraph: HTMLElement | undefined;

  constructor(options: NetworkListOptions) {
    this.options = options;
    this.pageSize = options.pageSize ?? 100;
    this.limit = this.pageSize;
  }

  /** Finds or builds an entry per network, adds the map buttons and starts listening. */
  mount(): void {
    const { list, networks } = this.options;
    for (const li of list.querySelectorAll<HTMLLIElement>(":scope > li[data-slug]")) this.items.set(li.dataset.slug ?? "", li);
    const missing = document.createDocumentFragment();
    for (const network of networks) {
      let li = this.items.get(network.slug);
      if (!li) {
        li = this.buildItem(network);
        this.items.set(network.slug, li);
        missing.append(li);
      }
      li.append(
        h(
          "p",
          { class: "gw-show-on-map", [ADDED]: true },
          h("button", { type: "button", "data-map-select": network.slug }, "Auf der Karte zeigen", h("span", { class: "gw-visually-hidden" }, `: ${network.title}`)),
        ),
      );
    }
    list.append(missing);
    for (const [slug, li] of this.items) this.states.set(li, { slug, hidden: li.hidden, beyondPage: li.classList.contains("gw-beyond-page") });
    list.addEventListener("click", this.onClick);
    this.moreButton = h("button", { type: "button" });
    this.moreParagraph = h("p", { class: "gw-list-more", hidden: true, [ADDED]: true }, this.moreButton);
    this.moreButton.addEventListener("click", this.onMore);
    list.after(this.moreParagraph);
  }

  /** Stops listening and removes what {@link mount} added; hidden entries are shown again. */
  unmount(): void {
    this.options.list.removeEventListener("click", this.onClick);
    this.moreButton?.removeEventListener("click", this.onMore);
    this.moreParagraph?.remove();
    for (const added of this.options.list.querySelectorAll(`[${ADDED}]`)) added.remove();
    for (const li of this.items.values()) {
      li.hidden = false;
      li.classList.remove("gw-beyond-page");
    }
    this.items.clear();
    this.states.clear();
  }

  /**
   * Shows exactly the networks in `visible`, in `order` (slugs; entries not in it keep their place at
   * the end), with distances when given.
   */
  update(visible: ReadonlySet<string>, order: readonly string[], distances?: ReadonlyMap<string, number>): void {
    const touchDistances = distances !== undefined || this.distancesShown;
    for (const [slug, li] of this.items) {
      const state = this.states.get(li)!;
      const hide = !visible.has(slug);
      if (state.hidden !== hide) {
        li.hidden = hide;
        state.hidden = hide;
      }
      if (touchDistances) this.showDistance(li, distances?.get(slug));
    }
    this.distancesShown = distances !== undefined;
    if (order !== this.order) {
      this.order = order;
      this.reorder(order);
    }
    this.visible = visible;
    this.limit = this.pageSize;
    this.paginate();
  }

  /** Draws the first {@link limit} matching entries in list order and offers the rest. */
  private paginate(): void {
    let drawn = 0;
    for (const li of this.options.list.children) {
      const state = this.states.get(li);
      if (!state || !this.visible.has(state.slug)) continue;
      const beyond = drawn++ >= this.limit;
      this.setBeyondPage(li, state, beyond);
    }
    const rest = this.visible.size - Math.min(this.visible.size, this.limit);
    if (this.moreParagraph && this.moreButton) {
      this.moreParagraph.hidden = rest <= 0;
      this.moreButton.textContent = `Weitere ${Math.min(rest, this.pageSize)} von ${rest} Netzwerken anzeigen`;
    }
  }

  private readonly onMore = (): void => {
    const firstNew = this.limit;
    this.limit += this.pageSize;
    this.paginate();
    // Continue reading where the new entries begin.
    const next = [...this.options.list.children].filter((li) => this.visible.has(this.states.get(li)?.slug ?? ""))[firstNew];
    next?.querySelector<HTMLElement>("a, button")?.focus();
  };

  /** Marks the selected network's entry ("" for none) and draws it even if beyond the page. */
  setSelected(slug: string): void {
    const li = this.items.get(slug);
    const state = li && this.states.get(li);
    if (li && state) this.setBeyondPage(li, state, false);
    this.items.get(this.selected)?.removeAttribute("aria-current");
    this.items.get(this.selected)?.classList.remove("is-selected");
    this.selected = slug;
    this.items.get(slug)?.setAttribute("aria-current", "true");
    this.items.get(slug)?.classList.add("is-selected");
  }

  /** Moves focus to the map button of `slug` (e.g. when its popup closes). */
  focus(slug: string): void {
    this.items.get(slug)?.querySelector<HTMLButtonElement>("button[data-map-select]")?.focus();
  }

  private setBeyondPage(li: Element, state: ItemState, beyond: boolean): void {
    if (state.beyondPage === beyond) return;
    li.classList.toggle("gw-beyond-page", beyond);
    state.beyondPage = beyond;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-map-select]");
    if (button?.dataset.mapSelect) this.options.onSelect(button.dataset.mapSelect);
  };

  /** Puts the entries in `order` with as few DOM moves as a single pass allows. */
  private reorder(order: readonly string[]): void {
    const list = this.options.list;
    let cursor = list.firstElementChild;
    for (const slug of order) {
      const li = this.items.get(slug);
      if (!li) continue;
      if (li === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(li, cursor);
    }
  }

  private showDistance(li: HTMLLIElement, km: number | undefined): void {
    let badge = li.querySelector<HTMLElement>(".gw-distance");
    if (km === undefined) {
      if (badge) badge.hidden = true;
      return;
    }
    if (!badge) {
      badge = h("span", { class: "gw-distance", [ADDED]: true });
      (li.querySelector(".network-card__meta") ?? li).prepend(badge);
    }
    badge.hidden = false;
    const text = `${formatDistance(km)} entfernt`;
    if (badge.textContent !== text) badge.textContent = text;
  }

  /**
   * An entry like the server-rendered ones (same classes, data attributes and parts, see
   * scripts/site/pages/network-list.ts), for a network the page did not list.
   */
  private buildItem(network: NetworkFeatureProperties): HTMLLIElement {
    const target = this.options.linkTarget;
    const rel = target === "_blank" ? "noopener" : undefined;
    const link = (url: string) => (this.options.linkBase ? new URL(url, this.options.linkBase).href : url);
    const labels = new Map((this.options.challenges ?? []).map((c) => [c.slug, c.label]));
    const place = network.gemeinde === network.kreis ? network.gemeinde : `${network.gemeinde}, ${network.kreis}`;
    const themes = network.challenges.filter((slug) => labels.has(slug));
    return h(
      "li",
      {
        class: `network-card challenge--${network.challenges[0] ?? ""}`,
        "data-slug": network.slug,
        "data-challenges": network.challenges.join(" "),
        "data-kreis": network.kreisSlug,
        "data-regierungsbezirk": network.regierungsbezirkSlug,
        "data-sectors": network.sectors.join(" "),
        "data-status": network.status,
        "data-kmu": String(network.hasKmu),
        "data-example": String(network.example),
        [ADDED]: true,
      },
      h("h3", { class: "network-card__title" }, h("a", { href: link(network.url), target, rel }, network.title)),
      h(
        "p",
        { class: "network-card__meta" },
        h("span", { class: "network-card__place" }, place),
        " ",
        h("span", { class: "network-card__status" }, yearsLabel(network)),
        network.example && " ",
        network.example && h("span", { class: "badge badge--example" }, "Beispieleintrag"),
      ),
      h("p", { class: "network-card__summary" }, network.summary),
      themes.length > 0 &&
        h(
          "ul",
          { class: "challenge-list" },
          ...themes.map((slug) => h("li", { class: `challenge challenge--${slug}` }, h("a", { href: link(`/themen/${slug}/`), target, rel }, labels.get(slug)!))),
        ),
    );
  }
}
