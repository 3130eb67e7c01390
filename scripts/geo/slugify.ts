/**
 * German-aware slugs for URLs and ids: "Mülheim an der Ruhr" → "muelheim-an-der-ruhr".
 * Umlauts are transliterated the way Germans write them without umlauts (ä → ae), not stripped
 * to their base letter, so that slugs stay readable and match what people type.
 */

const GERMAN_LETTERS: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  ß: "ss",
  ẞ: "ss",
};

/**
 * Lowercases, transliterates German letters, strips other diacritics (é → e), and turns every run of
 * non-alphanumeric characters into a single "-".
 *
 * The result is NFC-independent: "Ko\u0308ln" and "Köln" give the same slug.
 *
 * @param text any human-readable name
 * @returns an ASCII slug, possibly empty if the input has no letters or digits
 * @example
 * slugify("Städteregion Aachen"); // "staedteregion-aachen"
 * slugify("Halle (Westf.)");      // "halle-westf"
 */
export function slugify(text: string): string {
  return transliterateGerman(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * Lowercase ASCII transliteration that keeps spaces and punctuation; shared by {@link slugify} and
 * the gazetteer's name keys so both treat umlauts identically.
 *
 * @param text any human-readable text
 * @returns the text in lowercase with ä/ö/ü/ß written as ae/oe/ue/ss and other accents removed
 * @example
 * transliterateGerman("Fröndenberg/Ruhr"); // "froendenberg/ruhr"
 */
export function transliterateGerman(text: string): string {
  // NFC first so a decomposed "o" + U+0308 becomes "ö" and hits the table instead of being stripped.
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize("NFD")
    .replace(/\p{M}+/gu, "");
}
