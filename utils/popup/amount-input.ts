/**
 * Reads an amount as people type it — "1234,56", "1 234,56", "1.234,56", "1,234.56", "1'234.50"
 * — into the canonical decimal string `decimalToMinor` takes. Which mark is the decimal one is
 * decided by the input and the currency's minor digits, never by floats.
 */
import { minorDigits } from '@/utils/money';

export type AmountProblem =
  /** Empty input. */
  | 'empty'
  /** Not a number as typed (letters, misplaced marks). */
  | 'format'
  /** More decimal places than the currency has. */
  | 'decimals'
  /** Zero or negative. */
  | 'not_positive';

export type AmountParse = { ok: true; decimal: string } | { ok: false; problem: AmountProblem };

// Spaces of all kinds and apostrophes only ever group digits.
const GROUPING_ONLY = /[\s\u00a0\u202f\u2009']/g;

/** Digit groups after a thousands mark: three digits, or two before the last (Indian lakh style). */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || rest.length === 0) return false;
  return rest.every((g, i) => (i === rest.length - 1 ? /^\d{3}$/.test(g) : /^\d{2,3}$/.test(g)));
}

function split(text: string, digits: number): { whole: string; fraction: string } | null {
  const marks = [...text.matchAll(/[.,]/g)].map((m) => m[0]);
  if (marks.length === 0) return /^\d+$/.test(text) ? { whole: text, fraction: '' } : null;
  const kinds = new Set(marks);
  if (kinds.size === 2) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimalMark = text.search(/[.,][^.,]*$/);
    const whole = text.slice(0, decimalMark);
    const fraction = text.slice(decimalMark + 1);
    const groupMark = text[decimalMark] === '.' ? ',' : '.';
    if (
      whole.includes(text[decimalMark]!) ||
      !validGroups(whole.split(groupMark)) ||
      !/^\d+$/.test(fraction)
    )
      return null;
    return { whole: whole.split(groupMark).join(''), fraction };
  }
  const mark = marks[0]!;
  const parts = text.split(mark);
  if (parts.length > 2) return validGroups(parts) ? { whole: parts.join(''), fraction: '' } : null;
  const [whole = '', fraction = ''] = parts;
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (!whole && !fraction)) return null;
  // "1,234" / "1.234": three digits after a single mark group thousands unless the currency
  // itself has three decimals (KWD, BHD…).
  if (fraction.length === 3 && digits !== 3 && /^\d{1,3}$/.test(whole) && whole !== '0') {
    return { whole: whole + fraction, fraction: '' };
  }
  return { whole: whole || '0', fraction };
}

/** Parses `input` for `currency`; the result's `decimal` is positive with at most its digits. */
export function parseAmountInput(input: string, currency: string): AmountParse {
  const text = input.replace(GROUPING_ONLY, '');
  if (!text) return { ok: false, problem: 'empty' };
  if (/^[-−]/.test(text)) return { ok: false, problem: 'not_positive' };
  const digits = minorDigits(currency);
  const parts = split(text.replace(/^\+/, ''), digits);
  if (!parts) return { ok: false, problem: 'format' };
  const fraction = parts.fraction.replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, problem: 'decimals' };
  const whole = parts.whole.replace(/^0+(?=\d)/, '');
  if (/^0*$/.test(whole) && /^0*$/.test(fraction)) return { ok: false, problem: 'not_positive' };
  return { ok: true, decimal: fraction ? `${whole}.${fraction}` : whole };
}
