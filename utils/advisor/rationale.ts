/**
 * The explanation the user sees, built from data parts and rendered here in a UI language
 * (phrases in `utils/i18n/rationale-strings.ts`): first what the situation is, then what to do.
 * The client's own words are quoted inside Unicode isolates (U+2068 … U+2069) so they keep their
 * direction in any UI; in right-to-left languages left-to-right values (amounts, invoice
 * numbers) are isolated too.
 */
import type { RationalePart } from '@/utils/advisor/types';
import { isRtl, type UiLanguage } from '@/utils/i18n';
import {
  rationaleStrings,
  type AnyForms,
  type RationaleStep,
  type RationaleStrings,
} from '@/utils/i18n/rationale-strings';
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

/** The form of a counted phrase for `n` (the language's `other` when a category is missing). */
function pick(forms: AnyForms, n: number, lang: UiLanguage): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}

/** A renderer of one language's phrases with one part's values. */
function filler(lang: UiLanguage, values: RationalePart['values']) {
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
  /** `template` with its `{placeholders}` filled in one pass (values are never re-read). */
  const fill = (template: string, extra: Record<string, string> = {}) =>
    template.replace(/\{(\w+)\}/g, (_m, name: string) => extra[name] ?? text(name));
  const counted = (forms: AnyForms, n: number, extra: Record<string, string> = {}) =>
    fill(pick(forms, n, lang), { n: String(n), ...extra });
  return { text, fill, counted };
}

function situation(p: RationalePart, t: RationaleStrings, lang: UiLanguage): string | null {
  const v = p.values;
  const { text, fill, counted } = filler(lang, v);
  const f = t.facts;
  const reasonPhrase = () => {
    const reason = text('reason');
    const words = (t.reasons as Record<string, string>)[reason] ?? reason;
    const evidence = v.evidence ? String(v.evidence) : '';
    return { reason: words, quote: evidence ? fill(f.quote, { quote: isolate(evidence) }) : '' };
  };
  switch (p.key) {
    case 'nothing_due':
      return f.nothing_due;
    case 'credit':
      return fill(f.credit);
    case 'not_yet_due':
      return counted(f.not_yet_due, Number(v.days));
    case 'due_today':
      return f.due_today;
    case 'days_overdue':
      return counted(f.days_overdue, Number(v.days));
    case 'assumed_due_date':
      return counted(f.assumed_due_date, Number(v.termDays));
    case 'partial_payment':
      return fill(f.partial_payment);
    case 'several_invoices':
      return counted(f.several_invoices, Number(v.count));
    case 'disputed_held_out':
      return counted(f.disputed_held_out, String(v.numbers ?? '').split(', ').length);
    case 'reminders_sent':
      return counted(f.reminders_sent, Number(v.count));
    case 'no_reply_after':
      return counted(f.no_reply_after, Number(v.count));
    case 'reason': {
      const r = reasonPhrase();
      return fill(f.reason, { reason: r.reason }) + r.quote;
    }
    case 'new_reply': {
      const r = reasonPhrase();
      return fill(f.new_reply, { reason: r.reason }) + r.quote;
    }
    case 'promise':
      return v.date ? fill(f.promise) : f.promise_undated;
    case 'promise_broken':
      return fill(f.promise_broken);
    case 'plan_on_track':
      return fill(f.plan_on_track);
    case 'plan_missed':
      return fill(f.plan_missed);
    case 'long_absence':
      return counted(f.long_absence, Number(v.days));
    case 'stale_rates':
      return f.stale_rates;
    default:
      return null;
  }
}

function step(p: RationalePart, t: RationaleStrings, lang: UiLanguage): string {
  const { text, fill, counted } = filler(lang, p.values);
  const id = text('step');
  if (!Object.hasOwn(t.steps, id)) return '';
  if (id === 'instalments') return counted(t.steps.instalments, Number(p.values.count));
  return fill(t.steps[id as Exclude<RationaleStep, 'instalments'>]);
}

/** One or two sentences from the parts, in `lang` (English by default). */
export function renderRationale(parts: readonly RationalePart[], lang: UiLanguage = 'en'): string {
  const t: RationaleStrings = rationaleStrings[lang] ?? rationaleStrings.en;
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
