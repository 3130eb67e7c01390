/**
 * What a short name ("Kurzname") may look like: the file name of an entry and its address
 * `/netzwerke/<slug>/`, and the slugs of themes and regions in map and embed addresses. The check of
 * the entries, the scaffolder, the map and the embeds read the same rule from here. Pure and
 * DOM-free: build code and browser code both import it.
 */

/** Lowercase a–z and digits in groups joined by single hyphens: "pflegebuendnis-lippe". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest short name of a network. The entry check enforces it, so every network can be chosen
 * in an embed's `netzwerk` parameter and in a map address, which accept no longer value.
 */
export const NETWORK_SLUG_MAX_LENGTH = 100;

/** Whether `value` has the form of a short name (any length). */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * A short name cut to at most `maxLength` characters, at the last hyphen where that keeps more
 * than a third of them, so the cut does not end in half a word.
 *
 * @example
 * shortenSlug("netzwerk-fuer-gute-nachbarschaft", 20); // "netzwerk-fuer-gute"
 */
export function shortenSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const hyphen = cut.lastIndexOf("-");
  return hyphen > maxLength / 3 ? cut.slice(0, hyphen) : cut.replace(/-+$/, "");
}
