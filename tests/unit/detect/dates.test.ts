// parseDate on each language's date conventions, and payment terms resolved from the issue date.
import { describe, expect, it } from 'vitest';
import { detectInvoice, parseDate } from '@/utils/detect';

const table: Array<[string, string | null]> = [
  ['2024-12-03', '2024-12-03'],
  ['2015-11-22T08:00:00+00:00', '2015-11-22'],
  // Day-first numeric (pl/ru/uk/de dots; fr/es/it/pt/he/en-GB slashes)
  ['03.12.2024', '2024-12-03'],
  ['3.12.2024 r.', '2024-12-03'],
  ['25/03/2024', '2024-03-25'],
  ['03.12.24', '2024-12-03'],
  // English
  ['Dec 3, 2024', '2024-12-03'],
  ['December 3rd, 2024', '2024-12-03'],
  ['3 December 2024', '2024-12-03'],
  // Polish genitive months
  ['3 grudnia 2024', '2024-12-03'],
  ['15 października 2024 r.', '2024-10-15'],
  ['1 lutego 2025', '2025-02-01'],
  // Russian and Ukrainian genitive months
  ['3 декабря 2024 г.', '2024-12-03'],
  ['10 мая 2024', '2024-05-10'],
  ['3 грудня 2024', '2024-12-03'],
  ['15 травня 2024 р.', '2024-05-15'],
  ['1 листопада 2024', '2024-11-01'],
  // Hebrew months with the "in" prefix
  ['3 בדצמבר 2024', '2024-12-03'],
  ['3 בינואר 2025', '2025-01-03'],
  ['15 במרץ 2025', '2025-03-15'],
  // German, French, Spanish, Italian, Dutch, Portuguese
  ['3. Dezember 2024', '2024-12-03'],
  ['5. März 2025', '2025-03-05'],
  ['1er décembre 2024', '2024-12-01'],
  ['7 août 2025', '2025-08-07'],
  ['3 de diciembre de 2024', '2024-12-03'],
  ['2 luglio 2025', '2025-07-02'],
  ['3 december 2024', '2024-12-03'],
  ['3 de março de 2025', '2025-03-03'],
  // Month word between dashes or slashes (UK and Indian invoices)
  ['05-Mar-2026', '2026-03-05'],
  ['05/Mar/2026', '2026-03-05'],
  ['5-Mar-26', '2026-03-05'],
  ['12-Foo-2026', null],
  // Not dates
  ['31.02.2024', null],
  ['13/13/2024', null],
  ['no date', null],
];

describe('parseDate', () => {
  it.each(table)('%s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it('reads ambiguous numeric dates month-first only when asked', () => {
    expect(parseDate('03/04/2025')).toBe('2025-04-03');
    expect(parseDate('03/04/2025', 'mdy')).toBe('2025-03-04');
    expect(parseDate('03.04.2025', 'mdy')).toBe('2025-04-03');
    expect(parseDate('03/25/2025')).toBe('2025-03-25');
  });
});

describe('ambiguous dates in e-mails', () => {
  it('is month-first in US-looking English mail and day-first elsewhere', () => {
    const us = detectInvoice({
      subject: 'Invoice 77',
      text: 'Invoice date: 04/05/2025\nTotal: $10.00',
    });
    const gb = detectInvoice({
      subject: 'Invoice 77',
      text: 'Invoice date: 04/05/2025\nTotal: £10.00',
    });
    const fr = detectInvoice({
      subject: 'Facture 77',
      text: 'Date de facture : 04/05/2025\nTotal : 10,00 €',
    });
    expect(us.issueDate).toBe('2025-04-05');
    expect(gb.issueDate).toBe('2025-05-04');
    expect(fr.issueDate).toBe('2025-05-04');
  });
});

const terms: Array<[string, string, string, string]> = [
  [
    'en net',
    'Invoice 5',
    'Invoice date: 2025-01-10\nPayment terms: Net 30\nTotal: $100.00',
    '2025-02-09',
  ],
  [
    'en due in 14 days',
    'Invoice 9',
    'Invoice date: 2025-01-10. This invoice is due in 14 days.',
    '2025-01-24',
  ],
  [
    'fr à 30 jours',
    'Facture 9',
    'Facture n° 9 du 10/01/2025, à 30 jours. Total : 10,00 €',
    '2025-02-09',
  ],
  [
    'en payable within',
    'Invoice 5',
    'Issued on 2025-01-10. Payable within 14 days.\nTotal: $100.00',
    '2025-01-24',
  ],
  [
    'pl',
    'Faktura 5/2025',
    'Data wystawienia: 10.01.2025\nTermin płatności: 14 dni\nRazem: 100,00 zł',
    '2025-01-24',
  ],
  [
    'pl w ciągu',
    'Faktura 5/2025',
    'Data wystawienia: 10.01.2025\nPłatne w ciągu 7 dni.\nRazem: 100,00 zł',
    '2025-01-17',
  ],
  [
    'ru',
    'Счёт № 5',
    'Счёт № 5 от 10.01.2025\nОплата в течение 5 дней.\nИтого: 100,00 руб.',
    '2025-01-15',
  ],
  [
    'uk',
    'Рахунок № 5',
    'Рахунок № 5 від 10.01.2025\nОплата протягом 10 днів.\nСума: 100,00 грн',
    '2025-01-20',
  ],
  [
    'de',
    'Rechnung 5',
    'Rechnungsdatum: 10.01.2025\nZahlbar innerhalb von 14 Tagen.\nGesamt: 100,00 €',
    '2025-01-24',
  ],
  [
    'fr',
    'Facture 5',
    'Date de facture : 10/01/2025\nPaiement à 30 jours.\nTotal : 100,00 €',
    '2025-02-09',
  ],
  [
    'es',
    'Factura 5',
    'Fecha de emisión: 10/01/2025\nPlazo de pago: 30 días.\nTotal: 100,00 €',
    '2025-02-09',
  ],
  [
    'it',
    'Fattura 5',
    'Data fattura: 10/01/2025\nPagamento a 30 giorni.\nTotale: 100,00 €',
    '2025-02-09',
  ],
  [
    'nl',
    'Factuur 5',
    'Factuurdatum: 10-01-2025\nBetaling binnen 14 dagen.\nTotaal: € 100,00',
    '2025-01-24',
  ],
  [
    'pt',
    'Fatura 5',
    'Data de emissão: 10/01/2025\nPrazo de pagamento: 30 dias.\nTotal: 100,00 €',
    '2025-02-09',
  ],
  [
    'he',
    'חשבונית 5',
    'תאריך הפקה: 10/01/2025\nתנאי תשלום: שוטף + 30\nסה"כ: 100.00 ₪',
    // "שוטף + 30" is end of the issue month + 30 days (issue 13), not issue date + 30.
    '2025-03-02',
  ],
];

describe('payment terms in days', () => {
  it.each(terms)('%s', (_name, subject, text, dueDate) => {
    expect(detectInvoice({ subject, text }).dueDate).toBe(dueDate);
  });

  it('does not invent a due date without an issue date, nor from "overdue by N days"', () => {
    expect(
      detectInvoice({ subject: 'Invoice 5', text: 'Net 30. Total: $100.00' }).dueDate,
    ).toBeNull();
    const late = detectInvoice({
      subject: 'Invoice 5 overdue',
      text: 'Invoice date: 2025-01-10\nThis invoice is overdue by 12 days.\nTotal: $100.00',
    });
    expect(late.dueDate).toBeNull();
  });
});
