/**
 * Money expressions: "$1,234.56", "1 234,56 zł", "1.234,56 €", "CHF 1'234.50", "KWD 12.345".
 * Numbers are handled as digit strings and converted with `decimalToMinor`: no floats anywhere.
 */
import { decimalToMinor, minorDigits } from '@/utils/money';
import { findCurrencyMarkers, resolveGeneric, type CurrencyMarker } from '@/utils/detect/currency';
import { fold, normalizeText, rx } from '@/utils/detect/text';

/** A money amount found in a text, with its position (marker included). */
export interface AmountMatch {
  start: number;
  end: number;
  amountMinor: number;
  currency: string | null;
}

/** A bare number found in a text (digits and separators as printed). */
interface NumberToken {
  start: number;
  end: number;
  raw: string;
  marker?: CurrencyMarker;
}

// Indian lakh grouping ("1,23,456.00"), grouped thousands ("1 234 567,89") or a plain run with an
// optional fraction. Each repetition needs a separator plus a fixed count of digits, so the scan
// stays linear on hostile input.
const NUMBER_RE = rx(
  String.raw`(?<![\p{L}\p{N}_.,'/])(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:[ ,.']\d{3})+(?:[.,]\d{1,3})?|\d{1,15}(?:[.,]\d{1,3})?)(?!\d|[.,']\d)`,
  'g',
);

/**
 * Turns a printed number into a canonical decimal string ("1234.56") using the separators'
 * roles: the last of two different separators is the decimal one; a lone separator before exactly
 * three digits groups thousands unless the currency has three minor digits (KWD) or the whole part
 * is 0. Returns null for inconsistent grouping.
 */
export function toDecimal(raw: string, digits: number): string | null {
  const seps = raw.replace(/\d/g, '');
  if (!seps) return raw;
  const last = seps.charAt(seps.length - 1);
  const lastPos = raw.lastIndexOf(last);
  const whole = raw.slice(0, lastPos);
  const tail = raw.slice(lastPos + 1);
  const kinds = new Set(seps);
  if (kinds.size > 2) return null;
  if (kinds.size === 2) {
    if (last === ' ' || last === "'" || seps.indexOf(last) !== seps.length - 1) return null;
    return whole.replace(/\D/g, '') + '.' + tail;
  }
  if (last === ' ' || last === "'" || seps.length > 1) return raw.replace(/\D/g, '');
  const decimal = tail.length !== 3 || digits === 3 || /^0+$/.test(whole) || whole.length > 3;
  return decimal ? whole + '.' + tail : whole + tail;
}

/**
 * A message states its amounts among its first numbers; a page of thousands of numbers ("$1$1…")
 * is read up to here, so the work per message stays bounded (issue 11, the 50 ms rule).
 */
const MAX_NUMBERS = 2000;

/** Lists the numbers of `norm` and attaches to each the currency marker printed next to it. */
function numbersWithMarkers(norm: string, low: string): NumberToken[] {
  const nums: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(norm); m && nums.length < MAX_NUMBERS; m = NUMBER_RE.exec(norm)) {
    nums.push({ start: m.index, end: m.index + m[0].length, raw: m[0] });
  }
  if (!nums.length) return nums;
  // Markers can only matter right next to a number: look only there (merged windows).
  const ranges: Array<[number, number]> = [];
  for (const n of nums) {
    const a = Math.max(0, n.start - 12);
    const b = Math.min(low.length, n.end + 14);
    const last = ranges[ranges.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else ranges.push([a, b]);
  }
  const markers = findCurrencyMarkers(low, norm, ranges);
  let j = 0;
  for (const mk of markers) {
    // Numbers are sorted: advance to the first number that ends after this marker starts.
    while (j < nums.length && (nums[j]?.end ?? 0) <= mk.start) j++;
    const prev = nums[j - 1];
    const next = nums[j];
    const gapPrev = prev ? gap(norm, prev.end, mk.start) : -1;
    const gapNext = next && next.start >= mk.end ? gap(norm, mk.end, next.start) : -1;
    let owner: NumberToken | undefined;
    if (gapPrev >= 0 && gapNext >= 0) {
      if (gapPrev !== gapNext) owner = gapPrev < gapNext ? prev : next;
      else owner = mk.suffix ? prev : next;
    } else owner = gapPrev >= 0 ? prev : gapNext >= 0 ? next : undefined;
    // A specific code ("USD", "zł") beats a generic "$" already attached to the same number.
    if (owner && (!owner.marker || (owner.marker.generic && !mk.generic))) owner.marker = mk;
  }
  return nums;
}

/** Number of spaces between a and b, or -1 when something else separates them. */
function gap(s: string, a: number, b: number): number {
  if (b < a || b - a > 2) return -1;
  for (let i = a; i < b; i++) if (s.charCodeAt(i) !== 32) return -1;
  return b - a;
}

function toMatch(t: NumberToken, currency: string | null): AmountMatch | null {
  const decimal = toDecimal(t.raw, currency ? minorDigits(currency) : 2);
  if (decimal === null) return null;
  // An unknown currency ('') falls back to two minor digits in `minorDigits`.
  const amountMinor = decimalToMinor(decimal, currency ?? '');
  if (amountMinor === null) return null;
  const m = t.marker;
  return {
    start: m ? Math.min(m.start, t.start) : t.start,
    end: m ? Math.max(m.end, t.end) : t.end,
    amountMinor,
    currency,
  };
}

/**
 * Every amount in normalised text `norm` (folded copy `low`). Numbers with a currency marker are
 * returned with their currency; with `bare`, numbers without one are returned too (currency null).
 */
export function findAmounts(norm: string, low: string, bare = false): AmountMatch[] {
  const out: AmountMatch[] = [];
  // A generic "$"/"¥" resolves against the whole text: once per symbol, not once per number
  // (thousands of "$1" would otherwise rescan the text thousands of times).
  const resolved = new Map<string, string>();
  const resolve = (code: string): string => {
    let found = resolved.get(code);
    if (found === undefined) resolved.set(code, (found = resolveGeneric(code, norm)));
    return found;
  };
  for (const t of numbersWithMarkers(norm, low)) {
    // Unmarked numbers only when asked, and only when they look like money ("1 234,56").
    if (!t.marker && !(bare && /[.,]\d{2}$/.test(t.raw))) continue;
    const code = t.marker ? (t.marker.generic ? resolve(t.marker.code) : t.marker.code) : null;
    const match = toMatch(t, code);
    if (match) out.push(match);
  }
  return out;
}

/**
 * Parses one money expression ("$1,234.56", "1 234,56 zł", "¥1,200", "KWD 12.345") into integer
 * minor units and an ISO 4217 code (null when the text names no currency and no hint is given).
 * Returns null when the text holds no number.
 */
export function parseAmount(
  text: string,
  hint?: { currency?: string },
): { amountMinor: number; currency: string | null } | null {
  try {
    const norm = normalizeText(String(text).slice(0, 2000));
    const nums = numbersWithMarkers(norm, fold(norm));
    const hinted = hint?.currency ? hint.currency.toUpperCase() : null;
    const chosen = nums.find((n) => n.marker) ?? nums[0];
    if (!chosen) return null;
    const mk = chosen.marker;
    const code = mk
      ? mk.generic
        ? resolveGeneric(mk.code, norm, hinted ?? undefined)
        : mk.code
      : hinted;
    const match = toMatch(chosen, code);
    return match ? { amountMinor: match.amountMinor, currency: match.currency } : null;
  } catch {
    return null;
  }
}
