/**
 * Text with `backticks` as HTML: escaped, with each backtick pair as <code>. The JSON Schema's
 * descriptions name fields that way ("mit `size` lässt sich angeben"); the field docs on /daten/
 * should show code, not backticks.
 */
import { escapeHtml } from "./html.ts";

/**
 * @param text plain text, possibly with `code` spans
 * @returns safe HTML
 * @example
 * inlineCode("mit `size` & mehr"); // "mit <code>size</code> &amp; mehr"
 */
export function inlineCode(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}
