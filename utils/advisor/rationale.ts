/**
 * The explanation the user sees, built from data parts and rendered here in a UI language
 * (phrases in `utils/i18n/rationale-strings.ts`): first what the situation is, then what to do.
 * The client's own words are quoted inside Unicode isolates (U+2068 … U+2069) so they keep their
 * direction in any UI; in right-to-left languages left-to-right values (amounts, invoice
 * numbers) are isolated too.
 */
import type { RationalePart } from '@/utils/advisor/types';
import { isRtl, type UiLanguage } from '@/utils/i18n';
import { createT, type T } from '@/utils/i18n/format';
import { rationaleStrings, type RationaleKey } from '@/utils/i18n/rationale-strings';
import { formatAmounts, formatDate } from '@/utils/templates/values';
import type { Money } from '@/utils/money';

/** Amounts travel in parts as data ("money:PLN:60000|EUR:5000") and are formatted per UI language. */
const MONEY_VALUE = /^money:([A-Z]{3}:-?\d+(?:\|[A-Z]{3}:-?\d+)*)$/;

/** A part value for amounts, formatted later in whatever language the rationale is shown in. */
export function moneyValue(moneys: readonly Money[]): string {
  return `money:${moneys.map((m) => `${m.currency}:${m.amountMinor}`).join('|')}`;
}

function parseMoneyValue(value: string): Money[] | null {
  const m = MONEY_VALUE.exec(value);
  if (!m?.[1]) return null;
  return m[1].split('|').map((part) => {
    const [currency = '', minor = '0'] = part.split(':');
    return { currency, amountMinor: Number(minor) };
  });
}

const FSI = '\u2068';
const PDI = '\u2069';
/** Bidi embeddings, overrides and isolates: removed from quoted text so our isolate stays balanced. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** Values that read left to right whatever the UI language. */
const LTR_VALUES = new Set(['amount', 'paid', 'number', 'numbers']);

const isolate = (text: string) => `${FSI}${text.replace(BIDI_CONTROLS, '')}${PDI}`;

/** A renderer of one language's phrases with one part's values. */
function filler(t: T<RationaleKey>, lang: UiLanguage, values: RationalePart['values']) {
  const rtl = isRtl(lang);
  /** A value as text; ISO dates read as "3 December 2026" / "3 grudnia 2026". */
  const text = (name: string): string => {
    const v = values[name];
    if (v === undefined) return '';
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, lang);
    const money = typeof v === 'string' ? parseMoneyValue(v) : null;
    const s = money ? formatAmounts(money, lang) : String(v);
    return rtl && LTR_VALUES.has(name) && s ? isolate(s) : s;
  };
  const all = () => Object.fromEntries(Object.keys(values).map((name) => [name, text(name)]));
  /** The phrase `key` with the part's values (each formatted once, never re-read). */
  const fill = (key: RationaleKey, extra: Record<string, string> = {}) =>
    t(key, { ...all(), ...extra });
  /** A counted phrase: an ICU plural on `n`. */
  const counted = (key: RationaleKey, n: number, extra: Record<string, string> = {}) =>
    t(key, { ...all(), ...extra, n });
  return { text, fill, counted };
}

function situation(p: RationalePart, t: T<RationaleKey>, lang: UiLanguage): string | null {
  const v = p.values;
  const { text, fill, counted } = filler(t, lang, v);
  const reasonPhrase = () => {
    const reason = text('reason');
    const key = `reason.${reason}`;
    const words = Object.hasOwn(rationaleStrings.en, key) ? t(key as RationaleKey) : reason;
    const evidence = v.evidence ? String(v.evidence) : '';
    return {
      reason: words,
      quote: evidence ? fill('fact.quote', { quote: isolate(evidence) }) : '',
    };
  };
  switch (p.key) {
    case 'nothing_due':
    case 'due_today':
    case 'stale_rates':
    case 'credit':
    case 'partial_payment':
    case 'promise_broken':
    case 'plan_on_track':
    case 'plan_missed':
      return fill(`fact.${p.key}`);
    case 'not_yet_due':
    case 'days_overdue':
    case 'long_absence':
      return counted(`fact.${p.key}`, Number(v.days));
    case 'assumed_due_date':
      return counted('fact.assumed_due_date', Number(v.termDays));
    case 'several_invoices':
    case 'reminders_sent':
    case 'no_reply_after':
      return counted(`fact.${p.key}`, Number(v.count));
    case 'disputed_held_out':
      return counted('fact.disputed_held_out', String(v.numbers ?? '').split(', ').length);
    case 'reason':
    case 'new_reply': {
      const r = reasonPhrase();
      return fill(`fact.${p.key}`, { reason: r.reason }) + r.quote;
    }
    case 'promise':
      return v.date ? fill('fact.promise') : fill('fact.promise_undated');
    default:
      return null;
  }
}

function step(p: RationalePart, t: T<RationaleKey>, lang: UiLanguage): string {
  const { text, fill, counted } = filler(t, lang, p.values);
  const key = `step.${text('step')}`;
  if (!Object.hasOwn(rationaleStrings.en, key)) return '';
  if (key === 'step.instalments') return counted(key, Number(p.values.count));
  return fill(key as RationaleKey);
}

/** One or two sentences from the parts, in `lang` (English by default). */
export function renderRationale(parts: readonly RationalePart[], lang: UiLanguage = 'en'): string {
  const t = createT(rationaleStrings, lang, () => '');
  const facts = parts.map((p) => situation(p, t, lang)).filter((s): s is string => !!s);
  const steps = parts.filter((p) => p.key === 'step').map((p) => step(p, t, lang));
  const first = facts.length ? `${facts.join(', ')}.` : '';
  const sentence = first ? first.charAt(0).toLocaleUpperCase(lang) + first.slice(1) : '';
  // A date ending in an abbreviation ("3 декабря 2026 г.") takes no second full stop.
  return [sentence, ...steps]
    .filter(Boolean)
    .map((s) => s.replace(/\.\.$/, '.'))
    .join(' ');
}
