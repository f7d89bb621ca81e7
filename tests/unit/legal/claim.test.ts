/** A whole claim (interest + compensation per invoice, totals per currency) and its text. */
import { describe, expect, it } from 'vitest';
import {
  computeLegalClaim,
  defaultLegalSettings,
  formatLegalBreakdown,
  legalSettingsSchema,
  type LegalSettings,
} from '@/utils/legal';
import { MESSAGE_LANGUAGES } from '@/utils/templates/catalog';

const pl: LegalSettings = { ...defaultLegalSettings, presetId: 'pl' };
const invoices = [
  // PLN 10,000 due 2025-06-15, to 2025-07-20: interest 148.29 (see interest.test.ts); PLN 10,000 > 5,000
  // → EUR 70 × 4.25 = PLN 297.50.
  {
    invoiceId: 'a',
    number: 'FV/1',
    currency: 'PLN',
    invoiceAmountMinor: 1000000,
    outstandingMinor: 1000000,
    dueDate: '2025-06-15',
  },
  // EUR 1,000 due 2025-07-10, to 2025-07-20: 10 days at 15.25%: 1000 × 0.1525 × 10/365 = 4.178… → 4.18;
  // EUR 1,000 = PLN 4,250 ≤ 5,000 → EUR 40, paid in EUR.
  {
    invoiceId: 'b',
    number: 'FV/2',
    currency: 'EUR',
    invoiceAmountMinor: 100000,
    outstandingMinor: 100000,
    dueDate: '2025-07-10',
  },
  // Not late yet on 2025-07-20: no interest, no compensation.
  {
    invoiceId: 'c',
    number: 'FV/3',
    currency: 'EUR',
    invoiceAmountMinor: 50000,
    outstandingMinor: 50000,
    dueDate: '2025-07-31',
  },
];

describe('computeLegalClaim', () => {
  const claim = computeLegalClaim(invoices, '2025-07-20', pl);

  it('adds interest and compensation per invoice', () => {
    expect(
      claim.items.map((i) => [i.number, i.interest.interestMinor, i.compensation?.amount ?? null]),
    ).toEqual([
      ['FV/1', 14829, { amountMinor: 29750, currency: 'PLN' }],
      ['FV/2', 418, { amountMinor: 4000, currency: 'EUR' }],
      ['FV/3', 0, null],
    ]);
    expect(claim.currentRateBp).toBe(1525);
    expect(claim.stale).toBe(false);
  });

  it('totals per currency, never converting the principal', () => {
    expect(claim.totals).toEqual([
      {
        currency: 'PLN',
        principalMinor: 1000000,
        interestMinor: 14829,
        compensationMinor: 29750,
        totalMinor: 1044579,
      },
      {
        currency: 'EUR',
        principalMinor: 150000,
        interestMinor: 418,
        compensationMinor: 4000,
        totalMinor: 154418,
      },
    ]);
  });

  it('claims nothing extra under preset none', () => {
    const none = computeLegalClaim(invoices, '2025-07-20', defaultLegalSettings);
    expect(none.items.every((i) => i.interest.interestMinor === 0 && i.compensation === null)).toBe(
      true,
    );
    expect(none.currentRateBp).toBeNull();
  });
});

describe('formatLegalBreakdown', () => {
  const claim = computeLegalClaim(invoices.slice(0, 1), '2025-07-20', pl);

  it('shows each period as principal × rate × days/365 = interest', () => {
    // Intl writes "PLN" + no-break space; compare with plain spaces.
    const text = formatLegalBreakdown(claim, 'en').replace(/\u00a0/g, ' ');
    expect(text).toContain('× 15.75% × 15/365 = PLN 64.73');
    expect(text).toContain('× 15.25% × 20/365 = PLN 83.56');
    expect(text).toContain('€70.00 = PLN 297.50');
    expect(text).toContain('= PLN 10,445.79');
  });

  it.each(MESSAGE_LANGUAGES)('reads in %s without gaps', (lang) => {
    const text = formatLegalBreakdown(claim, lang);
    expect(text).not.toMatch(/undefined|NaN|\{\{/);
    expect(text.split('\n').length).toBeGreaterThanOrEqual(5);
    expect(text).toContain('15/365');
  });

  it('says so when no preset is chosen', () => {
    expect(
      formatLegalBreakdown(computeLegalClaim(invoices, '2025-07-20', defaultLegalSettings), 'pl'),
    ).toBe('Bez odsetek ustawowych.');
  });
});

describe('legalSettingsSchema', () => {
  it('accepts the defaults and edited tables, rejects nonsense', () => {
    expect(legalSettingsSchema.parse(defaultLegalSettings)).toEqual(defaultLegalSettings);
    const edited = {
      ...pl,
      referenceRates: {
        ...pl.referenceRates,
        pl: [...pl.referenceRates.pl, { from: '2026-01-01', referenceRateBp: 400 }],
      },
    };
    expect(legalSettingsSchema.safeParse(edited).success).toBe(true);
    expect(legalSettingsSchema.safeParse({ ...pl, plnPerEur: '4,25' }).success).toBe(false);
    expect(
      legalSettingsSchema.safeParse({
        ...pl,
        referenceRates: { ...pl.referenceRates, uk: [{ from: '1 Jan', referenceRateBp: 1 }] },
      }).success,
    ).toBe(false);
  });
});
