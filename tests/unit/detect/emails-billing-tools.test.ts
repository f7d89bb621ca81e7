// E-mails shaped like common billing tools' notifications (numbers before the invoice word,
// "amounting to", payment receipts with their own reference, overdue notices with a due date),
// written for these tests from each tool's conventions, in several languages.
import { describe, expect, it } from 'vitest';
import { detectInvoice, type DetectedInvoice } from '@/utils/detect';

type Expect = Partial<Omit<DetectedInvoice, 'confidence'>>;
const cases: Array<[string, string, Expect]> = [
  [
    'INV-00031 invoice created',
    'Dear Maria,\n\nWe have prepared the following invoice for you: INV-00031.\n\nYou can see the invoice details and pay online from the link below.\n\nBest regards,\nNordic Web AB',
    { kind: 'invoice', invoiceNumber: 'INV-00031', amountMinor: null, dueDate: null },
  ],
  [
    'INV-00031 invoice overdue',
    'Dear Maria,\n\nThis is an overdue notice for invoice INV-00031.\n\nThe invoice total is €1,250.00 and was due 15 Jan 2025.\n\nBest regards',
    {
      kind: 'reminder',
      invoiceNumber: 'INV-00031',
      amountMinor: 125000,
      currency: 'EUR',
      dueDate: '2025-01-15',
    },
  ],
  [
    'Payment received for INV-00031 invoice',
    'Dear Maria,\n\nThank you for the payment. Payment details:\n\nAmount: €1,250.00\nDate: 20 Jan 2025\nInvoice Number: INV-00031',
    {
      kind: 'payment_confirmation',
      invoiceNumber: 'INV-00031',
      amountMinor: 125000,
      currency: 'EUR',
      issueDate: null,
      dueDate: null,
    },
  ],
  [
    'Acme Ltd Invoice (Ref INV/2025/00042)',
    'Dear Deco Addict,\n\nHere is your invoice INV/2025/00042 amounting in $ 3,150.00 from Acme Ltd. Please remit payment at your earliest convenience.\nPlease use the following communication for your payment: INV/2025/00042',
    { kind: 'invoice', invoiceNumber: 'INV/2025/00042', amountMinor: 315000, currency: 'USD' },
  ],
  [
    'Acme Ltd Payment Receipt (Ref PBNK1/2025/00017)',
    'Dear Deco Addict,\n\nThank you for your payment. Here is your payment receipt PBNK1/2025/00017 amounting to $ 3,150.00 from Acme Ltd.',
    { kind: 'payment_confirmation', invoiceNumber: null, amountMinor: 315000, currency: 'USD' },
  ],
  [
    'Votre facture FA2501-0007',
    "Bonjour,\n\nVeuillez trouver ci-joint la facture FA2501-0007.\n\nVous pouvez cliquer sur le lien ci-dessous pour effectuer votre paiement si ce n'est pas déjà fait.\n\nCordialement",
    { kind: 'invoice', invoiceNumber: 'FA2501-0007', amountMinor: null },
  ],
  [
    'Rappel facture FA2501-0007',
    'Bonjour,\n\nNous souhaitons vous rappeler que la facture FA2501-0007 semble ne pas avoir été payée.',
    { kind: 'reminder', invoiceNumber: 'FA2501-0007' },
  ],
  [
    'Customer Invoice',
    'Dear Tomasz,\n\nThis is a notice that an invoice has been generated on 03/02/2025.\n\nInvoice #4412\nAmount Due: $24.95 USD\nDue Date: 03/09/2025\n\nInvoice Items\nHosting Plan S (03/02/2025 - 04/01/2025) $24.95 USD\n\nTotal: $24.95 USD',
    {
      kind: 'invoice',
      invoiceNumber: '4412',
      amountMinor: 2495,
      currency: 'USD',
      issueDate: '2025-03-02',
      dueDate: '2025-03-09',
    },
  ],
  [
    'Invoice Payment Confirmation',
    'Dear Tomasz,\n\nThis is a payment receipt for Invoice 4412 sent on 03/02/2025.\n\nAmount: $24.95 USD\nTransaction #: 9XK22311AB\nTotal Paid: $24.95 USD\nRemaining Balance: $0.00 USD\nStatus: Paid',
    { kind: 'payment_confirmation', invoiceNumber: '4412', amountMinor: 2495, currency: 'USD' },
  ],
  [
    'Credit Card Payment Failed',
    'Dear Tomasz,\n\nThis is a notice that a recent credit card payment we attempted on the card we have on file failed.\n\nInvoice Date: 03/02/2025\nInvoice No: 4412\nAmount: $24.95 USD\n\nPlease update your card details to pay the invoice.',
    {
      kind: 'reminder',
      invoiceNumber: '4412',
      amountMinor: 2495,
      currency: 'USD',
      issueDate: '2025-03-02',
    },
  ],
  [
    'Rechnung RE-1045 erstellt',
    'Hallo Frau Becker,\n\nwir haben die folgende Rechnung für Sie erstellt: RE-1045.\nRechnungsbetrag: 595,00 €\nFällig am: 28.02.2025',
    {
      kind: 'invoice',
      invoiceNumber: 'RE-1045',
      amountMinor: 59500,
      currency: 'EUR',
      dueDate: '2025-02-28',
    },
  ],
  [
    'Zahlung für Rechnung RE-1045 erhalten',
    'Hallo Frau Becker,\n\nvielen Dank für die Zahlung.\nBetrag: 595,00 €\nRechnungsnummer: RE-1045',
    { kind: 'payment_confirmation', invoiceNumber: 'RE-1045', amountMinor: 59500, currency: 'EUR' },
  ],
  [
    'Informacja o przekroczeniu terminu płatności faktury FV 2025/02/11',
    'Termin płatności faktury o wartości 3 690,00 zł minął 10.03.2025.',
    { kind: 'reminder', amountMinor: 369000, currency: 'PLN', dueDate: '2025-03-10' },
  ],
  [
    'Получен платёж по счёту № 2025-17',
    'Благодарим вас за оплату.\nСумма: 14 500,00 ₽\nНомер счёта: 2025-17',
    {
      kind: 'payment_confirmation',
      invoiceNumber: '2025-17',
      amountMinor: 1450000,
      currency: 'RUB',
    },
  ],
  [
    'Your receipt from Paperline #2231-4410',
    'Receipt #2231-4410\n\nInvoice number: PL-0093\nAmount paid: €58.00\nDate paid: March 4, 2025\n\nQuestions? Reply to this e-mail.',
    { kind: 'payment_confirmation', invoiceNumber: 'PL-0093', amountMinor: 5800, currency: 'EUR' },
  ],
  [
    'Payment Confirmation',
    'This email confirms your recent payment\n\nInvoice # 1077\nPayment Date 2025-05-02\nPaid USD 149.00\nTotal USD 149.00',
    {
      kind: 'payment_confirmation',
      invoiceNumber: '1077',
      amountMinor: 14900,
      currency: 'USD',
      issueDate: null,
    },
  ],
  [
    'Your payment to Linear was unsuccessful',
    'We were unable to charge your card for invoice 5B2D1C-0008.\nAmount due $96.00\nPlease update your payment method.',
    { kind: 'reminder', invoiceNumber: '5B2D1C-0008', amountMinor: 9600, currency: 'USD' },
  ],
  [
    'Invoice from Lagos Prints',
    'You have received a new invoice.\n• Invoice ID: INV-1761167126307-ED7F62\n• Amount: ₦50,000.00\n• Due Date: Oct 30, 2025',
    {
      kind: 'invoice',
      invoiceNumber: 'INV-1761167126307-ED7F62',
      amountMinor: 5000000,
      currency: 'NGN',
      dueDate: '2025-10-30',
    },
  ],
  [
    'Tax Invoice INV-2291',
    'Tax Invoice INV-2291\nDate: 3/04/2025\nTotal (incl. GST): A$1,100.00\nPayment due: 17/04/2025',
    {
      kind: 'invoice',
      invoiceNumber: 'INV-2291',
      amountMinor: 110000,
      currency: 'AUD',
      issueDate: '2025-04-03',
      dueDate: '2025-04-17',
    },
  ],
  [
    'Оплата за рахунком № 17 надійшла',
    'Дякуємо! Оплату за рахунком № 17 на суму 12 600,00 грн отримано.',
    { kind: 'payment_confirmation', invoiceNumber: '17', amountMinor: 1260000, currency: 'UAH' },
  ],
  [
    'Your refund from Acme',
    'Your payment has been refunded. We have processed a refund in the amount of USD 49.00 for invoice 1042.',
    { kind: 'other', invoiceNumber: null, amountMinor: null },
  ],
  [
    'Reminder: payment for invoice 88',
    'If payment is not received within 7 days, late fees apply. Invoice 88, balance due €310.00.',
    { kind: 'reminder', invoiceNumber: '88', amountMinor: 31000 },
  ],
];

describe('detectInvoice on billing-tool notifications', () => {
  it.each(cases)('%s', (subject, text, expected) => {
    expect(detectInvoice({ subject, text })).toMatchObject(expected);
  });
});
