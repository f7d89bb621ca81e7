/**
 * Label → value reading shared by every adapter: find the element whose text is a label ("Amount
 * due", "Fälligkeitsdatum") and take the value next to it, whatever the markup (`dt`/`dd`, table
 * cells, flex rows of spans, "Label: value" in one element, a header row above a value row).
 */
import type { LabelTiers } from './vocabulary';
import { isKnownCurrency } from './currency-codes';
import { foldText, isSkipped, type PageText } from './page-text';

/**
 * Label tiers ready for matching: per tier, lower-case phrase variants, longest first. Plain prefix
 * tests rather than one big case-insensitive Unicode RegExp, which V8 takes hundreds of
 * milliseconds to compile and run on first use.
 */
export type CompiledLabels = readonly (readonly string[])[];

/** "invoice #" also as "invoice#": pages differ on spaces around punctuation. */
function variantsOf(phrase: string): string[] {
  const folded = foldText(phrase.trim().replace(/\s+/g, ' '));
  const tight = folded.replace(/ (?=[^\p{L}\p{N}])|(?<=[^\p{L}\p{N}]) /gu, '');
  return tight === folded ? [folded] : [folded, tight];
}

/** Compiles label tiers; within a tier longer phrases are tried first ("due date" before "due"). */
export function compileLabels(tiers: LabelTiers): CompiledLabels {
  return tiers
    .filter((tier) => tier.length > 0)
    .map((tier) => [...new Set(tier.flatMap(variantsOf))].sort((a, b) => b.length - a.length));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Length of the label phrase `text` starts with, or -1. A phrase ending in a letter or digit must
 * end a word there ("total" does not start "totals" or "totaal").
 */
function labelPrefixLength(tier: readonly string[], folded: string): number {
  for (const phrase of tier) {
    if (!folded.startsWith(phrase)) continue;
    const last = phrase.charAt(phrase.length - 1);
    const next = folded.charAt(phrase.length);
    if (next && WORD_CHAR.test(last) && WORD_CHAR.test(next)) continue;
    return phrase.length;
  }
  return -1;
}

/** Site-specific phrases first, then the shared vocabulary. */
export function withSiteLabels(
  extra: readonly string[] | undefined,
  shared: LabelTiers,
): LabelTiers {
  return extra && extra.length > 0 ? [extra, ...shared] : shared;
}

/** A value found next to a label. */
export interface LabelledValue {
  /** Visible text of the value (or the rest of the label's own text). */
  text: string;
  /** The element holding the value; null when the value shared the label's element. */
  element: Element | null;
  /** ISO 4217 code printed with the label, as in "Amount Due (USD)". */
  currency: string | null;
}

/** A label is short; longer texts are sentences that merely start with the word. */
const MAX_LABEL_LENGTH = 60;
/** "(USD)", "USD", "[EUR]" right after a label. Case-sensitive on purpose: "Due" is not a code. */
const CURRENCY_SUFFIX = /^\s*[([]?\s*([A-Z]{3})\s*[)\]]?(?=$|[\s:：])/;
/** Separators between a label and its value within one text. */
const LEADING_SEPARATORS = /^[\s:：]+/;

/** Text a value element shows, or the machine value it carries (`<meta content>`, `<input value>`). */
export function valueText(element: Element, page: PageText): string {
  const shown = page.textOf(element);
  if (shown) return shown;
  return (
    element.getAttribute('content') ??
    element.getAttribute('datetime') ??
    element.getAttribute('value') ??
    ''
  ).trim();
}

function nonEmptySiblings(start: Element, page: PageText, limit: number): Element[] {
  const found: Element[] = [];
  for (let sibling = start.nextElementSibling; sibling && found.length < limit;) {
    if (!isSkipped(sibling) && page.textOf(sibling)) found.push(sibling);
    sibling = sibling.nextElementSibling;
  }
  return found;
}

/** Elements that may hold the value of a label element, best guess first. */
function valuesNextTo(label: Element, page: PageText): Element[] {
  const tag = label.localName;
  if (tag === 'dt') {
    const dd = nonEmptySiblings(label, page, 1)[0];
    return dd && dd.localName === 'dd' ? [dd] : [];
  }
  if (tag === 'td' || tag === 'th') return nonEmptySiblings(label, page, 2);
  if (tag === 'label') {
    const target = label.getAttribute('for');
    const control = target ? label.ownerDocument.getElementById(target) : null;
    if (control) return [control];
  }
  // Flex rows and wrappers: climb while the ancestor shows nothing but the label, then look right.
  let current = label;
  for (let depth = 0; depth < 4; depth++) {
    const siblings = nonEmptySiblings(current, page, 2);
    if (siblings.length > 0) return siblings;
    const parent = current.parentElement;
    if (!parent || page.textOf(parent) !== page.textOf(current)) return [];
    current = parent;
  }
  return [];
}

/** For a header cell, the cell under it in the next row. */
function valueBelow(label: Element): Element | null {
  if (label.localName !== 'td' && label.localName !== 'th') return null;
  const row = label.parentElement;
  if (!row || row.localName !== 'tr') return null;
  const column = Array.from(row.children).indexOf(label);
  let next = row.nextElementSibling;
  if (!next) {
    // The header row may sit alone in a <thead>; the values start the next row group.
    const nextGroup = row.parentElement?.nextElementSibling;
    next = nextGroup?.firstElementChild ?? null;
  }
  return next?.children[column] ?? null;
}

/**
 * For a label in a column of labels, the element at the same position in the column of values
 * beside it: <div><p>Invoice Number</p><p>Due Date</p></div><div><p>0042</p><p>May 1</p></div>.
 */
function valueInParallelColumn(label: Element, page: PageText): Element | null {
  let item = label;
  // The label may be wrapped: climb while the wrapper shows nothing else.
  while (item.parentElement && page.textOf(item.parentElement) === page.textOf(item)) {
    item = item.parentElement;
  }
  const column = item.parentElement;
  const values = column?.nextElementSibling;
  if (!column || !values || values.children.length !== column.children.length) return null;
  return values.children[Array.from(column.children).indexOf(item)] ?? null;
}

interface LabelHit {
  element: Element;
  rest: string;
  currency: string | null;
}

function findLabels(page: PageText, tier: readonly string[]): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const { element, text, folded } of page.shortEntries) {
    const length = labelPrefixLength(tier, folded);
    if (length < 0) continue;
    // Lower-casing rarely changes a text's length ("İ"); then read the rest from the folded copy.
    let rest = (folded.length === text.length ? text : folded).slice(length);
    // A currency code printed after the label ("Total (EUR)", "Amount Due AUD") belongs to it.
    let currency: string | null = null;
    const suffix = CURRENCY_SUFFIX.exec(rest);
    const code = suffix?.[1];
    if (suffix && code && isKnownCurrency(code)) {
      currency = code;
      rest = rest.slice(suffix[0].length);
    }
    rest = rest.replace(LEADING_SEPARATORS, '').trim();
    if (!rest && text.length > MAX_LABEL_LENGTH) continue;
    hits.push({ element, rest, currency });
  }
  return hits;
}

/** Keeps the innermost of nested "Label value" elements, so a row beats the table around it. */
function innermost(hits: LabelHit[]): LabelHit[] {
  return hits.filter(
    (hit) => !hits.some((other) => other !== hit && hit.element.contains(other.element)),
  );
}

/**
 * Reads the value of the first label (tier by tier, in document order) whose value `accept`s.
 * Values beside a label are preferred over values below a header cell or in a parallel column,
 * and those over "Label value" texts.
 */
export function readLabelled(
  page: PageText,
  labels: CompiledLabels,
  accept: (text: string, currency: string | null) => boolean,
): LabelledValue | null {
  for (const tier of labels) {
    const hits = findLabels(page, tier);
    const exact = hits.filter((hit) => !hit.rest);
    for (const hit of exact) {
      for (const element of valuesNextTo(hit.element, page)) {
        const text = valueText(element, page);
        if (accept(text, hit.currency)) return { text, element, currency: hit.currency };
      }
    }
    for (const hit of exact) {
      for (const element of [valueBelow(hit.element), valueInParallelColumn(hit.element, page)]) {
        const text = element ? valueText(element, page) : '';
        if (element && accept(text, hit.currency)) return { text, element, currency: hit.currency };
      }
    }
    for (const hit of innermost(hits.filter((candidate) => candidate.rest))) {
      if (accept(hit.rest, hit.currency))
        return { text: hit.rest, element: null, currency: hit.currency };
    }
  }
  return null;
}

/** Most lines an address block runs to after its label. */
const MAX_BLOCK_ELEMENTS = 6;

/**
 * The elements a block label ("Bill to", "From") introduces: the cell or `dd` beside it, or the
 * lines that follow it in its card (name, company, address, e-mail).
 */
export function readLabelledBlock(page: PageText, labels: CompiledLabels): Element[] | null {
  for (const tier of labels) {
    for (const hit of findLabels(page, tier)) {
      if (hit.rest) continue;
      const [first] = valuesNextTo(hit.element, page);
      if (!first) continue;
      const text = page.textOf(first);
      if (text.length === 0 || text.length > 400) continue;
      const tag = first.localName;
      if (tag === 'dd' || tag === 'td' || tag === 'th') return [first];
      return [first, ...nonEmptySiblings(first, page, MAX_BLOCK_ELEMENTS - 1)];
    }
  }
  return null;
}
