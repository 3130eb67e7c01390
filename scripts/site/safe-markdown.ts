/**
 * Renders the Markdown description of a network entry. Entries are untrusted input: raw HTML is
 * shown as text, only absolute http(s) and mailto links survive, images become a link to the image
 * (an <img> would make the visitor's browser request a third-party server), and external links get
 * `rel="nofollow ugc noopener"`. Text stays as written: no typographic replacements, which would
 * turn "…" into English quotes and change template syntax that must show literally. This instance
 * is separate from Eleventy's Markdown library, which renders the initiative's own, trusted pages.
 */
import MarkdownIt, { type MarkdownIt as MarkdownItInstance } from "markdown-it";

const ALLOWED_SCHEMES = new Set(["http:", "https:", "mailto:"]);
const SCHEME = /^([a-z][a-z0-9+.-]*:)/;
const EXTERNAL_REL = "nofollow ugc noopener";

/**
 * Whether a link target from an entry may become an `href`. Relative links are not allowed either:
 * an entry is shown on several pages and in feeds, where a relative link would point elsewhere,
 * and "java%09script:" would pass for one.
 *
 * @param url the destination as written in the Markdown source
 * @returns true for absolute http:, https: and mailto: links
 * @example
 * isAllowedEntryLink("javascript:alert(1)"); // false
 * isAllowedEntryLink("/netzwerke/"); // false
 * isAllowedEntryLink("https://example.org/"); // true
 */
export function isAllowedEntryLink(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:"),
  // so the check must see the URL the way a browser will.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  // A backslash is read as a slash by browsers, so "/\evil.example" would be protocol-relative.
  if (compact.includes("\\")) return false;
  const scheme = SCHEME.exec(compact)?.[1];
  return scheme !== undefined && ALLOWED_SCHEMES.has(scheme);
}

function createRenderer(): MarkdownItInstance {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isAllowedEntryLink;
  // "![Plan](https://…/plan.png)" becomes a link "Bild: Plan": the picture is one click away and
  // nobody's browser fetches it unasked. (A source markdown-it refuses stays text, as for links.)
  md.renderer.rules.image = (tokens, idx) => {
    const token = tokens[idx]!;
    const alt = token.children?.map((child) => child.content).join("") ?? "";
    const label = `Bild: ${md.utils.escapeHtml(alt || "ohne Beschreibung")}`;
    // A picture inside a link ("[![Logo](…/logo.png)](https://…)") would become a link in a link,
    // which HTML does not allow (the parser tears the outer one apart): it stays the outer link's text.
    if (insideLink(tokens, idx)) return label;
    const src = md.utils.escapeHtml(String(token.attrGet("src") ?? ""));
    return `<a href="${src}" rel="${EXTERNAL_REL}">${label}</a>`;
  };

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

/** Whether the inline token at `idx` stands between a link_open and its link_close. */
function insideLink(tokens: readonly { readonly type: string }[], idx: number): boolean {
  let depth = 0;
  for (let i = 0; i < idx; i++) {
    if (tokens[i]!.type === "link_open") depth++;
    else if (tokens[i]!.type === "link_close") depth--;
  }
  return depth > 0;
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
