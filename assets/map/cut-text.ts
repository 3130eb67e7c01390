/**
 * Cutting text to a length limit without splitting a character: a cut inside a surrogate pair (an
 * emoji, say) leaves half of it, which shows as "�" and makes encodeURIComponent throw. DOM-free.
 */

/**
 * The first `maxLength` UTF-16 units of `text`, one fewer if the last would be half a surrogate pair.
 * @example cutText("ab😀", 3) // "ab"
 */
export function cutText(text: string, maxLength: number): string {
  return text.slice(0, maxLength).replace(/[\uD800-\uDBFF]$/, "");
}
