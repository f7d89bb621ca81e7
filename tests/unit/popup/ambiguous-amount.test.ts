/**
 * Ambiguous decimals are asked, never guessed (issue 14, journey 3): "12.345" in a EUR form with
 * an English UI may be twelve thousand or a mistyped twelve; both readings are shown.
 */
import { describe, expect, it } from 'vitest';
import { ambiguousAmount, decimalMarkOf } from '@/utils/money';
import { readAmount } from '@/components/popup/forms/amount';
import { createPopupT } from '@/utils/i18n/popup-strings';

describe('ambiguous amounts', () => {
  it('finds both readings when the single mark is the UI decimal mark and three digits follow', () => {
    expect(ambiguousAmount('12.345', 'EUR', '.')).toEqual({
      grouped: 12_345_00,
      decimal: null,
      decimalText: '12.345',
    });
    expect(ambiguousAmount('1,500', 'PLN', ',')).toEqual({
      grouped: 1500_00,
      decimal: 150,
      decimalText: '1.500',
    });
  });

  it('is not ambiguous when the mark only groups in that UI, or the amount reads one way', () => {
    expect(ambiguousAmount('12.345', 'EUR', ',')).toBeNull();
    expect(ambiguousAmount('1,234', 'USD', '.')).toBeNull();
    expect(ambiguousAmount('1,234.56', 'USD', '.')).toBeNull();
    expect(ambiguousAmount('12.34', 'EUR', '.')).toBeNull();
    expect(ambiguousAmount('0.125', 'EUR', '.')).toBeNull();
    // Three decimals are the norm for KWD: no question.
    expect(ambiguousAmount('12.345', 'KWD', '.')).toBeNull();
  });

  it('knows the decimal mark of the UI locales', () => {
    expect(decimalMarkOf('en-US')).toBe('.');
    expect(decimalMarkOf('pl-PL')).toBe(',');
    expect(decimalMarkOf('he')).toBe('.');
  });

  it('the form refuses "12.345" for EUR in English, showing both readings', () => {
    const t = createPopupT('en');
    const r = readAmount('12.345', 'EUR', t, 'en-US');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('€12,345.00');
    expect(r.error).toContain('12.345 EUR');
    // Unambiguous input still reads, and without a locale nothing changes.
    expect(readAmount('12,345', 'EUR', t, 'en-US')).toEqual({ ok: true, minor: 12_345_00 });
    expect(readAmount('12.345', 'EUR', t)).toEqual({ ok: true, minor: 12_345_00 });
  });

  it('the English hint shows 1,234.56 first', () => {
    expect(createPopupT('en')('field.amountHint')).toMatch(/^For example 1,234\.56/);
  });
});
