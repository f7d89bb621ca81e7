import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAmountInput } from '@/utils/popup/amount-input';
import { decimalToMinor, minorToDecimal } from '@/utils/money';
import { gmailDraftUrl } from '@/utils/popup/gmail-draft';
import { parseLocalDateTime, presetDate, toLocalInputValue } from '@/utils/popup/followup-presets';
import { issuesByField } from '@/utils/popup/form-issues';
import { ledgerRequests } from '@/utils/protocol/ledger';
import { clientFromHash } from '@/components/popup/PopupApp';

const minor = (text: string, currency: string) => {
  const r = parseAmountInput(text, currency);
  return r.ok ? decimalToMinor(r.decimal, currency) : r.problem;
};

describe('amount input', () => {
  it.each([
    ['1234,56', 'EUR', 123456],
    ['1234.56', 'EUR', 123456],
    ['1 234,56', 'PLN', 123456],
    ['1\u00a0234,56', 'PLN', 123456],
    ['1\u202f234,56', 'EUR', 123456],
    ['1.234,56', 'EUR', 123456],
    ['1,234.56', 'USD', 123456],
    ["1'234.50", 'CHF', 123450],
    ['12,34,567.00', 'INR', 1234567_00],
    ['1,234', 'USD', 123400],
    ['1.234', 'EUR', 123400],
    ['1,234,567', 'USD', 1234567_00],
    ['0,5', 'EUR', 50],
    [',5', 'EUR', 50],
    ['5.', 'EUR', 500],
    ['12.5', 'GBP', 1250],
    ['1,500', 'JPY', 1500],
    ['1500', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    ['1,234.567', 'KWD', 1234567],
    ['+20', 'EUR', 2000],
    ['10.00', 'JPY', 10],
  ])('reads %j in %s as %d minor units', (text, currency, expected) => {
    expect(minor(text, currency)).toBe(expected);
  });

  it.each([
    ['', 'EUR', 'empty'],
    ['   ', 'EUR', 'empty'],
    ['abc', 'EUR', 'format'],
    ['12abc', 'EUR', 'format'],
    ['€12', 'EUR', 'format'],
    ['1.234.56', 'EUR', 'format'],
    ['1,234.567,89', 'EUR', 'format'],
    ['1,2,3', 'EUR', 'format'],
    ['.', 'EUR', 'format'],
    ['0,125', 'EUR', 'decimals'],
    ['12.3456', 'USD', 'decimals'],
    ['1.5', 'JPY', 'decimals'],
    ['0', 'EUR', 'not_positive'],
    ['0,00', 'PLN', 'not_positive'],
    ['-5', 'EUR', 'not_positive'],
  ])('refuses %j in %s (%s)', (text, currency, problem) => {
    expect(minor(text, currency)).toBe(problem);
  });

  it('reads back any amount written with either convention (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 12 }),
        fc.constantFrom('EUR', 'PLN', 'JPY', 'KWD', 'USD'),
        fc.constantFrom('en', 'pl', 'de', 'fr', 'he'),
        (amount, currency, locale) => {
          const digits = currency === 'JPY' ? 0 : currency === 'KWD' ? 3 : 2;
          const value = minorToDecimal(amount, currency);
          const typed = new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value as unknown as number);
          expect(minor(typed, currency)).toBe(amount);
        },
      ),
    );
  });
});

describe('Gmail draft URL', () => {
  it('opens the compose view with every field percent-encoded', () => {
    const url = gmailDraftUrl({
      to: ['ap@acme.example', 'b@x.example'],
      subject: 'Invoice #7 & more',
      body: 'Hello,\nplease pay 1 234,56 zł.\nשלום',
    });
    expect(url.startsWith('https://mail.google.com/mail/u/0/?view=cm&fs=1&to=')).toBe(true);
    const params = new URL(url).searchParams;
    expect(params.get('to')).toBe('ap@acme.example,b@x.example');
    expect(params.get('su')).toBe('Invoice #7 & more');
    expect(params.get('body')).toBe('Hello,\nplease pay 1 234,56 zł.\nשלום');
    expect(url).not.toContain('+');
    expect(url).toContain('%20');
  });
});

describe('follow-up presets', () => {
  // A Wednesday afternoon, local time.
  const now = new Date(2026, 4, 13, 15, 42);
  it('lands on 9:00 local time', () => {
    expect(presetDate('tomorrow', now)).toEqual(new Date(2026, 4, 14, 9, 0));
    expect(presetDate('in3days', now)).toEqual(new Date(2026, 4, 16, 9, 0));
    expect(presetDate('nextMonday', now)).toEqual(new Date(2026, 4, 18, 9, 0));
  });
  it('goes to the Monday after, never today, when today is a Monday', () => {
    expect(presetDate('nextMonday', new Date(2026, 4, 18, 8, 0))).toEqual(
      new Date(2026, 4, 25, 9, 0),
    );
  });
  it('reads and writes datetime-local values', () => {
    expect(parseLocalDateTime('2026-12-01T14:30')).toEqual(new Date(2026, 11, 1, 14, 30));
    expect(parseLocalDateTime('2026-13-01T14:30')).toBeNull();
    expect(parseLocalDateTime('tomorrow')).toBeNull();
    expect(toLocalInputValue(new Date(2026, 0, 2, 3, 4))).toBe('2026-01-02T03:04');
  });
});

describe('form issues', () => {
  it('groups zod issues by field below a prefix', () => {
    const r = ledgerRequests['ui-bg:recordEvent'].safeParse({
      clientId: 'c',
      invoiceId: null,
      at: 'yesterday',
      data: {
        type: 'payment_received',
        invoiceId: null,
        amountMinor: 0,
        currency: 'eur',
        reference: null,
      },
    });
    expect(r.success).toBe(false);
    if (r.success) return;
    const byField = issuesByField(r.error, ['data']);
    expect([...byField.keys()].sort()).toEqual(['amountMinor', 'at', 'currency']);
  });
});

describe('popup location hash', () => {
  it('names the client to open', () => {
    expect(clientFromHash('#client=abc%2F1')).toBe('abc/1');
    expect(clientFromHash('#other')).toBeNull();
    expect(clientFromHash('')).toBeNull();
  });
});
