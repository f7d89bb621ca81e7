/**
 * What an invoice correction changed, as one line in the message language, from the logged
 * edit's values before and after: "amount: £2,000.00 → £1,850.00; due date: … → …".
 */
import type { MessageLanguage } from '@/utils/templates/catalog';
import { formatAmount, formatDate } from '@/utils/templates/values';

export interface InvoiceCorrection {
  before: CorrectableFields;
  after: CorrectableFields;
  /** The invoice's currency, for amounts when the edit did not change it. */
  currency: string;
}

interface CorrectableFields {
  number?: string;
  amountMinor?: number;
  currency?: string;
  issueDate?: string | null;
  dueDate?: string | null;
}

type Field = 'number' | 'amountMinor' | 'currency' | 'issueDate' | 'dueDate';

const LABELS: Record<MessageLanguage, Record<Field, string>> = {
  en: {
    number: 'invoice number',
    amountMinor: 'amount',
    currency: 'currency',
    issueDate: 'issue date',
    dueDate: 'due date',
  },
  pl: {
    number: 'numer faktury',
    amountMinor: 'kwota',
    currency: 'waluta',
    issueDate: 'data wystawienia',
    dueDate: 'termin płatności',
  },
  ru: {
    number: 'номер счёта',
    amountMinor: 'сумма',
    currency: 'валюта',
    issueDate: 'дата счёта',
    dueDate: 'срок оплаты',
  },
  uk: {
    number: 'номер рахунку',
    amountMinor: 'сума',
    currency: 'валюта',
    issueDate: 'дата рахунку',
    dueDate: 'строк оплати',
  },
  he: {
    number: 'מספר החשבונית',
    amountMinor: 'הסכום',
    currency: 'המטבע',
    issueDate: 'תאריך החשבונית',
    dueDate: 'מועד התשלום',
  },
  de: {
    number: 'Rechnungsnummer',
    amountMinor: 'Betrag',
    currency: 'Währung',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fälligkeit',
  },
  fr: {
    number: 'numéro de facture',
    amountMinor: 'montant',
    currency: 'devise',
    issueDate: 'date d’émission',
    dueDate: 'échéance',
  },
  es: {
    number: 'número de factura',
    amountMinor: 'importe',
    currency: 'moneda',
    issueDate: 'fecha de emisión',
    dueDate: 'vencimiento',
  },
};

const ORDER: readonly Field[] = ['amountMinor', 'dueDate', 'issueDate', 'number', 'currency'];

/** "amount: X → Y; due date: A → B" for the fields that changed; '' when nothing did. */
export function formatCorrection(c: InvoiceCorrection, lang: MessageLanguage): string {
  const show = (field: Field, side: CorrectableFields): string => {
    const v = side[field];
    if (v === undefined || v === null) return '—';
    if (field === 'amountMinor')
      return formatAmount(
        { amountMinor: v as number, currency: side.currency ?? c.currency },
        lang,
      );
    if (field === 'dueDate' || field === 'issueDate') return formatDate(v as string, lang);
    return String(v);
  };
  return ORDER.filter((f) => f in c.before && f in c.after && c.before[f] !== c.after[f])
    .map((f) => `${LABELS[lang][f]}: ${show(f, c.before)} → ${show(f, c.after)}`)
    .join('; ');
}
