// parseAmount on the money formats of each supported language and currency.
import { describe, expect, it } from 'vitest';
import { parseAmount } from '@/utils/detect';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const table: Array<[string, number, string | null]> = [
  // English / US: comma thousands, dot decimals, symbol first
  ['$1,234.56', 123456, 'USD'],
  ['US$ 99.90', 9990, 'USD'],
  ['C$1,000.00', 100000, 'CAD'],
  ['A$ 75', 7500, 'AUD'],
  ['£2,340.50', 234050, 'GBP'],
  ['1,234.56 USD', 123456, 'USD'],
  // Polish: space / no-break space thousands, comma decimals, "zł" after
  ['1 234,56 zł', 123456, 'PLN'],
  [`18${NBSP}450,75${NBSP}zł`, 1845075, 'PLN'],
  ['4312.77 PLN', 431277, 'PLN'],
  ['1 230,00 złotych', 123000, 'PLN'],
  // German / Dutch / Italian / Spanish / Portuguese: dot thousands, comma decimals
  ['1.234,56 €', 123456, 'EUR'],
  ['€1.234,56', 123456, 'EUR'],
  ['EUR 3.570,00', 357000, 'EUR'],
  ['€ 968,00', 96800, 'EUR'],
  ['R$3.200,00', 320000, 'BRL'],
  // French: narrow no-break space thousands
  [`1${NNBSP}260,00${NNBSP}€`, 126000, 'EUR'],
  // Swiss apostrophe thousands
  ["CHF 1'234.50", 123450, 'CHF'],
  ['CHF 1’234.50', 123450, 'CHF'],
  // Indian lakh grouping
  ['₹1,23,456.00', 12345600, 'INR'],
  ['INR 12,34,567.50', 123456750, 'INR'],
  // Russian / Ukrainian
  ['1 234,56 ₽', 123456, 'RUB'],
  ['125 400,00 руб.', 12540000, 'RUB'],
  ['38,750.50 RUB', 3875050, 'RUB'],
  ['15 000,00 грн', 1500000, 'UAH'],
  ['₴8 200,00', 820000, 'UAH'],
  // Hebrew
  ['₪1,234.56', 123456, 'ILS'],
  ['NIS 1,234.56', 123456, 'ILS'],
  ['1,170 ש"ח', 117000, 'ILS'],
  ['1,170 ש״ח', 117000, 'ILS'],
  // Czech crowns
  ['3 570,00 Kč', 357000, 'CZK'],
  // Minor-unit digits per ISO 4217
  ['¥1,200', 1200, 'JPY'],
  ['KWD 12.345', 12345, 'KWD'],
  ['BHD 1,250.500', 1250500, 'BHD'],
  // No currency named
  ['1 234,56', 123456, null],
];

describe('parseAmount', () => {
  it.each(table)('%s', (text, amountMinor, currency) => {
    expect(parseAmount(text)).toEqual({ amountMinor, currency });
  });

  it('uses the hint when the text names no currency or only a "$"', () => {
    expect(parseAmount('12.50', { currency: 'EUR' })).toEqual({
      amountMinor: 1250,
      currency: 'EUR',
    });
    expect(parseAmount('$12.50', { currency: 'CAD' })).toEqual({
      amountMinor: 1250,
      currency: 'CAD',
    });
    expect(parseAmount('1.500', { currency: 'KWD' })).toEqual({
      amountMinor: 1500,
      currency: 'KWD',
    });
  });

  it('returns null when there is no number', () => {
    expect(parseAmount('no amount here')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('rejects inconsistent grouping rather than guessing', () => {
    expect(parseAmount('1.234.56,7,8 €')?.amountMinor).not.toBe(12345678);
  });
});
