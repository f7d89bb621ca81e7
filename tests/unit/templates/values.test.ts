/** Placeholder values per language: money, long dates, counted days, lists, legal figures. */
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  buildPlaceholderValues,
  formatDate,
  formatDays,
  formatInstalmentPlan,
  formatRate,
} from '@/utils/templates/values';
import { computeLegalClaim, defaultLegalSettings } from '@/utils/legal';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('counted days', () => {
  it.each([
    ['en', [1, 2, 5, 21], ['1 day', '2 days', '5 days', '21 days']],
    ['pl', [1, 2, 5, 22, 25], ['1 dzień', '2 dni', '5 dni', '22 dni', '25 dni']],
    ['ru', [1, 2, 5, 21, 22, 25], ['1 день', '2 дня', '5 дней', '21 день', '22 дня', '25 дней']],
    ['uk', [1, 3, 11, 21, 24], ['1 день', '3 дні', '11 днів', '21 день', '24 дні']],
    ['he', [1, 2, 10], ['יום אחד', 'יומיים', '10 ימים']],
    ['de', [1, 2], ['1 Tag', '2 Tage']],
    ['fr', [1, 2], ['1 jour', '2 jours']],
    ['es', [1, 2], ['1 día', '2 días']],
  ] as const)('%s', (lang, counts, expected) => {
    expect(counts.map((n) => formatDays(n, lang))).toEqual(expected);
  });
});

describe('dates, rates, plans', () => {
  it('writes long dates in each language, independent of the time zone', () => {
    expect(formatDate('2026-12-03', 'en')).toBe('3 December 2026');
    // Polish letters write "r." after the year; French writes the first as "1er".
    expect(formatDate('2026-12-03', 'pl')).toBe('3 grudnia 2026 r.');
    expect(formatDate('2026-11-01', 'fr')).toBe('1er novembre 2026');
    expect(formatDate('2026-11-02', 'fr')).toBe('2 novembre 2026');
    expect(formatDate('2026-12-03', 'de')).toBe('3. Dezember 2026');
    expect(formatDate('2026-12-03', 'es')).toBe('3 de diciembre de 2026');
    expect(formatDate('2026-01-01', 'ru')).toMatch(/^1 января 2026/);
  });

  it('groups 4-digit Polish amounts like longer ones and writes the hryvnia as "грн"', () => {
    expect(nbsp(formatAmount({ amountMinor: 492000, currency: 'PLN' }, 'pl'))).toBe('4 920,00 zł');
    expect(nbsp(formatAmount({ amountMinor: 7380000, currency: 'PLN' }, 'pl'))).toBe(
      '73 800,00 zł',
    );
    expect(nbsp(formatAmount({ amountMinor: 123450, currency: 'UAH' }, 'uk'))).toBe('1 234,50 грн');
  });

  it('formats a basis-point rate exactly', () => {
    expect(formatRate(1575, 'en')).toBe('15.75%');
    expect(formatRate(1575, 'pl')).toBe('15,75%');
    expect(nbsp(formatRate(1015, 'fr'))).toBe('10,15 %');
  });

  it('numbers an instalment plan with amounts and dates', () => {
    const plan = [
      { dueDate: '2026-12-01', amount: { amountMinor: 40000, currency: 'PLN' } },
      { dueDate: '2027-01-01', amount: { amountMinor: 40000, currency: 'PLN' } },
    ];
    expect(nbsp(formatInstalmentPlan(plan, 'pl'))).toBe(
      '1. 400,00 zł — do 1 grudnia 2026 r.\n2. 400,00 zł — do 1 stycznia 2027 r.',
    );
  });
});

describe('buildPlaceholderValues', () => {
  const base = {
    clientName: 'Harbor & Finch',
    senderName: 'Ola',
    businessName: 'Studio',
    signature: 'Ola\nStudio',
    paymentDetails: 'IBAN PL00',
    invoices: [
      {
        number: 'FV/1',
        due: { amountMinor: 60000, currency: 'PLN' },
        invoiced: { amountMinor: 100000, currency: 'PLN' },
        paid: { amountMinor: 40000, currency: 'PLN' },
        issueDate: '2026-10-01',
        dueDate: '2026-10-15',
      },
    ],
    daysOverdue: 22,
  };

  it('fills amounts, dates and counts in the message language', () => {
    const v = buildPlaceholderValues(base, 'pl');
    expect(nbsp(v.amount ?? '')).toBe('600,00 zł');
    expect(nbsp(v.invoiceAmount ?? '')).toBe('1 000,00 zł');
    expect(nbsp(v.paidAmount ?? '')).toBe('400,00 zł');
    expect(v.dueDate).toBe('15 października 2026 r.');
    expect(v.daysOverdue).toBe('22 dni');
    expect(v.daysUntilDue).toBe('');
    expect(v.invoiceList).toBe('');
    expect(v.legalBasis).toBe('');
  });

  it('lists several invoices and sums per currency without converting', () => {
    const v = buildPlaceholderValues(
      {
        ...base,
        invoices: [
          ...base.invoices,
          {
            ...base.invoices[0]!,
            number: 'INV-9',
            due: { amountMinor: 5000, currency: 'EUR' },
            paid: { amountMinor: 0, currency: 'EUR' },
          },
        ],
      },
      'en',
    );
    expect(nbsp(v.amount ?? '')).toBe('PLN 600.00 + €50.00');
    // One line per invoice, then the total as a total (issue 16).
    expect(v.invoiceList?.split('\n')).toHaveLength(3);
    expect(v.invoiceList).toContain('INV-9');
    expect(nbsp(v.invoiceList?.split('\n')[2] ?? '')).toBe(
      'Total outstanding: PLN 600.00 + €50.00',
    );
    // The main invoice's own amount, for sentences about that invoice.
    expect(nbsp(v.invoiceDue ?? '')).toBe('PLN 600.00');
  });

  it('counts days until due before the due date', () => {
    const v = buildPlaceholderValues({ ...base, daysOverdue: -3 }, 'ru');
    expect(v.daysUntilDue).toBe('3 дня');
    expect(v.daysOverdue).toBe('');
  });

  it('fills the legal placeholders from a claim', () => {
    const claim = computeLegalClaim(
      [
        {
          invoiceId: 'a',
          number: 'FV/1',
          currency: 'PLN',
          invoiceAmountMinor: 1000000,
          outstandingMinor: 1000000,
          dueDate: '2025-06-15',
        },
      ],
      '2025-07-20',
      { ...defaultLegalSettings, presetId: 'pl' },
    );
    const v = buildPlaceholderValues({ ...base, legal: claim }, 'pl');
    expect(nbsp(v.interestAmount ?? '')).toBe('148,29 zł');
    expect(v.interestRate).toBe('15,25%');
    expect(nbsp(v.compensationAmount ?? '')).toBe('297,50 zł');
    expect(nbsp(v.totalClaim ?? '')).toBe('10 445,79 zł');
    expect(v.legalBasis).toContain('8 marca 2013');
  });
});
