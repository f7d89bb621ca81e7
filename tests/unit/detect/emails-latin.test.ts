// Whole e-mails per language, written from each language's invoicing conventions (wording of
// common billing tools: subject naming the document, labelled totals/dates, local number formats).
import { describe, expect, it } from 'vitest';
import { detectInvoice, type DetectedInvoice } from '@/utils/detect';

type Expect = Partial<Omit<DetectedInvoice, 'confidence'>>;
const cases: Array<[string, string, Expect]> = [
  // English (US): $ and month-first dates
  [
    'Invoice INV-2024-0193 from Northwind Design',
    'Hi Sam,\n\nPlease find attached invoice INV-2024-0193.\n\nInvoice date: 11/04/2024\nDue date: 12/04/2024\n\nSubtotal: $1,200.00\nTax (8%): $96.00\nTotal due: $1,296.00\n\nThanks,\nNorthwind Design',
    {
      kind: 'invoice',
      invoiceNumber: 'INV-2024-0193',
      amountMinor: 129600,
      currency: 'USD',
      issueDate: '2024-11-04',
      dueDate: '2024-12-04',
    },
  ],
  [
    'Your invoice from Acme Cloud #A1B2-0042',
    'Amount due\n$49.00\n\nDue October 15, 2025\n\nInvoice number A1B2-0042\nPayment method Visa ending in 4242\n\nQuestions? Contact us at billing@acme.test or call +1 415 555 0100.',
    {
      kind: 'invoice',
      invoiceNumber: 'A1B2-0042',
      amountMinor: 4900,
      currency: 'USD',
      dueDate: '2025-10-15',
      issueDate: null,
    },
  ],
  [
    'OVERDUE: Invoice 3087 is 14 days past due',
    'Hello,\n\nOur records show that invoice #3087 for £2,340.50 was due on 1 March 2025 and remains unpaid.\n\nBalance due: £2,340.50\n\nPlease arrange payment at your earliest convenience.',
    {
      kind: 'reminder',
      invoiceNumber: '3087',
      amountMinor: 234050,
      currency: 'GBP',
      dueDate: '2025-03-01',
    },
  ],
  [
    'Payment receipt for invoice 1009',
    'Thank you! We have received your payment of $850.00 for invoice 1009.\n\nPayment date: Feb 2, 2025\nRemaining balance: $0.00',
    {
      kind: 'payment_confirmation',
      invoiceNumber: '1009',
      amountMinor: 85000,
      currency: 'USD',
      issueDate: null,
      dueDate: null,
    },
  ],
  [
    'Invoice 2025-014 – Net 30',
    'Invoice 2025-014\nIssue date: 2025-01-10\nTerms: Net 30\nAmount: CAD 1,150.00',
    {
      kind: 'invoice',
      invoiceNumber: '2025-014',
      amountMinor: 115000,
      currency: 'CAD',
      issueDate: '2025-01-10',
      dueDate: '2025-02-09',
    },
  ],
  // Polish
  [
    'Faktura VAT nr FV/2024/11/003',
    'Dzień dobry,\n\nw załączeniu przesyłamy fakturę nr FV/2024/11/003 z dnia 3 grudnia 2024.\n\nWartość netto: 1 000,00 zł\nVAT 23%: 230,00 zł\nRazem do zapłaty: 1 230,00 zł\nTermin płatności: 17.12.2024\n\nNumer konta: PL61 1090 1014 0000 0712 1981 2874\n\nPozdrawiamy',
    {
      kind: 'invoice',
      invoiceNumber: 'FV/2024/11/003',
      amountMinor: 123000,
      currency: 'PLN',
      issueDate: '2024-12-03',
      dueDate: '2024-12-17',
    },
  ],
  [
    'Przypomnienie o płatności – faktura 12/2024',
    'Szanowni Państwo,\n\nuprzejmie przypominamy, że termin płatności faktury 12/2024 na kwotę 4312,77 PLN upłynął 15.01.2025.\n\nProsimy o uregulowanie należności.',
    { kind: 'reminder', invoiceNumber: '12/2024', amountMinor: 431277, currency: 'PLN' },
  ],
  [
    'Faktura 7/03/2025 od Studio Kreska',
    'Faktura nr 7/03/2025\nData wystawienia: 2025-03-05\nKwota do zapłaty: 2 460,00 zł\nPłatne w ciągu 14 dni.',
    {
      kind: 'invoice',
      invoiceNumber: '7/03/2025',
      amountMinor: 246000,
      currency: 'PLN',
      issueDate: '2025-03-05',
      dueDate: '2025-03-19',
    },
  ],
  [
    'Potwierdzenie płatności',
    'Dziękujemy za wpłatę 615,00 zł za fakturę FV 45/2025. Płatność została zaksięgowana.',
    { kind: 'payment_confirmation', amountMinor: 61500, currency: 'PLN' },
  ],
  // German
  [
    'Ihre Rechnung RE-2291 vom 02.10.2024',
    'Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Rechnung RE-2291 vom 02.10.2024.\n\nNettobetrag: 1.000,00 €\nzzgl. 19 % MwSt.: 190,00 €\nGesamtbetrag: 1.190,00 €\n\nBitte überweisen Sie den Betrag bis zum 16.10.2024 auf unser Konto.\n\nMit freundlichen Grüßen',
    {
      kind: 'invoice',
      invoiceNumber: 'RE-2291',
      amountMinor: 119000,
      currency: 'EUR',
      issueDate: '2024-10-02',
      dueDate: '2024-10-16',
    },
  ],
  [
    '2. Mahnung zu Rechnung 2024-117',
    'Leider konnten wir bis heute keinen Zahlungseingang für die Rechnung 2024-117 feststellen.\nOffener Betrag: 2.380,00 EUR\nFällig seit: 5. November 2024',
    {
      kind: 'reminder',
      invoiceNumber: '2024-117',
      amountMinor: 238000,
      currency: 'EUR',
      dueDate: '2024-11-05',
    },
  ],
  [
    'Rechnung Nr. 5531',
    "Rechnungsdatum: 01.04.2025\nRechnungsbetrag: CHF 1'234.50\nZahlbar innerhalb von 30 Tagen.",
    {
      kind: 'invoice',
      invoiceNumber: '5531',
      amountMinor: 123450,
      currency: 'CHF',
      issueDate: '2025-04-01',
      dueDate: '2025-05-01',
    },
  ],
  // French
  [
    'Facture F2024-00456 – Atelier Lumière',
    "Bonjour,\n\nVeuillez trouver ci-joint la facture n° F2024-00456 du 14/11/2024.\n\nTotal HT : 2 000,00 €\nTVA 20 % : 400,00 €\nTotal TTC : 2 400,00 €\nDate d'échéance : 14/12/2024\n\nCordialement",
    {
      kind: 'invoice',
      invoiceNumber: 'F2024-00456',
      amountMinor: 240000,
      currency: 'EUR',
      issueDate: '2024-11-14',
      dueDate: '2024-12-14',
    },
  ],
  [
    'Relance : facture impayée FA-778',
    "Sauf erreur de notre part, la facture FA-778 d'un montant de 540,00 € arrivée à échéance le 3 janvier 2025 reste impayée.",
    {
      kind: 'reminder',
      invoiceNumber: 'FA-778',
      amountMinor: 54000,
      currency: 'EUR',
      dueDate: '2025-01-03',
    },
  ],
  // Spanish
  [
    'Factura A-2025-031 de Estudio Sol',
    'Hola,\n\nAdjuntamos la factura A-2025-031.\nFecha de emisión: 3 de febrero de 2025\nFecha de vencimiento: 5 de marzo de 2025\nBase imponible: 1.000,00 €\nIVA (21%): 210,00 €\nTotal: 1.210,00 €',
    {
      kind: 'invoice',
      invoiceNumber: 'A-2025-031',
      amountMinor: 121000,
      currency: 'EUR',
      issueDate: '2025-02-03',
      dueDate: '2025-03-05',
    },
  ],
  [
    'Recordatorio de pago: factura 2025/044 vencida',
    'Le recordamos que la factura 2025/044 por importe de 890,50 € venció el 10/04/2025.',
    { kind: 'reminder', invoiceNumber: '2025/044', amountMinor: 89050, currency: 'EUR' },
  ],
  // Italian
  [
    'Fattura n. 118/2024 – Studio Verdi',
    'Gentile cliente,\nin allegato la fattura n. 118/2024 del 05/12/2024.\nImponibile: 1.500,00 €\nIVA 22%: 330,00 €\nTotale documento: 1.830,00 €\nScadenza: 04/01/2025',
    {
      kind: 'invoice',
      invoiceNumber: '118/2024',
      amountMinor: 183000,
      currency: 'EUR',
      issueDate: '2024-12-05',
      dueDate: '2025-01-04',
    },
  ],
  [
    'Sollecito di pagamento fattura 77',
    'Con la presente Le ricordiamo che la fattura 77 di € 640,00, scaduta il 30 novembre 2024, risulta ancora insoluta.',
    {
      kind: 'reminder',
      invoiceNumber: '77',
      amountMinor: 64000,
      currency: 'EUR',
      dueDate: '2024-11-30',
    },
  ],
  // Dutch
  [
    'Factuur 2025-0031 van Bureau Noord',
    'Beste klant,\n\nHierbij ontvangt u factuur 2025-0031.\nFactuurdatum: 12-03-2025\nVervaldatum: 11-04-2025\nTotaal incl. btw: € 1.452,00\n\nMet vriendelijke groet',
    {
      kind: 'invoice',
      invoiceNumber: '2025-0031',
      amountMinor: 145200,
      currency: 'EUR',
      issueDate: '2025-03-12',
      dueDate: '2025-04-11',
    },
  ],
  [
    'Betalingsherinnering factuur 2024-0977',
    'Volgens onze administratie staat factuur 2024-0977 van € 312,50 nog open. De vervaldatum was 1 december 2024.',
    {
      kind: 'reminder',
      invoiceNumber: '2024-0977',
      amountMinor: 31250,
      currency: 'EUR',
      dueDate: '2024-12-01',
    },
  ],
  // Portuguese
  [
    'Fatura FT 2025/87 – Oliveira Lda',
    'Olá,\n\nSegue em anexo a fatura FT 2025/87.\nData de emissão: 07/02/2025\nData de vencimento: 09/03/2025\nTotal a pagar: 738,00 €',
    {
      kind: 'invoice',
      invoiceNumber: 'FT 2025/87',
      amountMinor: 73800,
      currency: 'EUR',
      issueDate: '2025-02-07',
      dueDate: '2025-03-09',
    },
  ],
  [
    'Lembrete: fatura 1203 em atraso',
    'Olá, a fatura 1203 no valor de R$ 2.500,00 venceu em 15 de março de 2025 e ainda está em aberto.',
    { kind: 'reminder', invoiceNumber: '1203', amountMinor: 250000, currency: 'BRL' },
  ],
];

describe('detectInvoice on whole e-mails (Latin-script languages)', () => {
  it.each(cases)('%s', (subject, text, expected) => {
    expect(detectInvoice({ subject, text })).toMatchObject(expected);
  });
});
