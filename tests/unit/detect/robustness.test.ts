// The engine never throws and never hangs, whatever it is fed: random and adversarial strings,
// HTML tag soup and megabyte-long runs of digits, separators and '<'.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectInvoice,
  detectLanguage,
  extractSchemaOrgInvoice,
  parseAmount,
  parseDate,
  type DetectedInvoice,
} from '@/utils/detect';

const KINDS = ['invoice', 'reminder', 'payment_confirmation', 'other'];

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function checkShape(r: DetectedInvoice): void {
  expect(KINDS).toContain(r.kind);
  expect(
    r.invoiceNumber === null || (typeof r.invoiceNumber === 'string' && r.invoiceNumber.length > 0),
  ).toBe(true);
  expect(r.amountMinor === null || Number.isSafeInteger(r.amountMinor)).toBe(true);
  expect(r.currency === null || /^[A-Z]{3}$/.test(r.currency)).toBe(true);
  expect(r.issueDate === null || isRealDate(r.issueDate)).toBe(true);
  expect(r.dueDate === null || isRealDate(r.dueDate)).toBe(true);
  expect(r.confidence >= 0 && r.confidence <= 1).toBe(true);
  if (r.kind === 'other') {
    expect([r.invoiceNumber, r.amountMinor, r.currency, r.issueDate, r.dueDate]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  }
}

// Pieces that exercise every parser: money, dates, numbers, labels, quotes, HTML and entities.
const PIECES = [
  '$',
  '€',
  '£',
  '¥',
  '₪',
  ' zł',
  ' руб.',
  'ש"ח',
  'KWD ',
  'R$',
  'C$',
  '1',
  '1,',
  '1.',
  "1'",
  '1 ',
  '0,50',
  '1.234,56',
  '12,345.678',
  '999999999999999999',
  '\u00a0',
  '\u202f',
  'Invoice',
  'INV-',
  'Faktura nr ',
  'Счёт № ',
  'חשבונית ',
  '#',
  '№',
  'n°',
  'Total: ',
  'Amount due: ',
  'VAT ',
  'paid ',
  'Due date: ',
  'Termin płatności: ',
  'Net 30',
  ' 14 dni',
  '31.12.2024',
  '02/30/2025',
  '2025-13-01',
  '3 grudnia 2024',
  'Dec 3, 2024',
  '3 בדצמבר 2024',
  'Reminder',
  'overdue',
  'Payment received',
  'Thank you for your payment',
  'quote',
  '\n',
  '\n> ',
  'On Mon, 1 Jan 2024 X wrote:',
  '<',
  '>',
  '<div>',
  '</div>',
  '<td>',
  '<script>',
  '</script',
  '<!--',
  '-->',
  '&nbsp;',
  '&#x20AC;',
  '&#99999999;',
  '&',
  '"',
  "'",
  '<script type="application/ld+json">',
  '{"@type":"Invoice","totalPaymentDue":{"price":"1e999"}}',
  'itemprop="price"',
  'schema.org/Invoice',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(''));
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  soup,
);

describe('never throws, results always well-formed', () => {
  it('detectInvoice on random text', () => {
    fc.assert(
      fc.property(anyText, anyText, (subject, text) => {
        checkShape(detectInvoice({ subject, text }));
      }),
      { numRuns: 3000 },
    );
  });

  it('detectInvoice on random HTML', () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, (subject, text, html) => {
        checkShape(detectInvoice({ subject, text, html }));
      }),
      { numRuns: 2000 },
    );
  });

  it('the helpers on random text', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const a = parseAmount(s);
        expect(a === null || Number.isSafeInteger(a.amountMinor)).toBe(true);
        const d = parseDate(s);
        expect(d === null || isRealDate(d)).toBe(true);
        expect(typeof detectLanguage(s)).toBe('string');
        const inv = extractSchemaOrgInvoice(s);
        expect(inv === null || typeof inv === 'object').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives inputs that are not what the types say', () => {
    const junk = [null, undefined, 42, {}, [], { subject: 5, text: null, html: 7 }] as unknown[];
    for (const j of junk) checkShape(detectInvoice(j as Parameters<typeof detectInvoice>[0]));
  });
});

describe('megabyte-long hostile input', () => {
  const MB = 1024 * 1024;
  const cases: Array<[string, string, string | undefined]> = [
    ['separator runs', '1,'.repeat(MB / 2), undefined],
    ['digit run', '9'.repeat(MB), undefined],
    ['grouped digits', '1 '.repeat(MB / 2) + 'zł', undefined],
    ['dates', '31.12.2024 '.repeat(MB / 11), undefined],
    ['words', 'invoice '.repeat(MB / 8), undefined],
    ['"<" soup', '', '<'.repeat(MB)],
    ['nested tags', '', '<div><span>'.repeat(MB / 11)],
    ['unclosed comment and script', '', '<!--' + '<script>'.repeat(MB / 8)],
  ];
  it.each(cases)('%s', (_name, text, html) => {
    checkShape(detectInvoice({ subject: 'Invoice 1 $1.00 due 2024-01-01', text, html }));
  });
});
