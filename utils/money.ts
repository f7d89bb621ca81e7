/**
 * Money is an integer count of minor units plus an ISO 4217 code. Never floats.
 * Minor-unit digits follow ISO 4217 (JPY has 0, KWD 3): a small table of the exceptions, because
 * the first Intl.NumberFormat call of a page costs tens of milliseconds (measured in the Gmail
 * session benchmark) and CLDR's display digits differ from ISO's for a few codes (IQD, ...).
 */
export interface Money {
  /** Integer count of minor units (cents, grosze, agorot...). */
  amountMinor: number;
  /** ISO 4217 code, upper case. */
  currency: string;
}

/** True when `code` looks like an ISO 4217 code the platform knows. */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** ISO 4217 currencies whose minor unit is not 1/100 (list of 2024-06; funds codes included). */
// prettier-ignore
const NON_TWO_DIGIT: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0,
  UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Number of minor-unit digits of an ISO 4217 currency (2 when unknown). */
export function minorDigits(currency: string): number {
  return NON_TWO_DIGIT[currency.toUpperCase()] ?? 2;
}

/**
 * Converts a canonical decimal string ("1234.5", "-12", "0.125") into minor units of `currency`
 * using string arithmetic only. Extra fraction digits are rounded half-up. Returns null when the
 * string is not a plain decimal.
 */
export function decimalToMinor(decimal: string, currency: string): number | null {
  const m = /^(-)?(\d{1,15})(?:\.(\d{0,12}))?$/.exec(decimal.trim());
  if (!m) return null;
  const digits = minorDigits(currency);
  const whole = m[2] ?? '0';
  const frac = m[3] ?? '';
  const kept = frac.padEnd(digits, '0').slice(0, digits);
  let minor = Number(whole) * 10 ** digits + (kept ? Number(kept) : 0);
  const next = frac.charAt(digits);
  if (next && Number(next) >= 5) minor += 1;
  if (!Number.isSafeInteger(minor)) return null;
  return m[1] ? -minor : minor;
}

/** Minor units back to a canonical decimal string ("1234.50"), for CSV and forms. */
export function minorToDecimal(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor)
    .toString()
    .padStart(digits + 1, '0');
  if (digits === 0) return sign + abs;
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

/** Locale-aware display, e.g. formatMoney({amountMinor: 123456, currency: 'PLN'}, 'pl') → "1234,56 zł". */
export function formatMoney(money: Money, locale: string): string {
  const digits = minorDigits(money.currency);
  // Intl takes a decimal string exactly (no float rounding) when given one.
  const value = minorToDecimal(money.amountMinor, money.currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value as unknown as number);
}

/**
 * Exact sum of minor-unit amounts: added as BigInt, and refused (RangeError) when the result
 * could not be held exactly in a number, so a balance or total is never silently rounded.
 */
export function addMinor(...amounts: number[]): number {
  let sum = 0n;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) throw new RangeError(`Not an exact amount: ${a}`);
    sum += BigInt(a);
  }
  if (sum > BigInt(Number.MAX_SAFE_INTEGER) || sum < BigInt(Number.MIN_SAFE_INTEGER))
    throw new RangeError(`The sum ${sum} minor units is too large to keep exactly`);
  return Number(sum);
}

/** Adds amounts of the same currency; throws on a mismatch because that is a programming error. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`Cannot add ${a.currency} to ${b.currency}`);
  return { amountMinor: addMinor(a.amountMinor, b.amountMinor), currency: a.currency };
}

/**
 * Reads an amount typed by the user ("1 234,56", "1,234.56", "1234.5", "1.234,56") into minor
 * units of `currency`. The last separator followed by up to the currency's minor digits is the
 * decimal point; other separators are grouping. Returns null for anything else.
 */
export function parseAmountInput(text: string, currency: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const digits = minorDigits(currency);
  const lastSep = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  let whole = compact;
  let frac = '';
  if (lastSep >= 0) {
    const tail = compact.slice(lastSep + 1);
    const sepCount = (compact.match(/[.,]/g) ?? []).length;
    const sameSepRepeated =
      sepCount > 1 &&
      !compact.slice(0, lastSep).includes(compact.charAt(lastSep) === '.' ? ',' : '.');
    // "1,234" or "1.234.567": grouping only, when the tail is a group of three.
    const isGrouping = tail.length === 3 && (digits < 3 || sameSepRepeated);
    if (!isGrouping) {
      if (tail.length === 0 || tail.length > Math.max(digits, 0)) return null;
      whole = compact.slice(0, lastSep);
      frac = tail;
    }
  }
  // Grouping must look like grouping: one separator kind, groups of three after the first.
  const groups = whole.split(/[.,]/);
  const groupSeps = new Set(whole.match(/[.,]/g) ?? []);
  if (groupSeps.size > 1 || (frac && groupSeps.has(compact.charAt(lastSep)))) return null;
  if (groups.slice(1).some((g) => g.length !== 3) || !groups[0]) return null;
  whole = groups.join('');
  return decimalToMinor(frac ? `${whole}.${frac}` : whole, currency);
}

/** The two readings of an amount typed with one mark and three digits after it. */
export interface AmountReadings {
  /** The mark groups thousands: "12.345" → 12 345.00 (minor units). */
  grouped: number;
  /** The mark is the decimal mark: "12.345" → 12.345, or null when the currency has fewer decimals. */
  decimal: number | null;
  /** The decimal reading as a plain decimal string ("12.345"). */
  decimalText: string;
}

/**
 * "12.345" in a EUR form, where the user's UI writes "." as the decimal mark, may be twelve
 * thousand or a mistyped twelve: ask, never guess. Ambiguous only when the single mark is the
 * UI's decimal mark and exactly three digits follow it; null otherwise (nothing to ask).
 */
export function ambiguousAmount(
  text: string,
  currency: string,
  uiDecimalMark: '.' | ',',
): AmountReadings | null {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '');
  const m = /^(\d{1,3})([.,])(\d{3})$/.exec(compact);
  if (!m || m[2] !== uiDecimalMark || m[1] === '0' || minorDigits(currency) === 3) return null;
  const grouped = decimalToMinor(`${m[1]}${m[3]}`, currency);
  if (grouped === null) return null;
  const decimalText = `${m[1]}.${m[3]}`;
  const trimmed = decimalText.replace(/0+$/, '').replace(/\.$/, '');
  const decimals = trimmed.split('.')[1]?.length ?? 0;
  return {
    grouped,
    decimal: decimals <= minorDigits(currency) ? decimalToMinor(trimmed, currency) : null,
    decimalText,
  };
}

/** The decimal mark the locale writes ("." for en, "," for pl). */
export function decimalMarkOf(locale: string): '.' | ',' {
  const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
  return mark?.value === ',' ? ',' : '.';
}
