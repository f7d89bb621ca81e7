/** Issue 14: US ACH and UK sort-code details, checked and printed as banks print them. */
import { describe, expect, it } from 'vitest';
import {
  formatSortCode,
  isValidRouting,
  isValidSortCode,
  isValidUkAccount,
  isValidUsAccount,
} from '@/components/options/form/bank-codes';
import {
  composePaymentDetails,
  parsePaymentDetails,
} from '@/components/options/payment/payment-details';
import { paymentSchema } from '@/components/options/payment/PaymentSection';

const empty = {
  holder: '',
  iban: '',
  routing: '',
  usAccount: '',
  sortCode: '',
  ukAccount: '',
  link: '',
  notes: '',
};

describe('bank codes', () => {
  it('checks the ABA routing check digit', () => {
    expect(isValidRouting('011000015')).toBe(true); // Federal Reserve Bank of Boston
    expect(isValidRouting('021 000 021')).toBe(true); // JPMorgan Chase, typed with spaces
    expect(isValidRouting('011000016')).toBe(false);
    expect(isValidRouting('12345678')).toBe(false);
  });

  it('checks US accounts, UK sort codes and accounts', () => {
    expect(isValidUsAccount('1234')).toBe(true);
    expect(isValidUsAccount('123')).toBe(false);
    expect(isValidSortCode('12 34 56')).toBe(true);
    expect(formatSortCode('123456')).toBe('12-34-56');
    expect(isValidSortCode('12-34-5')).toBe(false);
    expect(isValidUkAccount('12345678')).toBe(true);
    expect(isValidUkAccount('1234567')).toBe(false);
  });
});

describe('payment details with ACH and sort code', () => {
  it('prints them in the message text and reads them back', () => {
    const fields = {
      ...empty,
      holder: 'Studio North LLC, Chase',
      routing: '021 000 021',
      usAccount: '123456789',
      sortCode: '123456',
      ukAccount: '12345678',
    };
    const text = composePaymentDetails(fields);
    expect(text).toBe(
      [
        'Studio North LLC, Chase',
        'ACH routing number 021000021, account 123456789',
        'Sort code 12-34-56, account 12345678',
      ].join('\n'),
    );
    expect(parsePaymentDetails(text)).toMatchObject({
      routing: '021000021',
      usAccount: '123456789',
      sortCode: '12-34-56',
      ukAccount: '12345678',
      notes: '',
    });
  });

  it('refuses a bad routing number and half a pair, each beside its field', () => {
    const bad = paymentSchema.safeParse({ ...empty, routing: '011000016', usAccount: '1234' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'routing',
      'err.routing',
    ]);
    const half = paymentSchema.safeParse({ ...empty, sortCode: '12-34-56' });
    expect(half.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'ukAccount',
      'err.ukPair',
    ]);
    expect(
      paymentSchema.safeParse({ ...empty, routing: '011000015', usAccount: '1234' }).success,
    ).toBe(true);
  });
});
