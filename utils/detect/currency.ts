/**
 * Currency markers (symbols, codes and words) found next to numbers. One table for every language.
 * Matching runs on folded text (see `fold`), so spellings here are lower case without diacritics.
 */
import { rx, WB } from '@/utils/detect/text';

/** A currency marker found in the text. `generic` marks "$" and "¥", which context may refine. */
export interface CurrencyMarker {
  start: number;
  end: number;
  code: string;
  generic: boolean;
  /** Markers normally written after the number ("zł", "руб.", "грн"). */
  suffix: boolean;
}

// code: marker spellings (folded). `$` and `¥` are generic; `~` marks suffix-style words.
const WORDS =
  'USD:us$,u$s,usd,dollars,dollar,доллар~;CAD:c$,ca$,can$;AUD:a$,au$;NZD:nz$;BRL:r$,reais;HKD:hk$;' +
  'SGD:s$;MXN:mx$;EUR:eur,euro,euros,евро,євро,אירו;PLN:~zl,~zlotych,~zlote,~zloty,pln;' +
  'RUB:~руб\\.?,~рублей,~рубля,~рубль,~р\\.,rub;UAH:~грн\\.?,~гривень,~гривні,~гривня,~гривен,uah;' +
  'ILS:~ש"ח,~שח,~שקלים,~שקל,nis,ils;CZK:~kc,czk;CHF:chf,sfr;HUF:huf;RON:~lei,ron;BGN:~лв,bgn;' +
  'GBP:gbp;JPY:jpy;CNY:cny,rmb';

// Plain ISO codes accepted only when written in capitals (lower-case "all", "try", "pen" are words).
const CODES =
  'CAD AUD NZD BRL HKD SGD MXN SEK NOK DKK ISK INR KRW TRY ZAR AED SAR KWD BHD OMR JOD TND KZT BYN GEL NGN KES GHS EGP PKR IDR MYR THB VND';

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  円: 'JPY',
  元: 'CNY',
  '₪': 'ILS',
  '₽': 'RUB',
  '₴': 'UAH',
  '₹': 'INR',
  '₩': 'KRW',
  '₺': 'TRY',
  '₸': 'KZT',
  '₦': 'NGN',
  '₱': 'PHP',
  '฿': 'THB',
  '₫': 'VND',
};

interface WordEntry {
  re: RegExp;
  code: string;
  suffix: boolean;
}

const entries: WordEntry[] = [];
const alternatives: string[] = [];
for (const group of WORDS.split(';')) {
  const [code = '', list = ''] = group.split(':');
  for (const raw of list.split(',')) {
    const suffix = raw.startsWith('~');
    const src = (suffix ? raw.slice(1) : raw).replace(/\$/g, '\\$');
    entries.push({ re: rx('^(?:' + src + ')$'), code, suffix });
    alternatives.push(src);
  }
}
for (const code of CODES.split(' ')) alternatives.push(code.toLowerCase());

const MARKER_RE = rx(
  WB +
    '(?:' +
    alternatives.join('|') +
    ')(?![\\p{L}])|[' +
    Object.keys(SYMBOLS).join('').replace('$', '\\$') +
    ']',
  'g',
);

const UPPER_ONLY = new Set(CODES.split(' '));

/**
 * Finds the currency markers of folded text `low` within the ranges `[from, to)` (sorted, as
 * around numbers: markers elsewhere are irrelevant, and skipping them keeps long text cheap);
 * `orig` (same length) checks capitals.
 */
export function findCurrencyMarkers(
  low: string,
  orig: string,
  ranges: Array<[number, number]>,
): CurrencyMarker[] {
  const out: CurrencyMarker[] = [];
  for (const [from, to] of ranges) {
    // One extra character on the left so the word-boundary lookbehind sees the real text.
    const a = Math.max(0, from - 1);
    const part = low.slice(a, to);
    MARKER_RE.lastIndex = from - a;
    for (let m = MARKER_RE.exec(part); m; m = MARKER_RE.exec(part))
      addMarker(out, m[0], a + m.index, orig);
  }
  return out;
}

function addMarker(out: CurrencyMarker[], tok: string, start: number, orig: string): void {
  const end = start + tok.length;
  const symbol = SYMBOLS[tok];
  if (symbol) {
    out.push({ start, end, code: symbol, generic: tok === '$' || tok === '¥', suffix: false });
    return;
  }
  const upper = tok.toUpperCase();
  if (UPPER_ONLY.has(upper)) {
    if (orig.slice(start, end) === upper)
      out.push({ start, end, code: upper, generic: false, suffix: false });
    return;
  }
  const entry = entries.find((e) => e.re.test(tok));
  if (entry) {
    const generic = entry.code === 'USD' && tok !== 'usd' && !tok.startsWith('u');
    out.push({ start, end, code: entry.code, generic, suffix: entry.suffix });
  }
}

const DOLLAR_CODES = ['CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'];

/**
 * Refines a generic "$"/"¥" from the rest of the message: "$1,200 … all amounts in CAD" is CAD,
 * "¥" with "RMB"/"元" is CNY. A plain "$" stays USD.
 */
export function resolveGeneric(code: string, docText: string, hint?: string): string {
  if (code === 'USD') {
    if (hint && (hint === 'USD' || DOLLAR_CODES.includes(hint))) return hint;
    if (docText.includes('USD')) return 'USD';
    const found = DOLLAR_CODES.filter((c) => docText.includes(c));
    return found.length === 1 && found[0] ? found[0] : 'USD';
  }
  if (code === 'JPY') {
    if (hint === 'CNY' || /CNY|RMB|元/.test(docText)) return 'CNY';
  }
  return code;
}
