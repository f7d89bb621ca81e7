/**
 * Invoice numbers as printed: "INV-0001", "FV/2024/11/003", "Счёт № 123", "Faktura nr 12/2024",
 * "Rechnung RE-2291", "Facture F2024-00456", "חשבונית מס' 1045", "Invoice #1042".
 * A number is taken only next to an invoice word, so order ids, receipt references, customer
 * numbers, IBANs and phone numbers are left alone.
 */
import { findDates } from '@/utils/detect/dates';
import { INVOICE_WORDS } from '@/utils/detect/kind-cues';
import { fold, lineStart, rx, vocab } from '@/utils/detect/text';

const KEYWORDS = '(?:' + INVOICE_WORDS + '|inv|fv|re-?nr|rg\\.?-?nr)(?![\\p{L}])';
const KEYWORD = vocab(KEYWORDS, 'g');
const KEYWORD_ONLY = rx('^' + fold(KEYWORDS) + '$');

// Words allowed between the invoice word and its number ("Invoice No.", "Faktura VAT nr",
// "Счёт на оплату №", "חשבונית מס'", "Factura electrónica", "חשבונית מס / קבלה"), compared
// without punctuation ('' is a token of punctuation only).
const FILLERS = new Set(
  fold(
    ' no nr n nro num numer number nummer numero номер מס מספר vat tax id inv на оплату фактура קבלה ' +
      'electronic electronica elettronica electronique elektronische elektronisch eletronica ' +
      'proforma simplificada simplifiée',
  ).split(' '),
);

const LEADING = /^(?:[(["«'“:#№]|n[°º]\.?|nr\.?(?=\d)|no\.(?=\d)|inv#)+/i;
const TRAILING = /[.,:;!?)\]»"'”]+$/;
const VALID = rx(String.raw`^[\p{L}\p{N}][\p{L}\p{N}/_.\-]*$`);
const AMOUNT_LIKE = /^\d{1,3}(?:[.,]\d{3})*[.,]\d{2}$/;
// "500 EUR" is an amount; in "0147 $1,180.40" the "$" belongs to the next number.
const CURRENCY_NEXT = /^\s?(?:[$€£¥₪₽₴%]|[A-Z]{3}(?![a-z])|zł|руб|грн)(?!\s?\d)/;

/**
 * Cleans one token into a candidate number, or '' when it cannot be one. A date-like token
 * ("7/03/2025") counts only after an explicit number label ("nr", "#"), else it is a date.
 */
function candidate(token: string, labelled = false): string {
  const t = token.replace(TRAILING, '').replace(LEADING, '');
  if (!t || t.length > 32 || !VALID.test(t) || !/\d/.test(t)) return '';
  // 16+ digits in a row is an account or card number, not an invoice number.
  if (/\d{16}/.test(t) || AMOUNT_LIKE.test(t)) return '';
  if (!labelled && /^[\d./-]+$/.test(t) && findDates(t, 'dmy').length) return '';
  return t;
}

const isFiller = (token: string): boolean => {
  const bare = fold(token).replace(/[.:#№°º'"()|/\\\-–—]/g, '');
  return FILLERS.has(bare) || KEYWORD_ONLY.test(fold(token).replace(/[:.#]+$/, ''));
};

/**
 * Reads the number printed after position `from` of `norm`: skips filler words, stops at the first
 * other word. Crosses a line break only when the label stands alone on its line ("Invoice no.\n5").
 */
function numberAfter(
  norm: string,
  from: number,
  mayWrap: boolean,
  labelled = false,
): string | null {
  // (`labelled` also lets a date-shaped token through: see `findInvoiceNumber`'s `dateShaped`.)
  let i = from;
  let series = '';
  for (let n = 0; n < 5 && i < norm.length && i - from < 48; n++) {
    while (i < norm.length && (norm[i] === ' ' || (norm[i] === '\n' && mayWrap))) i++;
    if (norm[i] === '\n') return null;
    let j = i;
    while (j < norm.length && norm[j] !== ' ' && norm[j] !== '\n') j++;
    const token = norm.slice(i, j);
    if (!token) return null;
    const c = candidate(token, labelled || /[#№]|^n/i.test(token));
    if (c) {
      if (CURRENCY_NEXT.test(norm.slice(j, j + 9))) return null;
      // A series printed apart from its number ("FT 2025/87", "FT A/123") belongs to it.
      return series && /^(?:[A-Z]{1,2}\/)?\d/.test(c) ? series + ' ' + c : series ? null : c;
    }
    if (/^[A-Z]{1,3}$/.test(token) && !series && !FILLERS.has(fold(token))) {
      // A series ("FV", "FT") prefixes the number that follows, even a date-like one.
      series = token;
      labelled = true;
      i = j;
      continue;
    }
    if (series || !isFiller(token)) return null;
    labelled ||= /[#№]|^n/i.test(token);
    i = j;
  }
  return null;
}

/**
 * The invoice number printed in `norm` (folded copy `low`), or null. With `dateShaped`, a
 * date-shaped token right after the invoice word ("Faktura 17/11/2026") is taken too: the caller
 * decides whether it is a number or a date.
 */
export function findInvoiceNumber(norm: string, low: string, dateShaped = false): string | null {
  KEYWORD.lastIndex = 0;
  for (let m = KEYWORD.exec(low); m; m = KEYWORD.exec(low)) {
    const end = m.index + m[0].length;
    // "INV-0001", "FV/2024/11/003": the invoice word is part of the number itself.
    if (/[-/_]?\d/.test(low.slice(end, end + 2)) && /^[-/_\d]/.test(low.charAt(end))) {
      let j = end;
      while (j < norm.length && norm[j] !== ' ' && norm[j] !== '\n') j++;
      const whole = candidate(norm.slice(m.index, j));
      if (whole) return whole;
    }
    const before = norm.slice(lineStart(norm, m.index, 60), m.index);
    const found = numberAfter(norm, end, !/\S/.test(before) || isFiller(before.trim()), dateShaped);
    if (found) return found;
    // "INV-00012 invoice created", "2024-0031 рекуррентный счет": a coded number right before.
    const prev = / ?(\S+) $/.exec(before);
    const code = prev ? candidate(prev[1] ?? '') : '';
    if (code && /\D/.test(code)) return code;
  }
  return null;
}
