/**
 * schema.org items from HTML attributes: microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa
 * Lite (`typeof`/`property`). Both are trees of elements; one walker reads either syntax.
 * Not supported: microdata `itemref` and RDFa `prefix` mappings other than the `schema:` one.
 */
import { shortName, type SchemaThing, type SchemaValue } from './schema-thing';

interface Syntax {
  /** Selects the elements that start an item. */
  itemSelector: string;
  isItem(el: Element): boolean;
  typesOf(el: Element): string[];
  propAttr: string;
}

const MICRODATA: Syntax = {
  itemSelector: '[itemscope]',
  isItem: (el) => el.hasAttribute('itemscope'),
  typesOf: (el) => words(el.getAttribute('itemtype')),
  propAttr: 'itemprop',
};

const RDFA: Syntax = {
  itemSelector: '[typeof]',
  isItem: (el) => el.hasAttribute('typeof'),
  typesOf: (el) => words(el.getAttribute('typeof')),
  propAttr: 'property',
};

/** Element nesting deeper than this is not invoice data; keeps the walk bounded on hostile pages. */
const MAX_DEPTH = 256;
/** Attribute holding an element's value, by tag (WHATWG microdata "property value"). */
const VALUE_ATTR: Record<string, string> = {
  meta: 'content',
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  audio: 'src',
  video: 'src',
  source: 'src',
  embed: 'src',
  iframe: 'src',
  track: 'src',
  object: 'data',
  data: 'value',
  meter: 'value',
  time: 'datetime',
};

function words(value: string | null): string[] {
  return (value ?? '').split(/\s+/).filter(Boolean).map(shortName);
}

function literalOf(el: Element): string {
  // RDFa's `content` overrides the text on any element; microdata uses it on <meta>.
  const content = el.getAttribute('content');
  if (content !== null) return content.trim();
  const attr = VALUE_ATTR[el.localName];
  const attrValue = attr ? el.getAttribute(attr) : null;
  if (attrValue !== null) return attrValue.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function addProps(
  el: Element,
  props: Record<string, SchemaValue[]>,
  syntax: Syntax,
  depth: number,
): void {
  for (const child of Array.from(el.children)) {
    const names = words(child.getAttribute(syntax.propAttr));
    const nested = syntax.isItem(child);
    if (names.length > 0) {
      const value: SchemaValue | null = nested
        ? depth < MAX_DEPTH
          ? itemOf(child, syntax, depth + 1)
          : null
        : literalOf(child);
      if (value !== null) for (const name of names) (props[name] ??= []).push(value);
    }
    // A nested item's own properties belong to it, not to the outer item.
    if (!nested && depth < MAX_DEPTH) addProps(child, props, syntax, depth + 1);
  }
}

function itemOf(el: Element, syntax: Syntax, depth: number): SchemaThing {
  const props: Record<string, SchemaValue[]> = {};
  addProps(el, props, syntax, depth);
  return { types: syntax.typesOf(el), props };
}

function topLevelItems(root: ParentNode, syntax: Syntax): SchemaThing[] {
  return Array.from(root.querySelectorAll(syntax.itemSelector))
    .filter((el) => !el.parentElement?.closest(syntax.itemSelector))
    .map((el) => itemOf(el, syntax, 0));
}

/** Top-level microdata items under `root`. */
export function readMicrodata(root: ParentNode): SchemaThing[] {
  return topLevelItems(root, MICRODATA);
}

/** Top-level RDFa items under `root`. */
export function readRdfa(root: ParentNode): SchemaThing[] {
  return topLevelItems(root, RDFA);
}
