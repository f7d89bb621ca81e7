import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addInvoice, appendEvent, createClient } from '@/utils/db/repository';
import {
  agingBucket,
  agingBuckets,
  averageDaysToPay,
  invoicePayments,
  invoicedVsPaid,
  mainCurrency,
  monthsEnding,
  paidOnDates,
} from '@/utils/ledger/history';
import { getClientDetail } from '@/utils/ledger/queries';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb } from '../helpers';

const manual = { kind: 'manual' as const, url: null, messageId: null };
let seq = 0;

async function inv(
  db: FirmlyDB,
  clientId: string,
  o: { amount: number; currency?: string; issue: string | null; due: string | null; at?: string },
) {
  seq += 1;
  return (
    await addInvoice(
      db,
      {
        clientId,
        number: `H-${seq}`,
        amountMinor: o.amount,
        currency: o.currency ?? 'EUR',
        issueDate: o.issue,
        dueDate: o.due,
        source: manual,
      },
      {
        idempotencyKey: `h-inv-${seq}`,
        at: o.at ?? `${o.issue ?? '2026-01-01'}T09:00:00.000Z`,
        eventType: 'invoice_added',
      },
    )
  ).invoice;
}

async function pay(
  db: FirmlyDB,
  clientId: string,
  amount: number,
  at: string,
  invoiceId: string | null = null,
  currency = 'EUR',
) {
  seq += 1;
  await appendEvent(db, {
    clientId,
    invoiceId,
    at,
    data: { type: 'payment_received', invoiceId, amountMinor: amount, currency, reference: null },
    source: manual,
    idempotencyKey: `h-pay-${seq}`,
  });
}

describe('payment history', () => {
  it('dates each invoice by the payment that completed it, including unassigned and partial payments', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'ACME', emails: [] });
    const a = await inv(db, c.id, { amount: 100_00, issue: '2026-01-05', due: '2026-01-19' });
    const b = await inv(db, c.id, { amount: 50_00, issue: '2026-02-01', due: '2026-02-15' });
    const open = await inv(db, c.id, { amount: 70_00, issue: '2026-03-01', due: '2026-03-15' });
    await pay(db, c.id, 40_00, '2026-01-20T10:00:00.000Z', a.id); // partial
    await pay(db, c.id, 60_00, '2026-02-10T10:00:00.000Z', a.id); // completes A, 36 days after issue
    await pay(db, c.id, 80_00, '2026-03-20T10:00:00.000Z'); // no invoice named: B (oldest due) then 30 towards the open one
    const detail = (await getClientDetail(db, c.id, '2026-04-01'))!;
    const rows = invoicePayments(detail.invoices, detail.events);
    expect(rows.map((r) => [r.number, r.paidOn, r.daysToPay, r.daysLate])).toEqual([
      [a.number, '2026-02-10', 36, 22],
      [b.number, '2026-03-20', 47, 33],
      [open.number, null, null, null],
    ]);
    expect(averageDaysToPay(rows)).toBe(Math.round((36 + 47) / 2));
    // The replay agrees with what the repository stored.
    const stored = new Map(detail.invoices.map((i) => [i.id, i.paidMinor]));
    expect(stored.get(open.id)).toBe(30_00);
    expect(paidOnDates(detail.invoices, detail.events).has(open.id)).toBe(false);
    db.close();
  });

  it('counts from when the invoice was first seen when it has no issue date', async () => {
    const db = freshDb();
    const c = await createClient(db, { name: 'NoDate', emails: [] });
    const x = await inv(db, c.id, {
      amount: 10_00,
      issue: null,
      due: null,
      at: '2026-05-01T08:00:00.000Z',
    });
    await pay(db, c.id, 10_00, '2026-05-11T08:00:00.000Z', x.id);
    const d = (await getClientDetail(db, c.id, '2026-06-01'))!;
    expect(invoicePayments(d.invoices, d.events)[0]).toMatchObject({
      startDate: '2026-05-01',
      paidOn: '2026-05-11',
      daysToPay: 10,
      daysLate: null,
    });
    db.close();
  });

  it('has no average when nothing was paid', () => {
    expect(averageDaysToPay([])).toBeNull();
    expect(averageDaysToPay([{ daysToPay: null }])).toBeNull();
  });

  it('lists the months ending with today across a year boundary', () => {
    expect(monthsEnding('2026-02-10', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('shows invoiced vs paid per month with an outstanding line that ends at the balance', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            amount: fc.integer({ min: 1, max: 500_00 }),
            month: fc.integer({ min: 0, max: 17 }),
            paidShare: fc.constantFrom(0, 0.5, 1),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (specs) => {
          const db = freshDb();
          const c = await createClient(db, { name: 'P', emails: [] });
          for (const s of specs) {
            const m = String((s.month % 12) + 1).padStart(2, '0');
            const y = s.month < 12 ? 2025 : 2026;
            const invoice = await inv(db, c.id, {
              amount: s.amount,
              issue: `${y}-${m}-03`,
              due: `${y}-${m}-17`,
            });
            const part = Math.floor(s.amount * s.paidShare);
            if (part > 0) await pay(db, c.id, part, `${y}-${m}-20T10:00:00.000Z`, invoice.id);
          }
          const d = (await getClientDetail(db, c.id, '2026-06-30'))!;
          const flows = invoicedVsPaid(d.invoices, d.events, 'EUR', '2026-06-30', 12);
          expect(flows).toHaveLength(12);
          expect(flows.at(-1)?.outstandingMinor).toBe(d.summary.balances.EUR ?? 0);
          const inWindow = specs.filter((s) => s.month >= 6);
          expect(flows.reduce((sum, f) => sum + f.invoicedMinor, 0)).toBe(
            inWindow.reduce((sum, s) => sum + s.amount, 0),
          );
          db.close();
        },
      ),
      { numRuns: 20 },
    );
  });

  it('picks the currency invoiced most for the chart', () => {
    expect(mainCurrency([])).toBeNull();
    expect(
      mainCurrency([
        { currency: 'USD', amountMinor: 5 },
        { currency: 'EUR', amountMinor: 3 },
        { currency: 'EUR', amountMinor: 3 },
      ]),
    ).toBe('EUR');
  });

  it('ages open items into buckets by days past due', () => {
    expect(
      [
        '2026-06-30',
        '2026-06-29',
        '2026-05-31',
        '2026-05-30',
        '2026-04-01',
        '2026-03-31',
        null,
      ].map((d) => agingBucket(d, '2026-06-30')),
    ).toEqual(['current', 'd1_30', 'd1_30', 'd31_60', 'd61_90', 'd90_plus', 'current']);
    const item = (remainingMinor: number, dueDate: string | null, currency = 'PLN') => ({
      invoiceId: String(remainingMinor),
      number: '',
      currency,
      remainingMinor,
      dueDate,
      disputed: false,
    });
    expect(
      agingBuckets(
        [
          item(100, '2026-06-01'),
          item(50, '2026-06-10'),
          item(7, null),
          item(9, '2025-01-01', 'EUR'),
        ],
        '2026-06-30',
      ),
    ).toEqual({
      PLN: { current: 7, d1_30: 150, d31_60: 0, d61_90: 0, d90_plus: 0 },
      EUR: { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, d90_plus: 9 },
    });
  });
});
