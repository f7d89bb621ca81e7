import { describe, expect, it } from 'vitest';
import {
  inferDateOrder,
  readAmount,
  readEmail,
  readInvoiceNumber,
  readName,
} from '@/utils/sites/values';

describe('readAmount', () => {
  it.each([
    ['$1,250.00', null, { amountMinor: 125000, currency: 'USD' }],
    ['1.190,00 €', null, { amountMinor: 119000, currency: 'EUR' }],
    ['4 920,00 zł PLN', null, { amountMinor: 492000, currency: 'PLN' }],
    ['AUD 1,100.00', null, { amountMinor: 110000, currency: 'AUD' }],
    ['1,947.00', 'AUD', { amountMinor: 194700, currency: 'AUD' }],
    ['$1,130.00', 'CAD', { amountMinor: 113000, currency: 'CAD' }],
    ['1,234.56', null, { amountMinor: 123456, currency: null }],
  ] as const)('%j (hint %s)', (text, hint, expected) => {
    expect(readAmount(text, hint)).toEqual(expected);
  });

  it.each([
    'INV-0042',
    '0042',
    '04/21/2026',
    '10%',
    'Net 30',
    'Due on receipt',
    '12 345 678 901 is our ABN',
    '',
  ])('is not fooled by %j', (text) => {
    expect(readAmount(text, null)).toBeNull();
  });
});

describe('readInvoiceNumber', () => {
  it.each([
    ['INV-0042', 'INV-0042'],
    ['#1042', '1042'],
    ['0042 - Unpaid', '0042'],
    ['FV/2026/10/17', 'FV/2026/10/17'],
    ['No. 17', '17'],
    ['paid', null],
    ['$2,450.00', null],
  ])('%j → %s', (text, expected) => {
    expect(readInvoiceNumber(text)).toBe(expected);
  });
});

describe('readEmail and readName', () => {
  it('finds an address and lower-cases it', () => {
    expect(readEmail('Contact: Jane.Cooper@Example.COM today')).toBe('jane.cooper@example.com');
    expect(readEmail('no address here')).toBeNull();
  });
  it('accepts names and rejects e-mails and numbers', () => {
    expect(readName('  Müller & Söhne GmbH ')).toBe('Müller & Söhne GmbH');
    expect(readName('jane@example.com')).toBeNull();
    expect(readName('12345')).toBeNull();
  });
});

describe('inferDateOrder', () => {
  it('follows a date that can only be read one way', () => {
    expect(inferDateOrder(['12/05/2026', '11/21/2026'], 'GBP')).toBe('mdy');
    expect(inferDateOrder(['03/11/2026', '20/10/2026'], 'USD')).toBe('dmy');
    expect(inferDateOrder(['05.03.2026'], 'USD')).toBe('dmy');
  });
  it('falls back to the currency when every date is ambiguous', () => {
    expect(inferDateOrder(['12/05/2026'], 'USD')).toBe('mdy');
    expect(inferDateOrder(['12/05/2026'], 'EUR')).toBe('dmy');
    expect(inferDateOrder([], null)).toBe('dmy');
  });
});
