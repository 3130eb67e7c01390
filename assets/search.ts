/**
 * Site search with Pagefind, loaded on demand: every page carries a plain search form, and
 * Pagefind's UI (about 30 KB) is fetched only when someone focuses it — so pages like the map stay
 * within their script budget. The page /suche/ starts the UI at once with the query from `?q=`.
 * Without JavaScript, or before `npm run build` has made an index, the form leads to /suche/,
 * which links to the list of all networks.
 */

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
  await loadPagefind();
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) return;
  const hadFocus = !form || form.contains(document.activeElement);
  const currentTerm = form?.querySelector<HTMLInputElement>("input[name=q]")?.value ?? term;
  container.hidden = false;
  const ui = new PagefindUI({ element: `#${container.id}`, showImages: false, showSubResults: false });
  if (form) form.hidden = true;
  if (hadFocus) container.querySelector<HTMLInputElement>("input")?.focus();
  if (currentTerm) ui.triggerSearch(currentTerm);
  document.documentElement.classList.add("has-search");
}

function enhanceHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>(".site-search__form");
  const field = form?.querySelector<HTMLInputElement>("input[name=q]");
  const container = document.getElementById("suche");
  if (!form || !field || !container) return;
  const start = () => {
    field.removeEventListener("focus", start);
    // On failure (no index yet) the form simply keeps working and submits to /suche/.
    startPagefind(container, field.value, form).catch(() => undefined);
  };
  field.addEventListener("focus", start);
}

function startSearchPage(): void {
  const container = document.getElementById("suche-seite");
  if (!container) return;
  const term = new URLSearchParams(window.location.search).get("q") ?? "";
  startPagefind(container, term.slice(0, 200)).catch(() => {
    container.hidden = true;
    document.getElementById("suche-nicht-verfuegbar")?.removeAttribute("hidden");
  });
}

function init(): void {
  startSearchPage();
  enhanceHeaderSearch();
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();

export {};
