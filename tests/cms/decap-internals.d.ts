// Types for the two functions of Decap's own code that decap-config.test.ts runs: how Decap turns
// a title into a file name. Decap's packages ship their sources, no declarations for these paths.
declare module "decap-cms-lib-widgets/dist/esm/stringTemplate.js" {
  /** Fills `{{…}}` placeholders (with filters such as `truncate(60)`); `processor` sanitises each value. */
  export function compileStringTemplate(template: string, date: Date | null | undefined, identifier?: string, data?: unknown, processor?: (value: string) => string): string;
}

declare module "decap-cms-core/dist/esm/lib/urlHelper.js" {
  /** Makes a value safe as a file name, by the collection's `slug` settings. */
  export function sanitizeSlug(value: string, options?: { encoding?: string; clean_accents?: boolean; sanitize_replacement?: string }, preserveSlashes?: boolean): string;
}
