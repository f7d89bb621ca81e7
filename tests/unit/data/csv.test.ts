import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  csvCell,
  invoicesCsv,
  paymentsCsv,
  toCsv,
  INVOICE_COLUMNS,
  PAYMENT_COLUMNS,
} from '@/utils/data';
import { addInvoice, appendEvent, createClient } from '@/utils/db/repository';
import { readAllStores } from '@/utils/data';
import { freshDb } from '../helpers';
import { parseCsv } from './rfc4180';

/** What a spreadsheet shows for a cell written by csvCell: the text, minus our apostrophe guard. */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    [' lead', '" lead"'],
    ['', ''],
  ])('quotes %j only as RFC 4180 needs', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each(['=1+1', '+48 600', '-2+3', '@SUM(A1)', '\t=cmd', '=HYPERLINK("http://x")'])(
    'neutralises the formula start of %j',
    (input) => {
      const cell = csvCell(input);
      expect(parseCsv(`${cell}\r\n`)[0]?.[0]).toBe(`'${input}`);
    },
  );

  it('leaves a formula character in the middle alone', () => {
    expect(csvCell('a=b+c-d@e')).toBe('a=b+c-d@e');
  });
});

describe('toCsv', () => {
  it('round-trips any table through a strict RFC 4180 reader', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('"', ',', '\r\n', '\n', '=', '""a""'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (rows) => {
          const text = toCsv(['a', 'b', 'c'], rows);
          const back = parseCsv(text);
          expect(back[0]).toEqual(['a', 'b', 'c']);
          expect(back.slice(1)).toEqual(
            rows.map((r) => r.map((v) => (FORMULA_START.test(v) ? `'${v}` : v))),
          );
          // No cell, once read, can start a formula.
          for (const r of back) for (const v of r) expect(FORMULA_START.test(v)).toBe(false);
        },
      ),
    );
  });

  it('ends every line with CRLF', () => {
    expect(toCsv(['x'], [['1'], ['2']])).toBe('x\r\n1\r\n2\r\n');
  });
});

async function sampleDb() {
  const db = freshDb();
  const acme = await createClient(db, {
    name: '=ACME, "Ltd"',
    emails: ['ap@acme.example', 'boss@acme.example'],
  });
  const kow = await createClient(db, { name: 'Kowalski i Syn', emails: ['jan@kowalski.pl'] });
  const source = { kind: 'manual', url: null, messageId: null } as const;
  const at = '2026-10-01T09:00:00.000Z';
  const { invoice: fv } = await addInvoice(
    db,
    {
      clientId: kow.id,
      number: 'FV/2026/10/7',
      amountMinor: 123456,
      currency: 'PLN',
      issueDate: '2026-10-01',
      dueDate: '2026-10-15',
      source,
    },
    { idempotencyKey: 'k1', at, eventType: 'invoice_added' },
  );
  const { invoice: inv } = await addInvoice(
    db,
    {
      clientId: acme.id,
      number: 'INV-9',
      amountMinor: 50000,
      currency: 'JPY',
      issueDate: '2026-09-01',
      dueDate: null,
      source,
    },
    { idempotencyKey: 'k2', at, eventType: 'invoice_added' },
  );
  await appendEvent(db, {
    clientId: kow.id,
    invoiceId: fv.id,
    at: '2026-10-20T08:00:00.000Z',
    data: {
      type: 'payment_received',
      invoiceId: fv.id,
      amountMinor: 23456,
      currency: 'PLN',
      reference: '-przelew 1',
    },
    source,
    idempotencyKey: 'p1',
  });
  await appendEvent(db, {
    clientId: acme.id,
    invoiceId: null,
    at: '2026-10-02T08:00:00.000Z',
    data: {
      type: 'payment_received',
      invoiceId: null,
      amountMinor: 700,
      currency: 'JPY',
      reference: null,
    },
    source,
    idempotencyKey: 'p2',
  });
  return { db, fv, inv };
}

describe('invoicesCsv / paymentsCsv', () => {
  it('writes one row per invoice with exact decimal money in the currency’s own digits', async () => {
    const { db } = await sampleDb();
    const rows = parseCsv(invoicesCsv(await readAllStores(db)));
    expect(rows[0]).toEqual([...INVOICE_COLUMNS]);
    const col = (name: (typeof INVOICE_COLUMNS)[number]) => INVOICE_COLUMNS.indexOf(name);
    const [first, second] = [rows[1]!, rows[2]!];
    // Sorted by client name: "'=ACME…" keeps its original name order ('=' < 'K').
    expect(first[col('client')]).toBe(`'=ACME, "Ltd"`);
    expect(first[col('client_emails')]).toBe('ap@acme.example boss@acme.example');
    expect([first[col('amount')], first[col('paid')], first[col('outstanding')]]).toEqual([
      '50000',
      '700',
      '49300',
    ]);
    expect(first[col('due_date')]).toBe('');
    expect(second[col('invoice_number')]).toBe('FV/2026/10/7');
    expect([second[col('amount')], second[col('paid')], second[col('outstanding')]]).toEqual([
      '1234.56',
      '234.56',
      '1000.00',
    ]);
    expect(second[col('status')]).toBe('partly_paid');
    expect(rows).toHaveLength(3);
  });

  it('writes one row per payment, oldest first, with the invoice number when known', async () => {
    const { db } = await sampleDb();
    const rows = parseCsv(paymentsCsv(await readAllStores(db)));
    expect(rows[0]).toEqual([...PAYMENT_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['2026-10-02T08:00:00.000Z', `'=ACME, "Ltd"`, '', 'JPY', '700', '', 'manual'],
      [
        '2026-10-20T08:00:00.000Z',
        'Kowalski i Syn',
        'FV/2026/10/7',
        'PLN',
        '234.56',
        "'-przelew 1",
        'manual',
      ],
    ]);
  });

  it('writes only the header for an empty database', async () => {
    const stores = await readAllStores(freshDb());
    expect(invoicesCsv(stores)).toBe(`${INVOICE_COLUMNS.join(',')}\r\n`);
    expect(paymentsCsv(stores)).toBe(`${PAYMENT_COLUMNS.join(',')}\r\n`);
  });
});
