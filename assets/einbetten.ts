/**
 * Entry point of /einbetten/ (bundled to /assets/einbetten.js): starts the embed builder on the
 * server-rendered form. Without this script the page shows the explanation, a preview of the whole
 * map and the default snippets.
 */
import "./embed/einbetten.css";
import { EmbedBuilder } from "./embed/embed-builder.ts";
import type { BuilderCatalog } from "./embed/builder-catalog.ts";
import type { MapConfig } from "./map/map-config.ts";

const root = document.querySelector<HTMLElement>("[data-embed-builder]");
const configText = document.getElementById("karte-config")?.textContent;
const form = root?.querySelector<HTMLFormElement>("form[data-builder-form]");
const preview = root?.querySelector<HTMLIFrameElement>("iframe[data-builder-preview]");
const iframeSnippet = root?.querySelector<HTMLTextAreaElement>("textarea[data-builder-snippet=iframe]");
const scriptSnippet = root?.querySelector<HTMLTextAreaElement>("textarea[data-builder-snippet=script]");
const status = root?.querySelector<HTMLElement>("[data-builder-status]");
const catalogText = document.getElementById("einbetten-daten")?.textContent;
if (root && configText && form && preview && iframeSnippet && scriptSnippet && status) {
  const vocabulary = JSON.parse(configText) as MapConfig;
  const catalog = catalogText ? (JSON.parse(catalogText) as BuilderCatalog) : undefined;
  for (const hint of root.querySelectorAll<HTMLElement>("[data-builder-nojs]")) hint.hidden = true;
  new EmbedBuilder({
    form,
    preview,
    snippets: { iframe: iframeSnippet, script: scriptSnippet },
    copyButtons: [...root.querySelectorAll<HTMLButtonElement>("button[data-copy]")],
    status,
    siteUrl: root.dataset.siteUrl ?? location.origin,
    vocabulary,
    catalog,
    // The embed's own data, so the builder counts what the preview shows.
    networksUrl: vocabulary.networksUrl,
    count: root.querySelector<HTMLElement>("[data-builder-count]") ?? undefined,
    warnings: [...root.querySelectorAll<HTMLElement>("[data-builder-warning]")],
    feedNote: root.querySelector<HTMLElement>("[data-builder-feed]") ?? undefined,
    // Theme and region pages link here with their choice ("Diese Karte einbetten").
    address: location.search,
  }).mount();
  // The code is always current; submitting (a button, or Enter in the height field) only leads to
  // it. Without this the browser would reload the page with the choices in its address.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    scriptSnippet.focus();
  });
}
