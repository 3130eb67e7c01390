/**
 * Turns the bytes of a contributor's file into text we can parse, accepting what editors commonly
 * produce (BOM, CRLF, decomposed umlauts) and mapping offsets back to line and column; finds the
 * characters that must not be in it (control characters, lone surrogates, directional formatting
 * that would make text display otherwise than it reads in review).
 */

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number; readonly column: number };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly (dropping a BOM); on failure reports where the first invalid byte is. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { ok: false, line, column: offset - lineStart + 1 };
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

/** Maps string offsets to 1-based line/column; built lazily because only files with problems need it. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  position(offset: number): { line: number; column: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Applies NFC to every string (keys included), so "Ko\u0308ln" and "Köln" are the same value.
 * Keys become own data properties whatever their name: a plain assignment of the key `__proto__`
 * would replace the object's prototype instead, and the fields hidden in it would escape the
 * check for unknown fields while still being read as the entry's own.
 */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      Object.defineProperty(out, k.normalize("NFC"), { value: normalizeStrings(v), enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  }
  return value;
}

// C0 controls but tab and line ends, DEL, C1 controls: invisible in an editor, invalid in XML and
// a parse error in HTML. They arrive by copying from word processors and PDFs.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const CONTROL_CHARACTER_FIX = "Es kommt meist beim Kopieren aus Word oder PDF mit. Löschen Sie die Stelle und tippen Sie sie neu.";

// Lone halves of a UTF-16 surrogate pair ("\uD800" in quotes) and the noncharacters U+FFFE/U+FFFF:
// no character at all, rejected by XML and by the search index, whose build they would break.
const INVALID_CHARACTER = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Directional formatting characters can make text display in another order than it is stored
// ("Trojan Source", CVE-2021-42574): a reviewer reads one title, the site shows another. Overrides
// (LRO, RLO) reorder letters against their nature and have no use in names; embeddings and isolates
// help right-to-left names and stay allowed when each is closed again within the same text.
const OVERRIDE = /[\u202D\u202E]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;
const BIDI_FIX = "Es dreht oder verschiebt die Anzeige des folgenden Textes, ohne dass man es sieht, und kommt meist beim Kopieren mit. Löschen Sie die Stelle und tippen Sie sie neu.";

/** The first directional override, or the first embedding/isolate not closed (or closed without opening) in `text`. */
function findUnbalancedBidi(text: string): number | undefined {
  const override = OVERRIDE.exec(text);
  if (override) return override.index;
  // Open embeddings (LRE, RLE, closed by PDF) and isolates (LRI, RLI, FSI, closed by PDI), innermost last.
  const open: { index: number; isolate: boolean }[] = [];
  for (const match of text.matchAll(BIDI_CONTROL)) {
    const code = match[0].charCodeAt(0);
    if (code === 0x202a || code === 0x202b) open.push({ index: match.index, isolate: false });
    else if (code >= 0x2066 && code <= 0x2068) open.push({ index: match.index, isolate: true });
    else {
      // PDF closes the innermost embedding, PDI the innermost isolate; an embedding still open
      // inside that isolate counts as unclosed, although the display would end it there.
      const isolate = code === 0x2069;
      if (!isolate && open.at(-1)?.isolate !== false) return match.index;
      if (isolate) {
        const at = open.map((o) => o.isolate).lastIndexOf(true);
        if (at < 0) return match.index;
        if (at < open.length - 1) return open[at + 1]!.index;
        open.length = at;
      } else open.pop();
    }
  }
  return open[0]?.index;
}

/** A character an entry must not contain: where it is and what to tell the contributor. */
export interface BadCharacter {
  /** Offset in the text. */
  readonly index: number;
  /** „ein unsichtbares Steuerzeichen (U+0001) nach „Bildungsnetz“. Es kommt …“, to follow „… steht“. */
  readonly description: string;
}

/**
 * The first control character in `text`, or else the first that is no character at all (a lone
 * surrogate, U+FFFE, U+FFFF), or else the first directional override or unclosed directional
 * embedding or isolate.
 *
 * @example
 * findBadCharacter("Netz\u0001")?.description; // "ein unsichtbares Steuerzeichen (U+0001) nach „Netz“. Es kommt …"
 */
export function findBadCharacter(text: string): BadCharacter | undefined {
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    return { index: control.index, description: `ein unsichtbares Steuerzeichen (${codePoint(control[0])})${where(text, control.index)}. ${CONTROL_CHARACTER_FIX}` };
  }
  const invalid = INVALID_CHARACTER.exec(text);
  if (invalid) {
    const code = codePoint(invalid[0]);
    return {
      index: invalid.index,
      description: `ein ungültiges Zeichen (${code})${where(text, invalid.index)}: Es ist kein Schriftzeichen und lässt sich nicht veröffentlichen. Steht dort „\\u${code.slice(2)}“, schreiben Sie das gemeinte Zeichen selbst; sonst löschen Sie die Stelle.`,
    };
  }
  const bidi = findUnbalancedBidi(text);
  if (bidi !== undefined) {
    return { index: bidi, description: `ein unsichtbares Richtungszeichen (${codePoint(text[bidi]!)})${where(text, bidi)}. ${BIDI_FIX}` };
  }
  return undefined;
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** „ nach „Bildungsnetz““ – the words before the character, so it can be found. */
function where(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 30), index).trim();
  return before ? ` nach „${before}“` : " am Anfang";
}
