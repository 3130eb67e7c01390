/**
 * Builds DOM with text as text: the map shows untrusted entry data, so nothing here ever parses
 * HTML (no innerHTML); strings become text nodes and attribute values only.
 */

/** Attributes to set; `false`/`undefined` leave the attribute out, `true` sets it empty. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** A child: an element, or a string that becomes a text node. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children.
 * @example h("a", { href: p.url, class: "gw-popup__title" }, p.title)
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}
