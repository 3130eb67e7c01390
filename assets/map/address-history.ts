/**
 * The map's state in the address of /karte/: read at start, written as the visitor filters and
 * selects, read again on Back and Forward, so a view can be shared and history walks through it.
 * map-app.ts takes it as a {@link MapHistory}; embeds start without one – their address is their
 * configuration – so this code and the URL parser stay out of their bundle.
 */
import type { MapConfig } from "./map-config.ts";
import { mergeMapUrlState, parseMapUrlState, type MapUrlState, type UrlVocabulary } from "./url-state.ts";

/** Where the map keeps its state beyond the page. */
export interface MapHistory {
  /** The state to start from. */
  read(): MapUrlState;
  /**
   * Records `state`: "push" as a step of its own, "replace" in place of the current one. With
   * `afterPaint`, after the next frame, so the visitor sees the result first.
   */
  write(state: MapUrlState, mode: "push" | "replace", afterPaint: boolean): void;
  /**
   * Calls `listener` with the state the visitor went back or forward to.
   * @returns a function that stops listening
   */
  listen(listener: (state: MapUrlState) => void): () => void;
}

interface AddressWrite {
  readonly mode: "push" | "replace";
  readonly search: string;
  readonly url: string;
}

/** The map's state in `location.search`; other parameters of the address stay as they are. */
export class AddressHistory implements MapHistory {
  private readonly vocabulary: UrlVocabulary;
  /** Writes waiting for the next frame, in order. */
  private readonly pending: AddressWrite[] = [];

  /** @param config the map's vocabularies: values outside them are dropped from the address */
  constructor(config: MapConfig) {
    const { challenges, statuses, regierungsbezirke, kreise } = config;
    this.vocabulary = { challenges: challenges.map((c) => c.slug), statuses: statuses.map((s) => s.slug), regierungsbezirke: regierungsbezirke.map((b) => b.slug), kreise };
  }

  read(): MapUrlState {
    return parseMapUrlState(location.search, this.vocabulary);
  }

  /**
   * Later writes queue behind one that waits for a frame, so history keeps one entry per step, in
   * order: history.pushState costs a frame of its own with long lists.
   */
  write(state: MapUrlState, mode: "push" | "replace", afterPaint: boolean): void {
    const current = this.pending.at(-1)?.search ?? location.search;
    const search = mergeMapUrlState(current, state);
    if (search === current) return;
    const write = { mode, search, url: `${location.pathname}${search}${location.hash}` };
    if (!afterPaint && this.pending.length === 0) {
      applyWrite(write);
      return;
    }
    this.pending.push(write);
    if (this.pending.length === 1) requestAnimationFrame(() => setTimeout(this.flush, 0));
  }

  listen(listener: (state: MapUrlState) => void): () => void {
    const onPopState = (): void => {
      // The visitor went back or forward: steps not yet written belong to the abandoned branch.
      this.pending.length = 0;
      listener(this.read());
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }

  private readonly flush = (): void => {
    for (const write of this.pending.splice(0)) applyWrite(write);
  };
}

function applyWrite(write: AddressWrite): void {
  if (write.mode === "push") history.pushState(null, "", write.url);
  else history.replaceState(null, "", write.url);
}
