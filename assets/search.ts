/**
 * Site search with Pagefind, loaded on demand: every page carries a plain search form, and
 * Pagefind's UI (about 30 KB) is fetched only when someone types into it — so pages like the map
 * stay within their script budget, and a keyboard user tabbing through the header finds it as it
 * was, without Pagefind's extra controls. The page /suche/ starts the UI at once with the query from `?q=`
 * (its header form stays plain).
 * Without JavaScript, or before `npm run build` has made an index, the form leads to /suche/,
 * which links to the list of all networks.
 *
 * Pagefind matches words, not places; when the query names a place of NRW, a place answer sits on
 * top of its results (search/place-answer.ts). Its small place file loads together with Pagefind.
 */
import { loadPlaces, showPlaceAnswers } from "./search/place-answer.ts";

interface PagefindUIOptions {
  element: string;
  showImages?: boolean;
  showSubResults?: boolean;
  translations?: Record<string, string>;
}

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

const SCRIPT = "/pagefind/pagefind-ui.js";
const STYLES = "/pagefind/pagefind-ui.css";
/** Pagefind's German says "Diese Seite durchsuchen", but its index holds the whole site. */
const SEARCH_LABEL = "Website durchsuchen";

let loading: Promise<void> | undefined;

/** Adds Pagefind's script and styles once; resolves when the script has run. */
function loadPagefind(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = STYLES;
    document.head.append(link);
    const script = document.createElement("script");
    script.src = SCRIPT;
    script.addEventListener("load", () => resolve());
    script.addEventListener("error", () => reject(new Error("Pagefind nicht verfügbar")));
    document.head.append(script);
  });
  return loading;
}

/**
 * Replaces the form in `container`'s search area with Pagefind's UI and searches for `term`.
 * Focus moves into Pagefind's field only if it is still in the form's field: someone who tabbed
 * past the search box must not be pulled back when the script arrives.
 */
async function startPagefind(container: HTMLElement, term: string, form?: HTMLFormElement): Promise<void> {
  // Fetched alongside Pagefind rather than after it, so the answer is ready with the first results.
  void loadPlaces();
  await loadPagefind();
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) return;
  const hadFocus = !form || form.contains(document.activeElement);
  const currentTerm = form?.querySelector<HTMLInputElement>("input[name=q]")?.value ?? term;
  container.hidden = false;
  const ui = new PagefindUI({ element: `#${container.id}`, showImages: false, showSubResults: false, translations: { search_label: SEARCH_LABEL } });
  if (form) form.hidden = true;
  const field = container.querySelector<HTMLInputElement>(".pagefind-ui__search-input");
  if (field) adjustPagefind(container, field);
  if (hadFocus) field?.focus();
  if (currentTerm) ui.triggerSearch(currentTerm);
  if (field) showPlaceAnswers(container, field);
  document.documentElement.classList.add("has-search");
}

/**
 * Fixes what Pagefind's UI does not do well, on the markup it has just built in `container`:
 * names the field, keeps one search landmark, and keeps focus in the field on Escape and "Löschen".
 */
function adjustPagefind(container: HTMLElement, field: HTMLInputElement): void {
  // Pagefind names the field only by its title, which is the placeholder "Suchen".
  field.setAttribute("aria-label", SEARCH_LABEL);
  // Pagefind's form is a search landmark itself, which in the header would sit inside ours:
  // keep Pagefind's, labelled for the whole site.
  const outer = container.parentElement?.closest("[role=search]");
  if (outer && container.querySelector("[role=search]")) {
    outer.removeAttribute("role");
    outer.removeAttribute("aria-label");
  }
  // Pagefind answers Escape by clearing the field and blurring it, which drops focus on <body>.
  // Caught on the way down, before it reaches Pagefind: clear the search but stay in the field.
  container.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Escape" || event.target !== field) return;
      event.stopPropagation();
      event.preventDefault();
      if (field.value === "") return;
      field.value = "";
      field.dispatchEvent(new Event("input", { bubbles: true }));
    },
    true,
  );
  // "Löschen" fades out once the field is empty; focus would stay on the invisible button.
  container.querySelector(".pagefind-ui__search-clear")?.addEventListener("click", () => field.focus());
}

function enhanceHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>(".site-search__form");
  const field = form?.querySelector<HTMLInputElement>("input[name=q]");
  const container = document.getElementById("suche");
  if (!form || !field || !container) return;
  const start = () => {
    field.removeEventListener("input", start);
    // On failure (no index yet) the form simply keeps working and submits to /suche/.
    startPagefind(container, field.value, form).catch(() => undefined);
  };
  field.addEventListener("input", start);
}

/** Starts the UI of the page /suche/; false on every other page. */
function startSearchPage(): boolean {
  const container = document.getElementById("suche-seite");
  if (!container) return false;
  const term = new URLSearchParams(window.location.search).get("q") ?? "";
  startPagefind(container, term.slice(0, 200)).catch(() => {
    container.hidden = true;
    document.getElementById("suche-nicht-verfuegbar")?.removeAttribute("hidden");
  });
  return true;
}

function init(): void {
  // On /suche/ a second live search in the header would only repeat the page's, as a second
  // landmark of the same name; there the header form stays plain and submits to /suche/.
  if (!startSearchPage()) enhanceHeaderSearch();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();

export {};
