// Types for the parts of Eleventy packages this project uses; the packages ship none.
declare module "@11ty/eleventy-plugin-rss" {
  /** Adds a virtual feed template (Atom, RSS or JSON) for a collection. */
  export const feedPlugin: (eleventyConfig: unknown, options: Record<string, unknown>) => void;
}

declare module "@11ty/eleventy" {
  /** Eleventy's programmatic API (https://www.11ty.dev/docs/programmatic/). */
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>, eleventyConfig?: unknown);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<unknown>;
    serve(port?: number): Promise<unknown>;
    stopWatch(): Promise<void>;
    disableLogger(): void;
    readonly directories: { freeze(): void };
  }
}
