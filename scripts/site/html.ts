/**
 * A tagged template for HTML written in TypeScript: every interpolated value is escaped unless it
 * is already {@link SafeHtml} – the output of another `html` template, or markup a trusted function
 * produced and marked with {@link trustedHtml}. The page functions in scripts/site/pages/ use it
 * where a Nunjucks template would be too slow or too loosely typed (the network pages: one per
 * entry, every one of them untrusted text).
 */

/** Markup that may be inserted as it is. Only {@link html} and {@link trustedHtml} create it. */
export class SafeHtml {
  readonly #markup: string;
  /** @internal use {@link html} or {@link trustedHtml} */
  constructor(markup: string) {
    this.#markup = markup;
  }
  toString(): string {
    return this.#markup;
  }
}

/**
 * What a template may interpolate: text (escaped), numbers, safe markup, lists of these; `false`,
 * `null` and `undefined` render nothing, so `${condition && html`…`}` works.
 */
export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

const SPECIAL = /[&<>"']/;
const SPECIAL_ALL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Escapes text for element content and quoted attribute values.
 *
 * @example
 * escapeHtml(`<a href="x">`); // "&lt;a href=&quot;x&quot;&gt;"
 */
export function escapeHtml(text: string): string {
  // Most text has nothing to escape; testing first spares the replace and its allocation.
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (c) => ENTITIES[c]!) : text;
}

function append(out: string, value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return out;
  if (value instanceof SafeHtml) return out + value.toString();
  if (typeof value === "string") return out + escapeHtml(value);
  if (typeof value === "number") return out + String(value);
  if (Array.isArray(value)) {
    for (const item of value as readonly HtmlValue[]) out = append(out, item);
    return out;
  }
  // A stray object would print "[object Object]"; failing the build is kinder than a silent bug.
  throw new TypeError(`html: unerwarteter Wert vom Typ ${typeof value}`);
}

/**
 * Builds markup from a template literal, escaping every interpolated value.
 *
 * @example
 * html`<h1>${network.title}</h1>`; // title "A & B" → "<h1>A &amp; B</h1>"
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out = append(out, values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/**
 * Marks markup as safe without escaping. Only for output of functions that guarantee safety
 * themselves: the Markdown renderer without raw HTML, the map SVGs, JSON-LD from serializeJsonLd,
 * and the page content Eleventy hands to a layout.
 */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
