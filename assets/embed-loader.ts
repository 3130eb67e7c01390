/**
 * embed.js – the script partners put on their pages (published at `/embed.js`, built by
 * scripts/site/bundle-assets.ts; not to be confused with /assets/embed.js, the script of the
 * embed page itself). It replaces every `<div data-gemeinsam-wirken-karte data-thema="…" …>` with
 * an `<iframe>` of `/embed/` on the origin it was loaded from, and sets the frame's height to the
 * height the embed reports – after checking that the message comes from that origin and that very
 * frame and has the expected shape. Nothing else: no cookies, no storage, no other requests.
 *
 * @example
 * <div data-gemeinsam-wirken-karte data-thema="quartier" data-kreis="koeln" data-fix="thema,kreis">
 *   <a href="https://karte.gemeinsam-wirken.nrw/karte/?thema=quartier&kreis=koeln">Karte der Wirkungsnetzwerke</a>
 * </div>
 * <script src="https://karte.gemeinsam-wirken.nrw/embed.js" defer></script>
 */
import { DEFAULT_MAP_HEIGHT, EMBED_PARAMETERS } from "./embed/embed-spec.ts";
import { isHeightMessage } from "./embed/height-message.ts";

/** Marks a placeholder; the value is ignored. */
const PLACEHOLDER = "data-gemeinsam-wirken-karte";
/** Set on a placeholder once it holds its frame, so loading the script twice does no harm. */
const READY = "data-gemeinsam-wirken-bereit";
const DEFAULT_TITLE = "Karte der Wirkungsnetzwerke in Nordrhein-Westfalen";
/** Room for note, count and margins around the map until the embed reports its real height. */
const INITIAL_EXTRA_HEIGHT = 160;

/** The origin embed.js came from, which is the map's origin; undefined when it cannot be told. */
function mapOrigin(): string | undefined {
  const script = (document.currentScript as HTMLScriptElement | null) ?? document.querySelector<HTMLScriptElement>('script[src$="/embed.js"]');
  try {
    return script?.src ? new URL(script.src, location.href).origin : undefined;
  } catch {
    return undefined;
  }
}

let frameCount = 0;

/** The frame for one placeholder: `/embed/` with the placeholder's parameters and a frame id. */
function frameFor(placeholder: HTMLElement, origin: string, frameId: string): HTMLIFrameElement {
  const params = new URLSearchParams();
  for (const parameter of EMBED_PARAMETERS) {
    const value = parameter.dataAttribute ? placeholder.getAttribute(parameter.dataAttribute)?.trim() : undefined;
    if (value) params.set(parameter.name, value);
  }
  params.set("id", frameId);
  const iframe = document.createElement("iframe");
  iframe.src = `${origin}/embed/?${params.toString().replace(/%2C/gi, ",").replace(/%2F/gi, "/")}`;
  iframe.title = placeholder.getAttribute("data-titel")?.trim() || DEFAULT_TITLE;
  iframe.loading = "lazy";
  const mapHeight = Number(placeholder.getAttribute("data-hoehe")) || DEFAULT_MAP_HEIGHT;
  iframe.height = String(Math.min(Math.max(mapHeight, 200), 2000) + INITIAL_EXTRA_HEIGHT);
  // Properties (CSSOM), not a style attribute, so a partner's strict CSP does not object.
  // (width="100%" would be invalid HTML: the attribute takes pixels.)
  iframe.style.width = "100%";
  iframe.style.border = "0";
  iframe.style.display = "block";
  return iframe;
}

function start(): void {
  const origin = mapOrigin();
  if (!origin) return;
  const frames = new Map<string, HTMLIFrameElement>();
  for (const placeholder of document.querySelectorAll<HTMLElement>(`[${PLACEHOLDER}]:not([${READY}])`)) {
    const frameId = `gemeinsam-wirken-karte-${++frameCount}`;
    const iframe = frameFor(placeholder, origin, frameId);
    placeholder.setAttribute(READY, "");
    placeholder.replaceChildren(iframe);
    frames.set(frameId, iframe);
  }
  if (frames.size === 0) return;
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== origin) return;
    for (const [frameId, iframe] of frames) {
      if (event.source === null || event.source !== iframe.contentWindow) continue;
      if (isHeightMessage(event.data, frameId)) iframe.height = String(event.data.height);
      return;
    }
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
else start();
