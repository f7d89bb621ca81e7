/**
 * Value recognisers for page fields. Amounts and dates come from the shared detectors
 * (`utils/detect`); this file only adapts them to the short texts found next to labels.
 */
import { parseAmount } from '@/utils/detect/amount';
import { parseDate, type DateOrder } from '@/utils/detect/dates';
import { isKnownCurrency } from './currency-codes';
import { normalizeSpace } from './page-text';

/** An amount read from a page. */
export interface PageAmount {
  amountMinor: number;
  currency: string | null;
}

/** Longest text worth handing to the date parser: values are short. */
const MAX_VALUE_LENGTH = 80;
/** Longest amount text: "1 234 567,89 zł PLN" and a little decoration. */
const MAX_AMOUNT_LENGTH = 40;

/** ISO codes printed in a value ("AUD 1,100.00", "$1,500.00 USD"). */
const CODE = /(?<![\p{L}])[A-Z]{3}(?![\p{L}])/gu;
/** A figure printed as money: grouped thousands and/or cents ("1,250.00", "1.250,00", "59 000"). */
const MONEY_FIGURE = /\d(?:[.,]\d{2,3}|[ ,.'’]\d{3})(?!\d)/u;

/** The ISO code a value names, when the amount parser saw none. */
function codeIn(text: string): string | null {
  const codes = [...text.matchAll(CODE)].map((match) => match[0]).filter(isKnownCurrency);
  return codes.length === 1 ? (codes[0] ?? null) : null;
}

/**
 * Amount in a value text; `currencyHint` is a code printed nearby ("Amount Due (USD)"). Only
 * texts that look like money count: a currency or a money-shaped figure, and no words besides a
 * currency code or symbol, so "INV-0042" or "04/21/2026" are not amounts.
 */
export function readAmount(text: string, currencyHint: string | null): PageAmount | null {
  const value = normalizeSpace(text);
  // Percentages are tax rates, not amounts.
  if (!value || value.length > MAX_AMOUNT_LENGTH || !/\d/.test(value) || value.includes('%'))
    return null;
  const words = value.replace(CODE, (code) => (isKnownCurrency(code) ? '' : code));
  if ((words.match(/\p{L}/gu) ?? []).length > 3) return null;
  // A code printed in the value beats one printed with the label.
  const hint = codeIn(value) ?? currencyHint;
  const parsed = parseAmount(value, hint ? { currency: hint } : undefined);
  if (!parsed || !Number.isSafeInteger(parsed.amountMinor) || parsed.amountMinor < 0) return null;
  const currency = parsed.currency ?? hint;
  if (!currency && !MONEY_FIGURE.test(value)) return null;
  return { amountMinor: parsed.amountMinor, currency };
}

/** Date in a value text, `YYYY-MM-DD`; `order` settles 03/04/2026. */
export function readDate(text: string, order: DateOrder = 'dmy'): string | null {
  const value = normalizeSpace(text);
  if (!value || value.length > MAX_VALUE_LENGTH || !/\d/.test(value)) return null;
  return parseDate(value, order);
}

const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2\d{2,4}(?!\d)/g;

/**
 * Day-first or month-first for a page's numeric dates: any date that can only be read one way
 * ("04/21/2026", "21/04/2026") decides for all; otherwise US-dollar pages are month-first.
 */
export function inferDateOrder(texts: readonly string[], currency: string | null): DateOrder {
  for (const text of texts) {
    for (const match of text.matchAll(NUMERIC_DATE)) {
      const first = Number(match[1]);
      const second = Number(match[3]);
      if (match[2] === '.' || first > 12) return 'dmy';
      if (second > 12) return 'mdy';
    }
  }
  return currency === 'USD' ? 'mdy' : 'dmy';
}

/** An invoice number: one token with a digit, as in "INV-0042", "#1042", "2026/04/17". */
const INVOICE_NUMBER = /^(?:#|no\.?|nr\.?|n[°º]\.?)?\s*([\p{L}\p{N}][\p{L}\p{N}\-_/.]{0,39})$/iu;

/** Invoice number in a value text (its first token), or null. */
export function readInvoiceNumber(text: string): string | null {
  const value = normalizeSpace(text);
  for (const candidate of [value.split(' ')[0] ?? '', value]) {
    const number = INVOICE_NUMBER.exec(candidate)?.[1]?.replace(/[.\-_/]+$/, '');
    if (number && /\d/.test(number)) return number;
  }
  return null;
}

/**
 * Bounded as RFC 5321 bounds addresses (local part ≤ 64, labels ≤ 63). Matched only from the start
 * of the local part before each "@" (sticky), never tried at every position of a window around it:
 * a page of 30,000 "a@" is then scanned in linear time.
 */
const EMAIL =
  /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,63}/uy;
const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/u;

/** Start of the longest local part (≤ 64 code points) that ends right before `at`, or -1. */
function localPartStart(text: string, at: number): number {
  let start = -1;
  for (let i = at, count = 0; i > 0 && count < 64; count++) {
    // Step back one code point (a surrogate pair is one letter, as in the /u pattern).
    const low = text.charCodeAt(i - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.charCodeAt(i - 2) : 0;
    const width = pair >= 0xd800 && pair <= 0xdbff ? 2 : 1;
    if (!LOCAL_CHAR.test(text.slice(i - width, i))) break;
    i -= width;
    start = i;
  }
  return start;
}

/** First e-mail address in a text, lower-cased. Only the text around each "@" is read. */
export function readEmail(text: string): string | null {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const start = localPartStart(text, at);
    if (start < 0) continue;
    EMAIL.lastIndex = start;
    const found = EMAIL.exec(text)?.[0];
    if (found) return found.toLowerCase();
  }
  return null;
}

/** A person or company name: short, and not an amount, a date or an address. */
export function readName(text: string): string | null {
  const value = normalizeSpace(text);
  if (!value || value.length > 100 || readEmail(value)) return null;
  if (!/\p{L}/u.test(value)) return null;
  return value;
}
