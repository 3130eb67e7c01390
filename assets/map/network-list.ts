/**
 * Enhances the server-rendered network list (scripts/site/pages/network-list.ts): every entry gets
 * an "Auf der Karte zeigen" button, and the list shows what the map shows, in the map's order
 * (alphabetical, or by distance). Only the drawn page is in the document: entries that do not
 * match, or lie beyond the page, are taken out of the list and kept here. With ten thousand
 * networks, toggling `hidden` on thousands of entries per click cost a third of the filter time
 * in style and layout work, for entries nobody could see or reach anyway. Without JavaScript the
 * page keeps the full list.
 * Networks the page did not render (e.g. data newer than the page) get an entry built here.
 */
import type { NetworkFeatureProperties } from "../../scripts/outputs/networks-geojson.ts";
import { h } from "./dom.ts";
import { formatDistance } from "./distance.ts";
import { yearsLabel } from "../site/network-years.ts";
import { placeLabel } from "../site/place-label.ts";
import { moreButtonText } from "./result-words.ts";

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
  /** Entries drawn at once; "Weitere anzeigen" draws the next page. Default 100. */
  readonly pageSize?: number;
}

/** Marks the list entries this module added, so unmounting can take them away again. */
const ADDED = "data-map-added";

export class NetworkList {
  private readonly options: NetworkListOptions;
  /** Every entry by slug, in the page's own order (the order restored by {@link unmount}). */
  private readonly items = new Map<string, HTMLLIElement>();
  private order: readonly string[] = [];
  private selected = "";
  private distances: ReadonlyMap<string, number> | undefined;
  private readonly pageSize: number;
  /** How many matching entries are drawn; grows with "Weitere anzeigen", resets on each update. */
  private limit: number;
  private visible: ReadonlySet<string> = new Set();
  /** The entries in the list right now, in list order. */
  private drawn: readonly HTMLLIElement[] = [];
  private moreButton: HTMLButtonElement | undefined;
  private moreParagraph: HTMLElement | undefined;
  private moreShown: HTMLElement | undefined;

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
    this.drawn = [...this.items.values()];
    this.visible = new Set(this.items.keys());
    list.addEventListener("click", this.onClick);
    this.moreButton = h("button", { type: "button" });
    this.moreShown = h("span", { class: "gw-list-more__shown" });
    this.moreParagraph = h("p", { class: "gw-list-more", hidden: true, [ADDED]: true }, this.moreShown, " ", this.moreButton);
    this.moreButton.addEventListener("click", this.onMore);
    list.after(this.moreParagraph);
  }

  /** Stops listening and puts back the page's own list, without what {@link mount} added. */
  unmount(): void {
    const { list } = this.options;
    list.removeEventListener("click", this.onClick);
    this.moreButton?.removeEventListener("click", this.onMore);
    this.moreParagraph?.remove();
    list.replaceChildren(...[...this.items.values()].filter((li) => !li.hasAttribute(ADDED)));
    for (const added of list.querySelectorAll(`[${ADDED}]`)) added.remove();
    this.items.clear();
    this.drawn = [];
  }

  /**
   * Shows exactly the networks in `visible`, in `order` (slugs; entries not in it follow in the
   * page's order), with distances when given.
   */
  update(visible: ReadonlySet<string>, order: readonly string[], distances?: ReadonlyMap<string, number>): void {
    this.visible = visible;
    this.order = order;
    this.distances = distances;
    this.limit = this.pageSize;
    this.draw();
  }

  /** Puts the first {@link limit} matching entries (and the selected one) in the list and offers the rest. */
  private draw(): void {
    const next: HTMLLIElement[] = [];
    let matching = 0;
    const consider = (slug: string) => {
      if (!this.visible.has(slug)) return;
      const li = this.items.get(slug);
      if (!li) return;
      matching++;
      const onPage = matching <= this.limit;
      if (onPage || slug === this.selected) next.push(li);
    };
    const seen = new Set<string>();
    for (const slug of this.order) {
      if (seen.has(slug)) continue;
      seen.add(slug);
      consider(slug);
    }
    for (const slug of this.items.keys()) if (!seen.has(slug)) consider(slug);
    for (const li of next) this.showDistance(li, this.distances?.get(li.dataset.slug ?? ""));
    if (next.length !== this.drawn.length || next.some((li, i) => li !== this.drawn[i])) this.options.list.replaceChildren(...next);
    this.drawn = next;
    const shown = Math.min(matching, this.limit);
    const rest = matching - shown;
    if (this.moreParagraph && this.moreButton && this.moreShown) {
      this.moreParagraph.hidden = rest <= 0;
      this.moreShown.textContent = `Die Liste zeigt ${shown} von ${matching} Netzwerken.`;
      this.moreButton.textContent = moreButtonText(Math.min(rest, this.pageSize), rest);
    }
  }

  private readonly onMore = (): void => {
    const before = new Set(this.drawn);
    this.limit += this.pageSize;
    this.draw();
    // Continue reading where the new entries begin.
    this.drawn.find((li) => !before.has(li))?.querySelector<HTMLElement>("a, button")?.focus();
  };

  /** Marks the selected network's entry ("" for none) and draws it even if beyond the page. */
  setSelected(slug: string): void {
    this.items.get(this.selected)?.removeAttribute("aria-current");
    this.items.get(this.selected)?.classList.remove("is-selected");
    this.selected = slug;
    this.items.get(slug)?.setAttribute("aria-current", "true");
    this.items.get(slug)?.classList.add("is-selected");
    if (slug && this.visible.has(slug) && !this.drawn.includes(this.items.get(slug)!)) this.draw();
  }

  /** Moves focus to the map button of `slug` (e.g. when its popup closes). */
  focus(slug: string): void {
    this.items.get(slug)?.querySelector<HTMLButtonElement>("button[data-map-select]")?.focus();
  }

  private readonly onClick = (event: MouseEvent): void => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>("button[data-map-select]");
    if (button?.dataset.mapSelect) this.options.onSelect(button.dataset.mapSelect);
  };

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
        h("span", { class: "network-card__place" }, placeLabel(network.gemeinde, network.kreis)),
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
