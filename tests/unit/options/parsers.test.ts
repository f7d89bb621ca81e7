import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bpToPercent,
  formatIban,
  isValidIban,
  normaliseDecimal,
  normaliseDomain,
  normaliseEmail,
  percentToBp,
} from '@/components/options/form/parsers';
import {
  composePaymentDetails,
  parsePaymentDetails,
} from '@/components/options/payment/payment-details';

describe('isValidIban', () => {
  // Published example IBANs (ECBS / national bank examples).
  it.each([
    'PL61 1090 1014 0000 0712 1981 2874',
    'DE89 3704 0044 0532 0130 00',
    'GB82 WEST 1234 5698 7654 32',
    'IL62 0108 0000 0009 9999 999',
    'fr1420041010050500013m02606',
  ])('accepts %s', (iban) => expect(isValidIban(iban)).toBe(true));

  it('rejects any single changed digit of a valid IBAN', () => {
    const valid = 'PL61109010140000071219812874';
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: valid.length - 1 }),
        fc.integer({ min: 1, max: 9 }),
        (pos, bump) => {
          const digit = (Number(valid[pos]) + bump) % 10;
          const changed = valid.slice(0, pos) + String(digit) + valid.slice(pos + 1);
          expect(isValidIban(changed)).toBe(false);
        },
      ),
    );
  });

  it('rejects wrong lengths and garbage', () => {
    expect(isValidIban('DE89 3704 0044 0532 0130 0')).toBe(false);
    expect(isValidIban('')).toBe(false);
    expect(isValidIban('hello world 123')).toBe(false);
  });

  it('prints in groups of four', () => {
    expect(formatIban('de89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
  });
});

describe('normalisers', () => {
  it.each([
    ['Me@Example.COM', 'me@example.com'],
    ['Jan Kowalski <jan@firma.pl>', 'jan@firma.pl'],
    ['not mail', null],
  ])('email %j → %j', (raw, out) => expect(normaliseEmail(raw)).toBe(out));

  it.each([
    ['Example.com', 'example.com'],
    ['@mail.example.org', 'mail.example.org'],
    ['https://www.shop.example.co.uk/path?q', 'shop.example.co.uk'],
    ['żółw.pl', 'żółw.pl'],
    ['localhost', null],
    ['a b.com', null],
  ])('domain %j → %j', (raw, out) => expect(normaliseDomain(raw)).toBe(out));

  it('reads decimals with a comma or a point', () => {
    expect(normaliseDecimal('4,2512')).toBe('4.2512');
    expect(normaliseDecimal('004.25')).toBe('4.25');
    expect(normaliseDecimal('-1')).toBeNull();
    expect(normaliseDecimal('4.2.5')).toBeNull();
  });

  it('converts percentages and basis points both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), (bp) => {
        expect(percentToBp(bpToPercent(bp))).toBe(bp);
      }),
    );
    expect(percentToBp('5,75 %')).toBe(575);
    expect(percentToBp('5.7')).toBe(570);
    expect(percentToBp('5.755')).toBeNull();
  });
});

describe('payment details text', () => {
  const line = fc
    .stringMatching(/^[A-Za-zżółćęśąźńŁ0-9 ,.:/-]{1,30}$/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !/^IBAN/i.test(s) && !/^https?:/i.test(s));
  const fields = fc
    .record({
      iban: fc.constantFrom(
        '',
        'PL61 1090 1014 0000 0712 1981 2874',
        'GB82 WEST 1234 5698 7654 32',
      ),
      holder: line,
      link: fc.constantFrom('', 'https://pay.example.com/x'),
      notes: fc.array(line, { maxLength: 3 }).map((l) => l.join('\n')),
      // Issue 14: US ACH and UK details, each pair given together or not at all.
      us: fc.constantFrom(['', ''], ['011000015', '123456789']),
      uk: fc.constantFrom(['', ''], ['12-34-56', '12345678']),
    })
    .map(({ us, uk, ...f }) => ({
      ...f,
      routing: us[0]!,
      usAccount: us[1]!,
      sortCode: uk[0]!,
      ukAccount: uk[1]!,
    }))
    .map((f) => ({ ...f, holder: f.iban ? f.holder : '' }));

  it('reads back exactly the fields it wrote', () => {
    fc.assert(
      fc.property(fields, (f) => {
        expect(parsePaymentDetails(composePaymentDetails(f))).toEqual(f);
      }),
    );
  });

  it('never loses a line of a text it did not write', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            line,
            fc.constantFrom('IBAN: PL61 1090 1014 0000 0712 1981 2874', 'https://x.example'),
          ),
          { maxLength: 5 },
        ),
        (lines) => {
          const text = lines.join('\n');
          const again = composePaymentDetails(parsePaymentDetails(text));
          expect(again.split('\n').filter(Boolean).sort()).toEqual(lines.filter(Boolean).sort());
        },
      ),
    );
  });
});
