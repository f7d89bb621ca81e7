/** Fixed recovery compensation tiers per preset, with the PLN tiers through the EUR rate. */
import { describe, expect, it } from 'vitest';
import { computeCompensation, convertEurPln, convertMinor, LEGAL_PRESETS } from '@/utils/legal';

const PLN_PER_EUR = '4.25';
const comp = (preset: keyof typeof LEGAL_PRESETS, amountMinor: number, currency: string) =>
  computeCompensation(LEGAL_PRESETS[preset], { amountMinor, currency }, PLN_PER_EUR);

describe('Polish tiers (EUR 40 / 70 / 100 by the debt in PLN)', () => {
  it.each([
    // [debt PLN minor, EUR tier, PLN paid = tier × 4.25]
    [500000, 4000, 17000], // exactly PLN 5,000.00: "does not exceed" → EUR 40 = PLN 170.00
    [500001, 7000, 29750], // PLN 5,000.01 → EUR 70 = PLN 297.50
    [4999999, 7000, 29750], // PLN 49,999.99 → still below 50,000
    [5000000, 10000, 42500], // PLN 50,000.00 → "equal or higher" → EUR 100 = PLN 425.00
  ])('debt %i grosze → EUR %i cents → %i grosze', (debt, eur, pln) => {
    const c = comp('pl', debt, 'PLN');
    expect(c?.statutory).toEqual({ amountMinor: eur, currency: 'EUR' });
    expect(c?.amount).toEqual({ amountMinor: pln, currency: 'PLN' });
  });

  it('converts a EUR debt to PLN to pick the tier, and pays in EUR', () => {
    // EUR 1,200 × 4.25 = PLN 5,100 > 5,000 → EUR 70.
    const c = comp('pl', 120000, 'EUR');
    expect(c?.debtInThresholdCurrency).toEqual({ amountMinor: 510000, currency: 'PLN' });
    expect(c?.amount).toEqual({ amountMinor: 7000, currency: 'EUR' });
    // EUR 1,176.47 × 4.25 = 499,999.75 grosze → half-up 500,000 (PLN 5,000.00): still EUR 40.
    expect(comp('pl', 117647, 'EUR')?.debtInThresholdCurrency?.amountMinor).toBe(500000);
    expect(comp('pl', 117647, 'EUR')?.amount).toEqual({ amountMinor: 4000, currency: 'EUR' });
  });

  it('cannot choose a tier for a currency it cannot convert', () => {
    expect(comp('pl', 100000, 'USD')).toBeNull();
  });
});

describe('UK tiers (GBP 40 / 70 / 100)', () => {
  it.each([
    [99999, 4000],
    [100000, 7000],
    [999999, 7000],
    [1000000, 10000],
  ])('debt %i pence → %i pence', (debt, fixed) => {
    expect(comp('uk', debt, 'GBP')?.amount).toEqual({ amountMinor: fixed, currency: 'GBP' });
  });
});

describe('EU directive (EUR 40 flat)', () => {
  it('is EUR 40 whatever the size, converted for a PLN debt', () => {
    expect(comp('eu', 100, 'EUR')?.amount).toEqual({ amountMinor: 4000, currency: 'EUR' });
    expect(comp('eu', 99999999, 'EUR')?.amount).toEqual({ amountMinor: 4000, currency: 'EUR' });
    expect(comp('eu', 100000, 'PLN')?.amount).toEqual({ amountMinor: 17000, currency: 'PLN' });
    // No rate for USD: the statute's EUR 40 is stated as it is.
    expect(comp('eu', 100000, 'USD')?.amount).toEqual({ amountMinor: 4000, currency: 'EUR' });
  });
});

describe('conversion arithmetic', () => {
  it('converts in integers with half-up rounding', () => {
    expect(convertEurPln(4000, 'EUR', 'PLN', '4.2512')).toBe(17005); // 170.048 → 170.05
    expect(convertEurPln(510000, 'PLN', 'EUR', '4.25')).toBe(120000);
    expect(convertEurPln(100, 'PLN', 'EUR', '3')).toBe(33); // 0.3333 → 0.33
    expect(convertEurPln(100, 'PLN', 'PLN', '3')).toBe(100);
    expect(convertEurPln(100, 'USD', 'PLN', '3')).toBeNull();
    // Different minor digits: EUR 1.00 at 160.5 JPY → 161 yen (160.5 rounds up).
    expect(convertMinor(100, 'EUR', 'JPY', '160.5')).toBe(161);
  });

  it('rejects a malformed rate', () => {
    expect(convertEurPln(4000, 'EUR', 'PLN', '4,25')).toBeNull();
    expect(convertEurPln(4000, 'EUR', 'PLN', '0')).toBeNull();
  });
});
