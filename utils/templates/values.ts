/**
 * Turns language-neutral facts (money in minor units, ISO dates, counts) into the pre-formatted
 * strings templates expect, in the message language: money via formatMoney, dates via
 * Intl.DateTimeFormat, counted nouns via Intl.PluralRules and a small word table.
 */
import { formatMoney, type Money } from '@/utils/money';
import { interestTerm, legalBasis, uncomputedAddition } from '@/utils/legal/presets';
import { addressFor, type Contact } from '@/utils/templates/greeting';
import type { LegalClaim } from '@/utils/legal/claim';
import type { MessageLanguage, PlaceholderValues } from '@/utils/templates/catalog';

/** BCP 47 locale per message language. British English writes "3 December 2026", day first. */
export const LOCALES: Record<MessageLanguage, string> = {
  en: 'en-GB',
  pl: 'pl-PL',
  ru: 'ru-RU',
  uk: 'uk-UA',
  he: 'he-IL',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
};

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** "day" per language and plural category; categories not listed fall back to `other`. */
const DAY_WORDS: Record<MessageLanguage, PluralForms> = {
  en: { one: 'day', other: 'days' },
  pl: { one: 'dzień', few: 'dni', many: 'dni', other: 'dni' },
  ru: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
  uk: { one: 'день', few: 'дні', many: 'днів', other: 'дня' },
  he: { one: 'יום', two: 'ימים', other: 'ימים' },
  de: { one: 'Tag', other: 'Tage' },
  fr: { one: 'jour', other: 'jours' },
  es: { one: 'día', other: 'días' },
};

/** Words used inside generated lists (invoice list, instalment plan). */
const LIST_WORDS: Record<
  MessageLanguage,
  { number: string; due: string; by: string; total: string }
> = {
  en: { number: 'No.', due: 'due', by: 'by', total: 'Total outstanding' },
  pl: { number: 'nr', due: 'termin płatności', by: 'do', total: 'Razem do zapłaty' },
  ru: { number: '№', due: 'срок оплаты', by: 'до', total: 'Итого к оплате' },
  uk: { number: '№', due: 'строк оплати', by: 'до', total: 'Разом до сплати' },
  he: { number: "מס'", due: 'מועד תשלום', by: 'עד', total: 'סה"כ לתשלום' },
  de: { number: 'Nr.', due: 'fällig am', by: 'bis', total: 'Gesamtbetrag offen' },
  fr: { number: 'n°', due: 'échéance le', by: 'avant le', total: 'Total restant dû' },
  es: { number: 'n.º', due: 'vencimiento el', by: 'antes del', total: 'Total pendiente' },
};

/** A date (YYYY-MM-DD) in the language's long style, e.g. "3 grudnia 2026". */
export function formatDate(isoDate: string, lang: MessageLanguage): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // Noon UTC and timeZone UTC: the printed day never shifts with the user's time zone.
  const instant = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  const text = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(instant);
  // French writes the first of the month as an ordinal: "1er novembre 2026".
  if (lang === 'fr' && d === 1) return text.replace(/^1(?=\s)/, '1er');
  // Polish letters close a date with "r." (roku): "3 grudnia 2026 r.".
  if (lang === 'pl') return `${text} r.`;
  return text;
}

/** A counted phrase of days, e.g. "1 day", "5 dni", "22 дня", "12 ימים". */
export function formatDays(count: number, lang: MessageLanguage): string {
  // Hebrew says "one day" and "two days" as words, not "1 יום" / "2 ימים".
  if (lang === 'he' && count === 1) return 'יום אחד';
  if (lang === 'he' && count === 2) return 'יומיים';
  const category = new Intl.PluralRules(LOCALES[lang]).select(count);
  const forms = DAY_WORDS[lang];
  const word = forms[category] ?? forms.other;
  return `${new Intl.NumberFormat(LOCALES[lang]).format(count)} ${word}`;
}

/** One amount in the language's currency style. */
export function formatAmount(money: Money, lang: MessageLanguage): string {
  const text = formatMoney(money, LOCALES[lang]);
  // Polish Intl leaves 4-digit amounts ungrouped ("4920,00 zł" beside "73 800,00 zł"): one style.
  if (lang === 'pl') return text.replace(/^(-?\d)(\d{3}),/, '$1\u00a0$2,');
  // Ukrainian business letters write the hryvnia as "грн", not the sign.
  if (lang === 'uk') return text.replace('₴', 'грн');
  return text;
}

/** Several currencies as one phrase: "1 200,00 zł + 300,00 €" (amounts are never converted). */
export function formatAmounts(amounts: readonly Money[], lang: MessageLanguage): string {
  return amounts.map((a) => formatAmount(a, lang)).join(' + ');
}

/** An annual rate in basis points as a percentage, e.g. 1575 → "15,75%" (pl), "15.75%" (en). */
export function formatRate(rateBp: number, lang: MessageLanguage): string {
  const sign = rateBp < 0 ? '-' : '';
  const abs = Math.abs(rateBp);
  // A decimal string (bp / 10 000) so Intl formats it exactly.
  const decimal = `${sign}${Math.trunc(abs / 10_000)}.${String(abs % 10_000).padStart(4, '0')}`;
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(decimal as Intl.StringNumericLiteral);
}

/** The percentage of a whole-percent discount, e.g. 3 → "3%" / "3 %". */
export function formatPercent(percent: number, lang: MessageLanguage): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    style: 'percent',
    maximumFractionDigits: 2,
  }).format(percent / 100);
}

export interface InvoiceFacts {
  number: string;
  /** Still owed on this invoice. */
  due: Money;
  /** Full invoice amount. */
  invoiced: Money;
  paid: Money;
  issueDate: string | null;
  dueDate: string | null;
}

/** "• No. X — amount, due date" per line, then the total as a total. */
export function formatInvoiceList(
  invoices: readonly InvoiceFacts[],
  lang: MessageLanguage,
): string {
  const w = LIST_WORDS[lang];
  const lines = invoices.map((inv) => {
    const due = inv.dueDate ? `, ${w.due} ${formatDate(inv.dueDate, lang)}` : '';
    return `• ${w.number} ${inv.number} — ${formatAmount(inv.due, lang)}${due}`;
  });
  const total = formatAmounts(sumByCurrency(invoices.map((i) => i.due)), lang);
  return [...lines, `${w.total}: ${total}`].join('\n');
}

export interface Instalment {
  dueDate: string;
  amount: Money;
}

/** "1. 400,00 zł — do 1 grudnia 2026" per line. */
export function formatInstalmentPlan(plan: readonly Instalment[], lang: MessageLanguage): string {
  const w = LIST_WORDS[lang];
  return plan
    .map(
      (p, i) =>
        `${i + 1}. ${formatAmount(p.amount, lang)} — ${w.by} ${formatDate(p.dueDate, lang)}`,
    )
    .join('\n');
}

/** Everything a message may mention, language-neutral; the advisor fills what applies. */
export interface MessageFacts {
  clientName: string;
  contactName?: string | null;
  /** The person addressed; drives the greeting. Falls back to `contactName` as a bare name. */
  contact?: Contact | null;
  /**
   * The day to ask payment by (never in the past) and, when the invoice's own due date has
   * passed, that original date, so the text can say plainly that the date is new.
   */
  payBy?: string | null;
  originalDueDatePassed?: string | null;
  /** Day of the first reminder since the client last replied; set only when none was answered. */
  unansweredSince?: string | null;
  senderName: string;
  businessName: string;
  signature: string;
  paymentDetails: string;
  /** The invoices the message is about; the first is the main one. */
  invoices: readonly InvoiceFacts[];
  /** Days past the main invoice's due date (≤ 0: not overdue). */
  daysOverdue?: number | null;
  promisedDate?: string | null;
  instalments?: readonly Instalment[] | null;
  discount?: { percent: number; amounts: readonly Money[]; deadline: string } | null;
  deadline?: string | null;
  legal?: LegalClaim | null;
  correctedNote?: string | null;
}

export function sumByCurrency(moneys: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const m of moneys) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.amountMinor);
  return [...totals].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

function legalValues(
  claim: LegalClaim | null | undefined,
  lang: MessageLanguage,
): PlaceholderValues {
  if (!claim || claim.presetId === 'none') return {};
  const interest = claim.totals
    .filter((t) => t.interestMinor > 0)
    .map((t) => ({ currency: t.currency, amountMinor: t.interestMinor }));
  const compensation = claim.totals
    .filter((t) => t.compensationMinor > 0)
    .map((t) => ({ currency: t.currency, amountMinor: t.compensationMinor }));
  return {
    interestAmount: interest.length ? formatAmounts(interest, lang) : '',
    interestRate: claim.currentRateBp === null ? '' : formatRate(claim.currentRateBp, lang),
    // The table does not reach the period claimed: the rate is stated "as of" its date.
    rateAsOf: claim.stale && claim.ratesAsOf ? formatDate(claim.ratesAsOf, lang) : '',
    compensationAmount: compensation.length ? formatAmounts(compensation, lang) : '',
    totalClaim: formatAmounts(
      claim.totals.map((t) => ({ currency: t.currency, amountMinor: t.totalMinor })),
      lang,
    ),
    legalBasis: legalBasis(claim.presetId, lang),
    legalAddition: uncomputedAddition(claim.presetId, lang),
    interestTerm: interest.length ? interestTerm(claim.presetId, lang) : '',
  };
}

/** Builds every placeholder value for `lang`; empty strings where a fact does not apply. */
export function buildPlaceholderValues(
  facts: MessageFacts,
  lang: MessageLanguage,
): PlaceholderValues {
  const main = facts.invoices[0];
  const due = sumByCurrency(facts.invoices.map((i) => i.due));
  const invoiced = sumByCurrency(facts.invoices.map((i) => i.invoiced));
  // What was paid on the main invoice: texts say it next to that invoice's own amount.
  const paid = main && main.paid.amountMinor > 0 ? [main.paid] : [];
  const overdue = facts.daysOverdue ?? null;
  const contact: Contact | null =
    facts.contact ??
    (facts.contactName?.trim()
      ? {
          name: facts.contactName.trim(),
          givenName: null,
          familyName: null,
          patronymic: null,
          gender: 'unspecified',
        }
      : null);
  const address = addressFor(contact, lang);
  const values: PlaceholderValues = {
    clientName: facts.clientName,
    contactName: contact?.name ?? '',
    greeting: address.greeting,
    formalGreeting: address.formalGreeting,
    contactAttn: address.contactAttn,
    formalAddress: address.formalAddress,
    senderName: facts.senderName,
    businessName: facts.businessName,
    signature: facts.signature,
    paymentDetails: facts.paymentDetails,
    invoiceNumber: main?.number ?? '',
    invoiceList: facts.invoices.length > 1 ? formatInvoiceList(facts.invoices, lang) : '',
    amount: formatAmounts(due, lang),
    invoiceDue: main ? formatAmount(main.due, lang) : '',
    invoiceAmount: formatAmounts(invoiced, lang),
    paidAmount: paid.length ? formatAmounts(paid, lang) : '',
    issueDate: main?.issueDate ? formatDate(main.issueDate, lang) : '',
    dueDate: main?.dueDate ? formatDate(main.dueDate, lang) : '',
    daysOverdue: overdue !== null && overdue > 0 ? formatDays(overdue, lang) : '',
    daysUntilDue: overdue !== null && overdue < 0 ? formatDays(-overdue, lang) : '',
    promisedDate: facts.promisedDate ? formatDate(facts.promisedDate, lang) : '',
    instalmentPlan: facts.instalments?.length ? formatInstalmentPlan(facts.instalments, lang) : '',
    instalmentCount: facts.instalments?.length ? String(facts.instalments.length) : '',
    discountPercent: facts.discount ? formatPercent(facts.discount.percent, lang) : '',
    discountedAmount: facts.discount ? formatAmounts(facts.discount.amounts, lang) : '',
    discountDeadline: facts.discount ? formatDate(facts.discount.deadline, lang) : '',
    deadline: facts.deadline ? formatDate(facts.deadline, lang) : '',
    // Without a computed date (previews, old callers), the due date: compose.ts always sets one.
    payBy: facts.payBy
      ? formatDate(facts.payBy, lang)
      : main?.dueDate
        ? formatDate(main.dueDate, lang)
        : '',
    originalDueDatePassed: facts.originalDueDatePassed
      ? formatDate(facts.originalDueDatePassed, lang)
      : '',
    unansweredSince: facts.unansweredSince ? formatDate(facts.unansweredSince, lang) : '',
    interestAmount: '',
    interestRate: '',
    rateAsOf: '',
    legalAddition: '',
    interestTerm: '',
    compensationAmount: '',
    totalClaim: formatAmounts(due, lang),
    legalBasis: '',
    correctedNote: facts.correctedNote ?? '',
    ...legalValues(facts.legal, lang),
  };
  return values;
}
