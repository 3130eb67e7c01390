/**
 * A small HTML reader for assertions on built pages: parse once, then find elements and text.
 * Uses htmlparser2 (installed with Eleventy), which parses like a lenient browser; validity is
 * checked separately with html-validate.
 */
import { parseDocument } from "htmlparser2";
import { isTag, isText, hasChildren, type Element, type Document, type Node } from "domhandler";

export type { Element };

export interface Page {
  readonly document: Document;
  /** All elements in document order, optionally only those with the given tag name. */
  all(tag?: string): Element[];
  /** The first element matching the tag and optional attribute test. */
  first(tag: string, test?: (el: Element) => boolean): Element | undefined;
  /** Text content of the whole document's <main>. */
  mainText(): string;
}

/** Text content of a node, with whitespace collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (isText(n)) parts.push(n.data);
    if (hasChildren(n)) for (const child of n.children) walk(child);
  };
  walk(node);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** Parses a page. */
export function parsePage(html: string): Page {
  const document = parseDocument(html, { decodeEntities: true });
  const elements: Element[] = [];
  const walk = (node: Node) => {
    if (hasChildren(node)) {
      for (const child of node.children) {
        if (isTag(child)) elements.push(child);
        walk(child);
      }
    }
  };
  walk(document);
  return {
    document,
    all: (tag) => (tag ? elements.filter((e) => e.name === tag) : elements),
    first: (tag, test) => elements.find((e) => e.name === tag && (!test || test(e))),
    mainText: () => {
      const main = elements.find((e) => e.name === "main");
      return main ? textOf(main) : "";
    },
  };
}
