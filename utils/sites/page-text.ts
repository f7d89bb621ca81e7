/**
 * The visible text of every element of a page, computed once per read. Adapters look labels up in
 * it instead of walking the DOM again for each field.
 */

/** Elements whose content is never shown as page text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'iframe',
  'object',
  'canvas',
  'select',
  'option',
]);

/** Elements rendered on their own line: their text is separated from their neighbours'. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'button',
  'caption',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'label',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Texts longer than this are kept truncated: no label or value is that long. */
const TEXT_CAP = 2000;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** One element and its normalised visible text. */
export interface TextEntry {
  element: Element;
  text: string;
}

/** A short text (a label or a value) with its folded form for label matching. */
export interface ShortEntry extends TextEntry {
  /** Lower case, typographic apostrophes as "'". */
  folded: string;
}

/** Texts longer than this are sentences or containers, never a label or a "Label: value" pair. */
export const MAX_SHORT_TEXT = 120;

/** Lower case with one kind of apostrophe: how labels are compared. */
export function foldText(text: string): string {
  return text.toLowerCase().replace(/’/g, "'");
}

/** Visible texts of a page, in document order. */
export interface PageText {
  root: ParentNode;
  /** Every shown element with its text, in document order. */
  entries: TextEntry[];
  /** The entries with a short, non-empty text, in document order. */
  shortEntries: ShortEntry[];
  /** Normalised visible text of an element ('' for hidden or unknown ones). */
  textOf(element: Element): string;
}

/** Collapses runs of whitespace (NBSP and narrow NBSP included) into one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when an element and its content are not shown (scripts, `hidden`, templates...). */
export function isSkipped(element: Element): boolean {
  return SKIPPED_TAGS.has(element.localName) || element.hasAttribute('hidden');
}

/** Reads the visible text of every element under `root` in one walk. */
export function readPageText(root: ParentNode): PageText {
  const texts = new Map<Element, string>();
  const entries: TextEntry[] = [];

  const walk = (node: Node): string => {
    let raw = '';
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        if (raw.length < TEXT_CAP) raw += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (isSkipped(element)) continue;
        const index = entries.length;
        entries.push({ element, text: '' });
        const inner = walk(element);
        const entry = entries[index];
        if (entry) entry.text = inner;
        if (raw.length < TEXT_CAP) raw += BLOCK_TAGS.has(element.localName) ? ` ${inner} ` : inner;
      }
    }
    const text = normalizeSpace(raw.slice(0, TEXT_CAP));
    if (node.nodeType === ELEMENT_NODE) texts.set(node as Element, text);
    return text;
  };
  walk(root as unknown as Node);

  const shortEntries = entries
    .filter(({ text }) => text.length > 0 && text.length <= MAX_SHORT_TEXT)
    .map((entry) => ({ ...entry, folded: foldText(entry.text) }));
  return { root, entries, shortEntries, textOf: (element) => texts.get(element) ?? '' };
}

/** Visible lines of an element: text split where blocks and `<br>` break it. */
export function linesOf(element: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = normalizeSpace(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === ELEMENT_NODE) {
        const nested = child as Element;
        if (isSkipped(nested)) continue;
        const block = BLOCK_TAGS.has(nested.localName);
        if (block) flush();
        walk(nested);
        if (block) flush();
      }
    }
  };
  walk(element);
  flush();
  return lines;
}
