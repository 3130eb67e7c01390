/**
 * Renders the Markdown description of a network entry. Entries are untrusted input: raw HTML is
 * shown as text, only http(s), mailto and relative links survive, images are not rendered (they
 * would make the visitor's browser request a third-party server), and external links get
 * `rel="nofollow ugc noopener"`. This instance is separate from Eleventy's Markdown library, which
 * renders the initiative's own, trusted pages and may allow HTML.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const SCHEME = /^([a-z][a-z0-9+.-]*:)/;
const EXTERNAL_REL = "nofollow ugc noopener";

/**
 * Whether a link target from an entry may become an `href`.
 *
 * @param url the destination as written in the Markdown source
 * @returns true for http:, https:, mailto: and relative links (path, `./`, `#`, `?`)
 * @example
 * isAllowedEntryLink("javascript:alert(1)"); // false
 * isAllowedEntryLink("/netzwerke/"); // true
 */
export function isAllowedEntryLink(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"),
  // so the check must see the URL the way a browser will.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  // A backslash is read as a slash by browsers, so "/\evil.example" would be protocol-relative.
  if (compact.includes("\\")) return false;
  const scheme = SCHEME.exec(compact)?.[1];
  if (scheme) return ALLOWED_SCHEMES.has(scheme);
  // Protocol-relative links leave the site without saying so.
  return !compact.startsWith("//");
}

function createRenderer(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = isAllowedEntryLink;
  md.disable("image");

  // Entry headings sit below the page's only h1, so "# Titel" in an entry becomes an h2.
  md.core.ruler.push("demote_h1", (state) => {
    for (const token of state.tokens) {
      if ((token.type === "heading_open" || token.type === "heading_close") && token.tag === "h1") token.tag = "h2";
    }
    return true;
  });

  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet("href") ?? "");
    if (/^https?:/i.test(href)) token.attrSet("rel", EXTERNAL_REL);
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let renderer: MarkdownItInstance | undefined;
/**
 * Rendered bodies by source text: a build renders every body three times (page, feed, search
 * index). Bounded, because `npm start` keeps rendering edited versions.
 */
const rendered = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/**
 * Renders an entry's Markdown body to HTML that is safe to insert unescaped.
 *
 * @param markdown the entry body (untrusted)
 * @returns HTML without raw HTML from the source and without unsafe links
 * @example
 * renderEntryMarkdown("<b>x</b> [a](javascript:alert(1))"); // "<p>&lt;b&gt;x&lt;/b&gt; [a](javascript:alert(1))</p>\n"
 */
export function renderEntryMarkdown(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    renderer ??= createRenderer();
    html = renderer.render(markdown);
    if (rendered.size >= CACHE_LIMIT) rendered.clear();
    rendered.set(markdown, html);
  }
  return html;
}
