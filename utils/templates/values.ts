/**
 * Turns language-neutral facts (money in minor units, ISO dates, counts) into the pre-formatted
 * strings templates expect, in the message language: money via formatMoney, dates via
 * Intl.DateTimeFormat, counted nouns via Intl.PluralRules and a small word table.
 */
import { formatMoney, type Money } from '@/utils/money';
import { LEGAL_BASIS } from '@/utils/legal/presets';
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
const LIST_WORDS: Record<MessageLanguage, { number: string; due: string; by: string }> = {
  en: { number: 'No.', due: 'due', by: 'by' },
  pl: { number: 'nr', due: 'termin płatności', by: 'do' },
  ru: { number: '№', due: 'срок оплаты', by: 'до' },
  uk: { number: '№', due: 'строк оплати', by: 'до' },
  he: { number: "מס'", due: 'לתשלום עד', by: 'עד' },
  de: { number: 'Nr.', due: 'fällig am', by: 'bis' },
  fr: { number: 'n°', due: 'échéance le', by: 'avant le' },
  es: { number: 'n.º', due: 'vencimiento el', by: 'antes del' },
};

/** A date (YYYY-MM-DD) in the language's long style, e.g. "3 grudnia 2026". */
export function formatDate(isoDate: string, lang: MessageLanguage): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  // Noon UTC and timeZone UTC: the printed day never shifts with the user's time zone.
  const instant = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12));
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    instant,
  );
}

/** A counted phrase of days, e.g. "1 day", "5 dni", "22 дня", "12 ימים". */
export function formatDays(count: number, lang: MessageLanguage): string {
  const category = new Intl.PluralRules(LOCALES[lang]).select(count);
  const forms = DAY_WORDS[lang];
  const word = forms[category] ?? forms.other;
  return `${new Intl.NumberFormat(LOCALES[lang]).format(count)} ${word}`;
}

/** One amount in the language's currency style. */
export function formatAmount(money: Money, lang: MessageLanguage): string {
  return formatMoney(money, LOCALES[lang]);
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

/** "• No. X — amount, due date" per line. */
export function formatInvoiceList(
  invoices: readonly InvoiceFacts[],
  lang: MessageLanguage,
): string {
  const w = LIST_WORDS[lang];
  return invoices
    .map((inv) => {
      const due = inv.dueDate ? `, ${w.due} ${formatDate(inv.dueDate, lang)}` : '';
      return `• ${w.number} ${inv.number} — ${formatAmount(inv.due, lang)}${due}`;
    })
    .join('\n');
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

function sumByCurrency(moneys: readonly Money[]): Money[] {
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
    compensationAmount: compensation.length ? formatAmounts(compensation, lang) : '',
    totalClaim: formatAmounts(
      claim.totals.map((t) => ({ currency: t.currency, amountMinor: t.totalMinor })),
      lang,
    ),
    legalBasis: LEGAL_BASIS[claim.presetId][lang],
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
  const paid = sumByCurrency(facts.invoices.map((i) => i.paid)).filter((m) => m.amountMinor > 0);
  const overdue = facts.daysOverdue ?? null;
  const values: PlaceholderValues = {
    clientName: facts.clientName,
    contactName: facts.contactName ?? '',
    senderName: facts.senderName,
    businessName: facts.businessName,
    signature: facts.signature,
    paymentDetails: facts.paymentDetails,
    invoiceNumber: main?.number ?? '',
    invoiceList: facts.invoices.length > 1 ? formatInvoiceList(facts.invoices, lang) : '',
    amount: formatAmounts(due, lang),
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
    interestAmount: '',
    interestRate: '',
    compensationAmount: '',
    totalClaim: formatAmounts(due, lang),
    legalBasis: '',
    correctedNote: facts.correctedNote ?? '',
    ...legalValues(facts.legal, lang),
  };
  return values;
}
