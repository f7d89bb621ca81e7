/**
 * Receipts and paid notices (issue 15): "nothing is due", "Zapłacono", "Оплачено" are payment
 * confirmations with the amount paid; an invoice e-mail that says it is already paid is marked
 * `paidInvoice`, so the ledger records the invoice and its payment. Written for this issue in the
 * style of billing systems' notices (Stripe-like receipts, Fakturownia/1C status mails).
 */
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '@/utils/detect';

type Case = {
  subject: string;
  text: string;
  kind: 'payment_confirmation' | 'invoice' | 'reminder';
  number?: string;
  amountMinor?: number;
  currency?: string;
  paidInvoice?: boolean;
};

const cases: Case[] = [
  {
    subject: 'Receipt for invoice INV-204',
    text: 'Hi,\n\nThis is your receipt. Invoice INV-204 for $1,250.00 has been settled. Nothing is due.\n\nAcme Billing',
    kind: 'payment_confirmation',
    number: 'INV-204',
    amountMinor: 125000,
    currency: 'USD',
    paidInvoice: false,
  },
  {
    subject: 'Faktura FV/3/2026 - Zapłacono',
    text: 'Dzień dobry,\n\nFaktura nr FV/3/2026 na kwotę 2 460,00 zł została opłacona.\n\nPozdrawiamy',
    kind: 'payment_confirmation',
    number: 'FV/3/2026',
    amountMinor: 246000,
    currency: 'PLN',
    paidInvoice: true,
  },
  {
    subject: 'Счёт № 45 — Оплачено',
    text: 'Здравствуйте!\n\nСчёт № 45 от 02.03.2026 на сумму 15 000,00 руб. Оплачено. Спасибо!',
    kind: 'payment_confirmation',
    number: '45',
    amountMinor: 1500000,
    currency: 'RUB',
    paidInvoice: true,
  },
  {
    subject: 'Invoice 2026-031 (paid)',
    text: 'Hello,\n\nPlease find invoice 2026-031 for €900.00, issued 1 March 2026. It has already been paid by card, so no action is needed.\n\nBest',
    kind: 'payment_confirmation',
    number: '2026-031',
    amountMinor: 90000,
    currency: 'EUR',
    paidInvoice: true,
  },
  {
    subject: 'Rechnung RE-1044',
    text: 'Guten Tag,\n\nanbei Ihre Rechnung RE-1044 über 1.190,00 EUR. Der Betrag wurde bereits per Lastschrift beglichen.\n\nMit freundlichen Grüßen',
    kind: 'payment_confirmation',
    number: 'RE-1044',
    amountMinor: 119000,
    currency: 'EUR',
    paidInvoice: true,
  },
  {
    // The amount paid, not the zero balance.
    subject: 'Paid: Invoice #0042 from Lumen Design',
    text: 'Invoice #0042\nPaid on Feb 27, 2026\nAmount paid: £640.00\nBalance due: £0.00',
    kind: 'payment_confirmation',
    number: '0042',
    amountMinor: 64000,
    currency: 'GBP',
    paidInvoice: true,
  },
  {
    subject: 'Рахунок № 88 — сплачено',
    text: 'Доброго дня!\n\nРахунок № 88 на суму 4 500,00 грн сплачено повністю. Дякуємо!',
    kind: 'payment_confirmation',
    number: '88',
    amountMinor: 450000,
    currency: 'UAH',
    paidInvoice: true,
  },
  {
    subject: 'Recibo de pago factura 2026/77',
    text: 'Hola,\n\nLe confirmamos que hemos recibido el pago de 1.200,00 € correspondiente a la factura 2026/77. Saldo pendiente: 0,00 €.',
    kind: 'payment_confirmation',
    number: '2026/77',
    amountMinor: 120000,
    currency: 'EUR',
    paidInvoice: false,
  },
  // Not paid: a courtesy line, a totals block, an open balance.
  {
    subject: 'Invoice 2026-040 from North Studio',
    text: 'Hello,\n\nPlease find invoice 2026-040 for $2,400.00, due 30 March 2026.\nIf you have already paid, please disregard this line.\n\nThanks',
    kind: 'invoice',
    number: '2026-040',
    amountMinor: 240000,
    currency: 'USD',
  },
  {
    subject: 'Rechnung RE-1050',
    text: 'Rechnung RE-1050\nGesamtbetrag  1.000,00 EUR\nBereits bezahlt  0,00 EUR\nOffener Betrag  1.000,00 EUR',
    kind: 'invoice',
    number: 'RE-1050',
    amountMinor: 100000,
    currency: 'EUR',
  },
  {
    subject: 'Invoice INV-77',
    text: 'Invoice INV-77\nTotal: $500.00\nAmount paid: $0.00\nBalance due: $500.00\nDue date: April 2, 2026',
    kind: 'invoice',
    number: 'INV-77',
    amountMinor: 50000,
    currency: 'USD',
  },
  {
    subject: 'Faktura FV/9/2026',
    text: 'Dzień dobry,\n\nprzesyłam fakturę FV/9/2026 na kwotę 800,00 zł. Jeśli już Państwo zapłacili, proszę zignorować tę wiadomość.',
    kind: 'invoice',
    number: 'FV/9/2026',
    amountMinor: 80000,
    currency: 'PLN',
  },
];

describe('receipts and paid notices', () => {
  it.each(cases.map((c) => [c.subject, c] as const))('%s', (_s, c) => {
    const d = detectInvoice({ subject: c.subject, text: c.text });
    expect(d.kind).toBe(c.kind);
    if (c.number) expect(d.invoiceNumber).toBe(c.number);
    if (c.amountMinor !== undefined) expect(d.amountMinor).toBe(c.amountMinor);
    if (c.currency) expect(d.currency).toBe(c.currency);
    expect(d.paidInvoice ?? false).toBe(c.paidInvoice ?? false);
  });
});
