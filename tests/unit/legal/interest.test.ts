/**
 * Statutory interest against worked examples computed by hand (in the comments). Interest is
 * principal × rate × days / 365 per period, each period rounded half-up to a minor unit.
 */
import { describe, expect, it } from 'vitest';
import {
  BOE_REFERENCE_RATES,
  computeInterest,
  ECB_REFERENCE_RATES,
  LEGAL_PRESETS,
  NBP_REFERENCE_RATES,
  periodInterest,
  statutoryRateOn,
} from '@/utils/legal';

describe('periodInterest', () => {
  it('rounds half-up to a whole minor unit', () => {
    // 1 × 50.00% × 365/365 = 0.5 minor units → 1; 1 × 49.99% → 0.4999 → 0.
    expect(periodInterest(1, 5000, 365)).toBe(1);
    expect(periodInterest(1, 4999, 365)).toBe(0);
  });

  it('stays exact on amounts where floats drift', () => {
    // 9,007,199,254,740.99 × 10% × 365/365 = 900,719,925,474.099 → 90071992547410 minor units.
    expect(periodInterest(900719925474099, 1000, 365)).toBe(90071992547410);
  });
});

describe('computeInterest: worked examples', () => {
  it('EU, one period: EUR 1,000.00 due 2025-07-31, to 2025-09-29', () => {
    // Days: 1 Aug … 29 Sep = 31 + 29 = 60. Rate: ECB 2.15% (1 Jul 2025) + 8 = 10.15%.
    // 1000 × 0.1015 × 60 / 365 = 16.6849… → EUR 16.68.
    const r = computeInterest({
      outstandingMinor: 100000,
      dueDate: '2025-07-31',
      asOf: '2025-09-29',
      marginBp: LEGAL_PRESETS.eu.marginBp,
      referenceRates: ECB_REFERENCE_RATES,
    });
    expect(r.days).toBe(60);
    expect(r.periods).toEqual([
      {
        from: '2025-08-01',
        to: '2025-09-29',
        days: 60,
        principalMinor: 100000,
        rateBp: 1015,
        interestMinor: 1668,
        stale: false,
      },
    ]);
    expect(r.interestMinor).toBe(1668);
  });

  it('Poland, rate change mid-period: PLN 10,000.00 due 2025-06-15, to 2025-07-20', () => {
    // 16–30 Jun: 15 days at 5.75 + 10 = 15.75%: 10000 × 0.1575 × 15/365 = 64.726… → 64.73
    //  1–20 Jul: 20 days at 5.25 + 10 = 15.25%: 10000 × 0.1525 × 20/365 = 83.561… → 83.56
    // Total 148.29.
    const r = computeInterest({
      outstandingMinor: 1000000,
      dueDate: '2025-06-15',
      asOf: '2025-07-20',
      marginBp: LEGAL_PRESETS.pl.marginBp,
      referenceRates: NBP_REFERENCE_RATES,
    });
    expect(r.periods.map((p) => [p.from, p.to, p.days, p.rateBp, p.interestMinor])).toEqual([
      ['2025-06-16', '2025-06-30', 15, 1575, 6473],
      ['2025-07-01', '2025-07-20', 20, 1525, 8356],
    ]);
    expect(r.interestMinor).toBe(14829);
    expect(r.days).toBe(35);
  });

  it('UK, across the new year: GBP 2,500.00 due 2024-12-20, to 2025-01-19', () => {
    // 21–31 Dec: 11 days at 5.25 + 8 = 13.25%: 2500 × 0.1325 × 11/365 = 9.982… → 9.98
    //  1–19 Jan: 19 days at 4.75 + 8 = 12.75%: 2500 × 0.1275 × 19/365 = 16.592… → 16.59
    // Total 26.57.
    const r = computeInterest({
      outstandingMinor: 250000,
      dueDate: '2024-12-20',
      asOf: '2025-01-19',
      marginBp: LEGAL_PRESETS.uk.marginBp,
      referenceRates: BOE_REFERENCE_RATES,
    });
    expect(r.periods.map((p) => [p.days, p.rateBp, p.interestMinor])).toEqual([
      [11, 1325, 998],
      [19, 1275, 1659],
    ]);
    expect(r.interestMinor).toBe(2657);
  });

  it('a part-payment after the due date lowers the principal from the next day', () => {
    // EUR 1,000 due 2025-08-31; EUR 400 paid 2025-09-10; EUR 600 still owed on 2025-09-30. 10.15%.
    //  1–10 Sep: 10 days on 1000: 1000 × 0.1015 × 10/365 = 2.780… → 2.78
    // 11–30 Sep: 20 days on  600:  600 × 0.1015 × 20/365 = 3.336… → 3.34
    const r = computeInterest({
      outstandingMinor: 60000,
      dueDate: '2025-08-31',
      asOf: '2025-09-30',
      marginBp: 800,
      referenceRates: ECB_REFERENCE_RATES,
      latePayments: [{ date: '2025-09-10', amountMinor: 40000 }],
    });
    expect(r.periods.map((p) => [p.from, p.to, p.principalMinor, p.interestMinor])).toEqual([
      ['2025-09-01', '2025-09-10', 100000, 278],
      ['2025-09-11', '2025-09-30', 60000, 334],
    ]);
    expect(r.interestMinor).toBe(612);
  });

  it('flags periods past the rate table instead of guessing, and uses a row the user adds', () => {
    // PLN 1,000 due 2026-06-30, to 2026-07-30: 30 days. The default table ends with the
    // 2025-07-01 row, so July 2026 carries 15.25% forward, marked stale.
    const input = {
      outstandingMinor: 100000,
      dueDate: '2026-06-30',
      asOf: '2026-07-30',
      marginBp: 1000,
    };
    const carried = computeInterest({ ...input, referenceRates: NBP_REFERENCE_RATES });
    expect(carried.stale).toBe(true);
    expect(carried.periods[0]?.rateBp).toBe(1525);
    // With a user row of 4.00% from 2026-07-01: 14.00%: 1000 × 0.14 × 30/365 = 11.506… → 11.51.
    const edited = computeInterest({
      ...input,
      referenceRates: [...NBP_REFERENCE_RATES, { from: '2026-07-01', referenceRateBp: 400 }],
    });
    expect(edited.stale).toBe(false);
    expect(edited.periods).toEqual([
      {
        from: '2026-07-01',
        to: '2026-07-30',
        days: 30,
        principalMinor: 100000,
        rateBp: 1400,
        interestMinor: 1151,
        stale: false,
      },
    ]);
  });

  it('merges table rows that repeat the same rate into one line', () => {
    // NBP 5.75% on 2024-01-01, 2024-07-01 and 2025-01-01: one line from 2024-06-01 to 2024-12-31.
    const r = computeInterest({
      outstandingMinor: 100000,
      dueDate: '2024-05-31',
      asOf: '2024-12-31',
      marginBp: 1000,
      referenceRates: NBP_REFERENCE_RATES,
    });
    expect(r.periods).toHaveLength(1);
    // 214 days: 1000 × 0.1575 × 214/365 = 92.342… → 92.34
    expect(r.periods[0]).toMatchObject({ days: 214, interestMinor: 9234 });
  });

  it('is zero on or before the due date', () => {
    const r = computeInterest({
      outstandingMinor: 100000,
      dueDate: '2025-09-30',
      asOf: '2025-09-30',
      marginBp: 800,
      referenceRates: ECB_REFERENCE_RATES,
    });
    expect(r).toEqual({ days: 0, interestMinor: 0, periods: [], stale: false });
  });

  it('reads the statutory rate in force on a date', () => {
    expect(statutoryRateOn('2025-03-01', 800, ECB_REFERENCE_RATES)).toBe(1115);
    expect(statutoryRateOn('2023-08-15', 1000, NBP_REFERENCE_RATES)).toBe(1675);
    expect(statutoryRateOn('2020-01-01', 800, BOE_REFERENCE_RATES)).toBeNull();
  });
});
