/**
 * Text normalisation for the map's searches, so "Köln", "koeln" and "KÖLN" find the same network
 * and "Mülheim a. d. Ruhr" finds "Mülheim an der Ruhr" by its words. DOM-free.
 */

const GERMAN_FOLDS: Readonly<Record<string, string>> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

/**
 * Lower-cases, spells umlauts and ß out (ä → ae) and drops other diacritics and punctuation, so
 * both ways of writing German names compare equal.
 * @example normalizeSearchText("Mülheim an der Ruhr") // "muelheim an der ruhr"
 */
export function normalizeSearchText(text: string): string {
  // NFC first: a "ö" typed or pasted as "o" plus a combining diaeresis must fold to "oe" too.
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => GERMAN_FOLDS[ch] ?? ch)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a query, normalised; a text matches when it contains every word. */
export function searchTokens(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized === "" ? [] : normalized.split(" ");
}

/** True when the normalised `haystack` contains each of `tokens` (an empty query matches all). */
export function containsAllTokens(haystack: string, tokens: readonly string[]): boolean {
  for (const token of tokens) if (!haystack.includes(token)) return false;
  return true;
}
