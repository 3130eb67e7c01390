/**
 * Load step: reads one entry file, splits front matter from the Markdown body and parses the YAML.
 * Parsing is fast (js-yaml); node positions come from a second, position-keeping parse (yaml) that
 * runs only for files with problems, so contributors are pointed at the exact line and column
 * without every valid file paying for it. Never throws for bad content: every defect is a `Problem`.
 */
import matter from "gray-matter";
import jsYaml from "js-yaml";
import { isMap, isPair, isScalar, isSeq, parseDocument, visit, type Document, type Node, type ScalarTag } from "yaml";
import { decodeUtf8, findBadCharacter, LineIndex, normalizeStrings } from "./source-text.ts";
import type { Problem } from "./problem.ts";

/** A path into the front matter, as ajv reports it: property names and array indices. */
export type FieldPath = readonly (string | number)[];

/** Where a path points: at the property name (`key`) or at its value. */
export type Anchor = "key" | "value";

/** An entry whose file could be read and whose front matter is a YAML mapping. */
export interface LoadedEntry {
  readonly slug: string;
  readonly sourcePath: string;
  /** The front matter as plain data, strings NFC-normalised; not yet validated. */
  readonly data: Record<string, unknown>;
  /** The Markdown body with LF line endings, NFC-normalised. */
  readonly body: string;
  /** 1-based line of the first body line, for problems about the description. */
  readonly bodyLine: number;
  /** A problem located at the YAML node for `path` (or its nearest existing ancestor). */
  problemAt(path: FieldPath, message: string, anchor?: Anchor): Problem;
}

export type LoadResult =
  | { readonly ok: true; readonly entry: LoadedEntry }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Plain scalars with a leading zero ("05117000") stay text: they are keys such as the AGS, and
 * YAML 1.2 would otherwise turn them into the number 5117000.
 */
const leadingZeroDigits: ScalarTag = {
  tag: "tag:yaml.org,2002:str",
  default: true,
  test: /^0\d+$/,
  resolve: (source: string) => source,
  identify: () => false,
};

// js-yaml exports its built-in types at runtime; @types/js-yaml does not declare them.
const builtInTypes = (jsYaml as unknown as { types: Record<"null" | "bool" | "int" | "float" | "str" | "seq" | "map", jsYaml.Type> }).types;

/**
 * js-yaml's YAML 1.2 core schema with the same leading-zero rule as {@link leadingZeroDigits}; it
 * has to come first, because the int type would otherwise claim "05117000".
 */
const FAST_SCHEMA = new jsYaml.Schema({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:str", {
      kind: "scalar",
      resolve: (data: unknown) => typeof data === "string" && /^0\d+$/.test(data),
      construct: (data: string) => data,
    }),
    builtInTypes.null,
    builtInTypes.bool,
    builtInTypes.int,
    builtInTypes.float,
  ],
  explicit: [builtInTypes.str, builtInTypes.seq, builtInTypes.map],
});

/** Parses YAML with node positions, for locating problems and explaining syntax errors. */
function parseWithPositions(source: string): Document.Parsed {
  return parseDocument(source, {
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    customTags: (tags) => [leadingZeroDigits, ...tags],
  });
}

const FRONT_MATTER_HELP =
  "Jede Netzwerk-Datei beginnt mit einer Zeile „---“, darauf folgen die Angaben (z. B. „title: …“) und wieder eine Zeile „---“; darunter steht die Beschreibung.";

/** Parses the bytes of `content/networks/<slug>.md`. `sourcePath` is used in problems. */
export function loadEntry(sourcePath: string, slug: string, bytes: Uint8Array): LoadResult {
  const fail = (line: number, column: number, message: string): LoadResult => ({
    ok: false,
    problems: [{ file: sourcePath, line, column, message }],
  });

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return fail(
      decoded.line,
      decoded.column,
      "Die Datei ist nicht als UTF-8 gespeichert (hier steht ein ungültiges Zeichen). Speichern Sie sie im Editor mit der Kodierung „UTF-8“.",
    );
  }
  // Line and column survive this: a CR only ever stands at a line's end.
  const text = decoded.text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return fail(1, 1, `Die Datei ist leer. ${FRONT_MATTER_HELP}`);

  const firstLineEnd = text.indexOf("\n");
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  if (firstLine.trimEnd() !== "---") {
    return fail(1, 1, `Der Kopf mit den Angaben (Front Matter) fehlt: Die erste Zeile muss „---“ sein. ${FRONT_MATTER_HELP}`);
  }
  if (firstLineEnd === -1 || !/\n---[^\S\n]*(\n|$)/.test(text.slice(firstLineEnd))) {
    return fail(1, 1, `Der Kopf mit den Angaben wird nicht abgeschlossen: Nach den Angaben fehlt eine Zeile „---“. ${FRONT_MATTER_HELP}`);
  }
  // The head ends at the first line that starts with "---", whatever follows on it: a line such as
  // "---- Kontakt" would end it there and silently turn the fields below it into description text.
  const closing = /\n(---.*)/.exec(text.slice(firstLineEnd));
  if (closing && !/^---[^\S\n]*$/.test(closing[1]!)) {
    const line = text.slice(0, firstLineEnd + closing.index + 1).split("\n").length;
    return fail(line, 1, `Diese Zeile beginnt mit „---“ und beendet damit den Kopf; alles darunter würde zur Beschreibung. Die Zeile, die den Kopf abschließt, enthält nur „---“. Ist hier etwas anderes gemeint, etwa eine Notiz, schreiben Sie sie als Kommentar mit „#“ am Zeilenanfang.`);
  }

  let yamlText: string | undefined;
  let parsed: unknown;
  let syntaxError: jsYaml.YAMLException | undefined;
  // gray-matter splits front matter from body; the engine only records what it was given.
  const file = matter(text, {
    engines: {
      yaml: {
        parse: (source: string) => {
          yamlText = source;
          try {
            parsed = jsYaml.load(source, { schema: FAST_SCHEMA, json: false });
          } catch (error) {
            if (!(error instanceof jsYaml.YAMLException)) throw error;
            syntaxError = error;
          }
          return {};
        },
        stringify: () => "",
      },
    },
  } as unknown as Parameters<typeof matter>[1]);

  const lines = new LineIndex(text);
  const yamlOffset = yamlText ? text.indexOf(yamlText, 3) : 3;
  const at = (yamlPos: number) => lines.position(yamlOffset + yamlPos);

  if (yamlText === undefined) return fail(2, 1, `Der Kopf enthält keine Angaben. ${FRONT_MATTER_HELP}`);
  const source = yamlText;
  if (syntaxError) {
    const mark = syntaxError.mark as { position?: number } | undefined;
    const where = at(mark?.position ?? 0);
    // js-yaml stops at 100 levels; the position-keeping parser would go on until the stack runs out.
    if (syntaxError.reason?.startsWith("nesting exceeded maxDepth")) return fail(where.line, where.column, TOO_DEEP);
    const positioned = parseWithPositions(source);
    if (positioned.errors.length > 0) {
      return { ok: false, problems: yamlProblems(positioned, source, (pos) => ({ file: sourcePath, ...at(pos) })) };
    }
    // js-yaml refuses control characters anywhere in the YAML, before it parses: say which and where.
    if (syntaxError.reason === "the stream contains non-printable characters" || syntaxError.reason === "null byte is not allowed in input") {
      const sourceLines = source.split("\n");
      for (const [index, line] of sourceLines.entries()) {
        const fault = findBadCharacter(line);
        if (fault) return fail(at(0).line + index, fault.index + 1, `Im Kopf steht ${fault.description}`);
      }
    }
    // The two parsers disagree on a corner of YAML; report js-yaml's finding at its own position.
    return fail(where.line, where.column, describeJsYamlReason(syntaxError.reason));
  }
  // Anchors and aliases have no use in an entry, and nested aliases can expand exponentially
  // ("billion laughs"); the cheap pattern test keeps the exact check off the common path.
  if (/(^|[\s[{,:-])\*[^\s,[\]{}]/m.test(source)) {
    const positioned = parseWithPositions(source);
    let aliasOffset: number | undefined;
    visit(positioned, {
      Alias(_key, node) {
        aliasOffset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    if (aliasOffset !== undefined) {
      const where = at(aliasOffset);
      return fail(where.line, where.column, "YAML-Fehler: Verweise mit „*name“ werden nicht unterstützt. Schreiben Sie den Wert aus oder setzen Sie den Text in Anführungszeichen.");
    }
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return fail(2, 1, `Der Kopf muss aus Zeilen der Form „feld: wert“ bestehen. ${FRONT_MATTER_HELP}`);
  }

  let positionedDoc: Document.Parsed | undefined;
  const data = normalizeStrings(parsed as Record<string, unknown>);
  const body = normalizeStrings(file.content);
  const bodyOffset = text.length - file.content.length;

  return {
    ok: true,
    entry: {
      slug,
      sourcePath,
      data,
      body,
      bodyLine: lines.position(Math.min(bodyOffset, text.length)).line,
      problemAt(path, message, anchor = "value") {
        positionedDoc ??= parseWithPositions(source);
        const { line, column } = at(locate(positionedDoc, path, anchor));
        return { file: sourcePath, line, column, message };
      },
    },
  };
}

/** The offset of the node at `path`, or of the deepest ancestor that exists. */
function locate(doc: Document.Parsed, path: FieldPath, anchor: Anchor): number {
  let node: Node | null | undefined = doc.contents as Node;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const segment = path[i];
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value).normalize("NFC") === segment,
      );
      if (!pair) break;
      const key = pair.key as Node;
      best = key.range?.[0] ?? best;
      if (isLast && anchor === "key") return best;
      node = pair.value as Node | null;
      // `field:` with nothing after it has no value node worth pointing at; the key is clearer.
      if (node?.range && !(isScalar(node) && node.value === null)) best = node.range[0];
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      node = item;
      if (item.range) best = item.range[0];
    } else {
      break;
    }
  }
  return best;
}

/**
 * One problem per YAML error that is not a consequence of an earlier one: after a tab or a broken
 * line the parser stumbles over every following line, which would bury the real cause.
 */
function yamlProblems(
  doc: Document.Parsed,
  source: string,
  position: (offset: number) => { file: string; line: number; column: number },
): Problem[] {
  const errors = doc.errors.some((e) => e.code === "TAB_AS_INDENT") ? doc.errors.filter((e) => e.code === "TAB_AS_INDENT") : doc.errors;
  const problems: Problem[] = [];
  const seenLines = new Set<number>();
  for (const error of errors) {
    const where = position(error.pos[0]);
    if (seenLines.has(where.line)) continue;
    seenLines.add(where.line);
    const lineStart = source.lastIndexOf("\n", error.pos[0] - 1) + 1;
    const lineEnd = source.indexOf("\n", error.pos[0]);
    const lineText = source.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
    problems.push({ ...where, message: describeYamlError(error.code, error.message, lineText) });
  }
  return problems;
}

const TOO_DEEP =
  "YAML-Fehler: Die Angaben sind hier zu tief verschachtelt (Listen in Listen oder Gruppen in Gruppen). Ein Eintrag braucht höchstens vier Ebenen; prüfen Sie die Klammern „[“ und „{“ und die Einrückung.";

/**
 * German text for what only js-yaml rejects, above all tags ("!!binary", "!foo"), which the
 * position-keeping parser accepts as unknown but harmless; the original reason for the rare rest.
 */
function describeJsYamlReason(reason: string | undefined): string {
  const tag = /^unknown tag !<(.*)>$/.exec(reason ?? "")?.[1];
  if (tag !== undefined) {
    const written = tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
    return `YAML-Fehler: Typangaben wie „${written}“ werden nicht unterstützt. Schreiben Sie den Wert ohne sie; ein Text, der mit „!“ beginnt, gehört in Anführungszeichen.`;
  }
  // "title: *Neu* in Köln" – Markdown emphasis read as a reference to an anchor "Neu*".
  if (reason?.startsWith("unidentified alias")) return ALIAS_NOT_SUPPORTED;
  return `YAML-Fehler: ${reason ?? "ungültige Angabe"}.`;
}

const ALIAS_NOT_SUPPORTED =
  "YAML-Fehler: Verweise mit „*“ werden nicht unterstützt. Schreiben Sie den Wert aus; ein Text, der mit „*“ beginnt, gehört in Anführungszeichen.";

/** German text for the YAML parser's error codes; the original message is kept for the rare rest. */
function describeYamlError(code: string, original: string, lineText: string): string {
  const colonValue = /^(\s*-?\s*)([\w-]+):\s+(.*:\s.*)$/.exec(lineText);
  // Flow collections ("{ email: … }") hold colons by design; only a plain text value can be the culprit.
  if (colonValue && !/^["'{[]/.test(colonValue[3]!)) {
    const quoted = colonValue[3]!.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    return `YAML-Fehler: Der Wert von „${colonValue[2]}“ enthält einen Doppelpunkt mit Leerzeichen. Setzen Sie ihn in Anführungszeichen: ${colonValue[2]}: "${quoted}"`;
  }
  // "title: *Neu* in Köln", "title: @Netz": characters YAML reserves at the start of a value.
  const reservedStart = /^(\s*-?\s*)([\w-]+):\s+([*&!@`%].*)$/.exec(lineText);
  if (reservedStart) {
    const quoted = reservedStart[3]!.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
    return `YAML-Fehler: Der Wert von „${reservedStart[2]}“ beginnt mit „${reservedStart[3]![0]}“, das in YAML eine besondere Bedeutung hat. Setzen Sie ihn in Anführungszeichen: ${reservedStart[2]}: "${quoted}"`;
  }
  const tip = "Tipp: Texte mit einem Doppelpunkt, „#“ oder Anführungszeichen am Anfang in Anführungszeichen setzen.";
  switch (code) {
    case "DUPLICATE_KEY":
      return "YAML-Fehler: Dieses Feld steht im Kopf doppelt. Jedes Feld darf nur einmal vorkommen – löschen oder vereinen Sie die Zeilen.";
    case "TAB_AS_INDENT":
      return "YAML-Fehler: Hier wird mit einem Tabulator eingerückt. Rücken Sie mit Leerzeichen ein (je Ebene zwei).";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "BLOCK_AS_IMPLICIT_KEY":
      return `YAML-Fehler: Die Einrückung oder ein Zeichen stimmt hier nicht. Prüfen Sie, ob Unterpunkte gleich weit eingerückt sind und Listen mit „- “ beginnen. ${tip}`;
    case "MULTILINE_IMPLICIT_KEY":
      return `YAML-Fehler: Hier beginnt eine Zeile, die kein „feld: wert“ ist (fehlt ein Doppelpunkt, oder geht ein Text über mehrere Zeilen?). ${tip}`;
    case "BAD_DQ_ESCAPE":
      return "YAML-Fehler: In doppelten Anführungszeichen beginnt „\\“ ein Sonderzeichen wie „\\n“; dieses hier gibt es nicht. Schreiben Sie „\\\\“ für einen umgekehrten Schrägstrich oder setzen Sie den Text in einfache Anführungszeichen '…'.";
    case "RESOURCE_EXHAUSTION":
      return TOO_DEEP;
    case "MISSING_ANCHOR":
    case "BAD_ALIAS":
    case "ALIAS_PROPS":
      return ALIAS_NOT_SUPPORTED;
    case "MULTIPLE_ANCHORS":
    case "MULTIPLE_TAGS":
      return "YAML-Fehler: Hier stehen mehrere Angaben mit „&“ oder „!“ vor einem Wert; sie werden nicht unterstützt. Ein Text, der mit „&“ oder „!“ beginnt, gehört in Anführungszeichen.";
    case "BLOCK_IN_FLOW":
      return `YAML-Fehler: In einer Liste in eckigen Klammern [ … ] oder einer Gruppe in geschweiften Klammern { … } stehen die Einträge durch Kommas getrennt, nicht in Zeilen mit „- “. Schreiben Sie z. B. „area: [Bonn, Köln]“. ${tip}`;
    case "MULTIPLE_DOCS":
      return "YAML-Fehler: Eine Zeile „...“ davor hat die Angaben beendet, hier folgt aber noch etwas. Löschen Sie die Zeile „...“.";
    case "UNEXPECTED_TOKEN":
    case "BAD_SCALAR_START":
      return `YAML-Fehler: An dieser Stelle steht ein unerwartetes Zeichen. ${tip}`;
    default:
      return `YAML-Fehler: ${original.split("\n")[0]} ${tip}`;
  }
}
