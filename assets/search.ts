/**
 * Starts Pagefind's search UI in the header's search box. Without JavaScript, or before the first
 * `npm run build` has created the index (e.g. under `npm start`), the fallback link stays visible.
 */

interface PagefindUIOptions {
  element: string;
  showImages?: boolean;
  showSubResults?: boolean;
  resetStyles?: boolean;
}

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => unknown;
  }
}

function startSearch(): void {
  const container = document.getElementById("suche");
  const PagefindUI = window.PagefindUI;
  if (!container || !PagefindUI) return;
  new PagefindUI({ element: "#suche", showImages: false, showSubResults: false });
  document.documentElement.classList.add("has-search");
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startSearch);
else startSearch();

export {};
