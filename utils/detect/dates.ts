/**
 * Dates in every supported language: ISO, numeric in the locale's order, and month names
 * (including genitive forms and Hebrew prefixed months). Output is always `YYYY-MM-DD`.
 */
import { monthOf } from '@/utils/detect/months';
import { fold, normalizeText, rx } from '@/utils/detect/text';

/** Which number comes first in an ambiguous numeric date like 03/04/2025. */
export type DateOrder = 'dmy' | 'mdy';

/** A date found in a text. */
export interface DateMatch {
  start: number;
  end: number;
  ymd: string;
}

const ISO_RE = /(?<![\d./-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d)/g;
const NUMERIC_RE = /(?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[./-]\d)/g;
const DAY_MONTH_RE = rx(
  String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s{1,3}(?:de\s)?([\p{L}]{3,12})\.?,?\s{1,3}(?:de\s)?(\d{4})(?!\d)`,
  'g',
);
// "05-Mar-2026", "05/Mar/26": a month word between dashes or slashes (common on English invoices).
const DAY_WORD_YEAR_RE = rx(
  String.raw`(?<![\d\p{L}])(\d{1,2})([-/])([\p{L}]{3,9})\2(\d{4}|\d{2})(?!\d)`,
  'g',
);
// "Dec 3, 2024": found from its digits (fast to scan for), then the month word before them.
const DAY_YEAR_RE = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/g;
const MONTH_BEFORE_RE = rx(String.raw`(?<![\p{L}])([\p{L}]{3,12})\.?\s{1,3}$`);

const pad = (n: number): string => (n < 10 ? '0' : '') + n;

/** `YYYY-MM-DD` for a real calendar date between 1970 and 2099, else null. */
export function toYmd(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2099 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

/** Adds whole days to a `YYYY-MM-DD` date with UTC arithmetic (no time zone drift). */
export function addDays(ymd: string, days: number): string | null {
  const t = Date.parse(ymd + 'T00:00:00Z') + days * 86_400_000;
  if (!Number.isFinite(t)) return null;
  const d = new Date(t);
  return toYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function numeric(
  a: number,
  b: number,
  y: string,
  sep: string,
  order: () => DateOrder,
): string | null {
  // Two-digit years only in dotted/slashed dates ("03.12.24"); "03-12-24" is too often a code.
  if (y.length === 2 && sep === '-') return null;
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const mdy = a <= 12 && (b > 12 || (sep !== '.' && b <= 12 && order() === 'mdy'));
  return mdy ? toYmd(year, a, b) : toYmd(year, b, a);
}

/**
 * Every date in folded text `low`, sorted by position, without overlaps. `order` settles numeric
 * dates whose day and month could be swapped (dotted dates are always day-first).
 */
export function findDates(low: string, order: DateOrder | (() => DateOrder)): DateMatch[] {
  // The order is asked for only when a date is ambiguous (deciding it may cost a language guess).
  const orderOf = typeof order === 'function' ? order : () => order;
  const found: DateMatch[] = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      const ymd = make(m);
      if (ymd) found.push({ start: m.index, end: m.index + m[0].length, ymd });
    }
  };
  const n = (s: string | undefined): number => Number(s ?? 'x');
  add(ISO_RE, (m) => toYmd(n(m[1]), n(m[3]), n(m[4])));
  add(NUMERIC_RE, (m) => numeric(n(m[1]), n(m[3]), m[4] ?? '', m[2] ?? '', orderOf));
  add(DAY_MONTH_RE, (m) => toYmd(n(m[3]), monthOf(m[2] ?? ''), n(m[1])));
  add(DAY_WORD_YEAR_RE, (m) => {
    const y = m[4] ?? '';
    return toYmd(y.length === 2 ? 2000 + n(y) : n(y), monthOf(m[3] ?? ''), n(m[1]));
  });
  DAY_YEAR_RE.lastIndex = 0;
  for (let m = DAY_YEAR_RE.exec(low); m; m = DAY_YEAR_RE.exec(low)) {
    const word = MONTH_BEFORE_RE.exec(low.slice(Math.max(0, m.index - 17), m.index));
    const ymd = word ? toYmd(n(m[2]), monthOf(word[1] ?? ''), n(m[1])) : null;
    if (word && ymd)
      found.push({ start: m.index - word[0].length, end: m.index + m[0].length, ymd });
  }
  found.sort((a, b) => a.start - b.start);
  const out: DateMatch[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (!last || d.start >= last.end) out.push(d);
  }
  return out;
}

/**
 * Parses one date expression ("2024-12-03", "03.12.2024", "3 grudnia 2024", "3 декабря 2024 г.",
 * "Dec 3, 2024", "3 בדצמבר 2024") into `YYYY-MM-DD`. Ambiguous numeric dates are read day-first
 * unless `order` says 'mdy'. Returns null when the text holds no valid date.
 */
export function parseDate(text: string, order: DateOrder = 'dmy'): string | null {
  try {
    const low = fold(normalizeText(String(text).slice(0, 2000)));
    return findDates(low, order)[0]?.ymd ?? null;
  } catch {
    return null;
  }
}
