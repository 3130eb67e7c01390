/**
 * The place answer of the site search, on top of Pagefind's results: when the query names a place
 * (places.ts), a box says how many networks count there and links onwards. It sits first in
 * Pagefind's result drawer – so it shows and hides with the results, also in the header's
 * drop-down – and after the search field and "Löschen" in the tab order.
 *
 * Screen readers hear the answer from a separate, always present status region: a live region
 * must exist before its text changes, and the box itself holds links, which a live region would
 * read out in full. The region speaks only once typing has paused and only when the answer has
 * changed, so "Hamm" on the way to "Hamminkeln" is not announced.
 */
import { describePlaces, findPlaces, indexPlaces, SEARCH_PLACES_URL, type PlaceIndex, type SearchPlacesFile } from "./places.ts";

/** After this pause in typing the box follows the query (Pagefind waits 300 ms). */
const UPDATE_DELAY_MS = 250;
/** After this pause the status region speaks; long enough not to talk over someone still typing. */
const ANNOUNCE_DELAY_MS = 1000;

let places: Promise<PlaceIndex | undefined> | undefined;

/**
 * Fetches the place file once. Without it (no build yet, a network error) the search simply has
 * no place answers.
 */
export function loadPlaces(): Promise<PlaceIndex | undefined> {
  places ??= fetch(SEARCH_PLACES_URL)
    .then((response) => (response.ok ? (response.json() as Promise<SearchPlacesFile>) : undefined))
    .then((file) => file && indexPlaces(file))
    .catch(() => undefined);
  return places;
}

/** An element with a class and text (never parsed as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text) created.textContent = text;
  return created;
}

/**
 * Shows place answers for what is typed into Pagefind's `field`.
 *
 * @param container the element Pagefind's UI was built in; the status region goes there
 * @param field Pagefind's search field
 */
export function showPlaceAnswers(container: HTMLElement, field: HTMLInputElement): void {
  const box = element("div", "search-places");
  box.hidden = true;
  const status = element("p", "visually-hidden");
  status.setAttribute("role", "status");
  container.append(status);
  let updateTimer: number | undefined;
  let announceTimer: number | undefined;

  const update = async () => {
    const index = await loadPlaces();
    const answers = index ? describePlaces(findPlaces(index, field.value)) : [];
    box.replaceChildren(
      ...answers.map((answer) => {
        const place = element("div", "search-places__place");
        const links = element("ul", "search-places__links");
        for (const { href, text } of answer.links) {
          const link = element("a", undefined, text);
          link.href = href;
          const item = element("li");
          item.append(link);
          links.append(item);
        }
        place.append(element("p", "search-places__summary", answer.summary), links);
        return place;
      }),
    );
    box.hidden = answers.length === 0;
    // Pagefind builds the drawer once; should it ever rebuild it, the box moves into the new one.
    const drawer = container.querySelector(".pagefind-ui__drawer");
    if (drawer && drawer.firstElementChild !== box) drawer.prepend(box);

    const text = answers.map((a) => `${a.summary}.`).join(" ");
    window.clearTimeout(announceTimer);
    if (text === "") status.textContent = "";
    else if (text !== status.textContent) announceTimer = window.setTimeout(() => (status.textContent = text), ANNOUNCE_DELAY_MS - UPDATE_DELAY_MS);
  };
  const schedule = (delay: number) => {
    window.clearTimeout(updateTimer);
    updateTimer = window.setTimeout(() => void update(), delay);
  };
  field.addEventListener("input", () => schedule(UPDATE_DELAY_MS));
  // Pagefind's "Löschen" empties the field without an input event.
  container.querySelector(".pagefind-ui__search-clear")?.addEventListener("click", () => schedule(0));
  // After Pagefind has put the starting term (from `?q=` or typed while it loaded) into the field.
  schedule(0);
}
