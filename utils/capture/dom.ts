/**
 * A tiny element builder for injected UI: text goes in as text nodes, never as HTML (pages may
 * enforce Trusted Types, and no page-controlled string should ever be parsed as markup).
 */

export interface ElementProps {
  className?: string;
  text?: string;
  attrs?: Record<string, string>;
}

/** `<tag class attrs>text children</tag>` created in `doc`. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: ElementProps = {},
  children: readonly Node[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  if (props.text !== undefined) node.append(doc.createTextNode(props.text));
  node.append(...children);
  return node;
}

/** A `<style>` whose rules are set as text (no HTML parsing). */
export function styleElement(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  style.textContent = css;
  return style;
}
