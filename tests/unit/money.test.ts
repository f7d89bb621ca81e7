import { describe, expect, it } from 'vitest';
import {
  decimalToMinor,
  formatMoney,
  minorDigits,
  minorToDecimal,
  parseAmountInput,
} from '@/utils/money';

describe('money', () => {
  it.each([
    ['USD', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['PLN', 2],
    ['ILS', 2],
    ['krw', 0],
    ['IQD', 3], // ISO 4217 says 3 although CLDR displays 0
    ['CLF', 4],
    ['XYZ', 2], // unknown: two, the common case
  ])('%s has %i minor digits', (code, digits) => {
    expect(minorDigits(code)).toBe(digits);
  });

  it.each([
    ['1234.56', 'USD', 123456],
    ['1234.5', 'EUR', 123450],
    ['1234', 'JPY', 1234],
    ['12.345', 'KWD', 12345],
    ['0.125', 'USD', 13],
    ['-3.10', 'PLN', -310],
  ])('decimalToMinor(%s, %s) = %i', (dec, cur, minor) => {
    expect(decimalToMinor(dec, cur)).toBe(minor);
  });

  it('rejects non-decimals', () => {
    expect(decimalToMinor('1,234.56', 'USD')).toBeNull();
    expect(decimalToMinor('abc', 'USD')).toBeNull();
  });

  it('round-trips minor units to decimals', () => {
    expect(minorToDecimal(123456, 'USD')).toBe('1234.56');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
    expect(minorToDecimal(12345, 'KWD')).toBe('12.345');
    expect(minorToDecimal(1234, 'JPY')).toBe('1234');
  });

  it('formats per locale without float drift', () => {
    expect(formatMoney({ amountMinor: 123456, currency: 'PLN' }, 'pl')).toBe('1234,56\u00a0zł');
    expect(formatMoney({ amountMinor: 900719925474099, currency: 'USD' }, 'en')).toBe(
      '$9,007,199,254,740.99',
    );
  });
});

describe('parseAmountInput', () => {
  it.each([
    ['1 234,56', 'PLN', 123456],
    ['1,234.56', 'USD', 123456],
    ['1.234,56', 'EUR', 123456],
    ['1234.5', 'EUR', 123450],
    ['1,234', 'USD', 123400],
    ['1.234.567', 'EUR', 123456700],
    ['12,5', 'EUR', 1250],
    ["CHF 1'234.50".slice(4), 'CHF', 123450],
    ['12.345', 'KWD', 12345],
    ['1200', 'JPY', 1200],
  ])('%s %s → %i', (text, cur, minor) => {
    expect(parseAmountInput(text, cur)).toBe(minor);
  });

  it.each(['', 'abc', '1.2.3,4,5', '12.3456', '-5', '1,2345'])('rejects %j', (text) => {
    expect(parseAmountInput(text, 'USD')).toBeNull();
  });
});
