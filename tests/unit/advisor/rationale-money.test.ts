/** Amounts inside the rationale are formatted in the UI language, not always in English (issue 16). */
import { describe, expect, it } from 'vitest';
import { moneyValue, renderRationale } from '@/utils/advisor/rationale';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const paid = [
  {
    key: 'partial_payment' as const,
    values: { paid: moneyValue([{ currency: 'PLN', amountMinor: 492000 }]) },
  },
];

describe('rationale amounts', () => {
  it.each([
    ['en', 'PLN 4,920.00'],
    ['pl', '4 920,00 zł'],
    ['ru', '4 920,00'],
  ] as const)('%s', (lang, expected) => {
    const text = nbsp(renderRationale(paid, lang));
    expect(text).toContain(expected);
    expect(text).not.toContain('money:');
  });

  it('keeps an already formatted amount as it is', () => {
    expect(
      renderRationale([{ key: 'partial_payment', values: { paid: '€300.00' } }], 'en'),
    ).toContain('€300.00');
  });
});
