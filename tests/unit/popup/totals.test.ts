import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { FirmlyDB, SCHEMA_V1, SCHEMA_V2 } from '@/utils/db/database';
import { addInvoice, appendEvent, createClient, deleteClient } from '@/utils/db/repository';
import { BUILT_ID, bucketsOf, foldTotals, readTotals, rebuildTotals } from '@/utils/db/totals';
import { overdueAsOf } from '@/utils/ledger/summary';
import { freshDb } from '../helpers';

const manual = { kind: 'manual' as const, url: null, messageId: null };
const TODAY = '2026-06-15';
let dbs: FirmlyDB[] = [];
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};
afterEach(() => {
  dbs.forEach((db) => db.close());
  dbs = [];
});

let seq = 0;
async function invoice(
  db: FirmlyDB,
  clientId: string,
  amountMinor: number,
  currency: string,
  dueDate: string | null,
) {
  seq += 1;
  const { invoice: inv } = await addInvoice(
    db,
    {
      clientId,
      number: `N-${seq}`,
      amountMinor,
      currency,
      issueDate: '2026-01-01',
      dueDate,
      source: manual,
    },
    { idempotencyKey: `k-${seq}`, at: '2026-01-01T10:00:00.000Z', eventType: 'invoice_added' },
  );
  return inv;
}

async function pay(
  db: FirmlyDB,
  clientId: string,
  invoiceId: string | null,
  amountMinor: number,
  currency: string,
) {
  seq += 1;
  await appendEvent(db, {
    clientId,
    invoiceId,
    at: '2026-03-01T10:00:00.000Z',
    data: { type: 'payment_received', invoiceId, amountMinor, currency, reference: null },
    source: manual,
    idempotencyKey: `p-${seq}`,
  });
}

/** The totals the slow way: every summary, summed. */
async function slowTotals(db: FirmlyDB, today: string) {
  const summaries = await db.summaries.toArray();
  const out: Record<string, { owed: number; overdue: number; credit: number }> = {};
  const at = (cur: string) => (out[cur] ??= { owed: 0, overdue: 0, credit: 0 });
  for (const s of summaries) {
    // A client's credit lowers only that client's own balance, never the others' (issue 14).
    for (const [cur, v] of Object.entries(s.balances)) {
      at(cur).owed += Math.max(0, v);
      at(cur).credit += Math.max(0, -v);
    }
    for (const [cur, v] of Object.entries(overdueAsOf(s, today).overdue)) at(cur).overdue += v;
  }
  return Object.entries(out)
    .filter(([, t]) => t.owed !== 0 || t.overdue !== 0 || t.credit !== 0)
    .map(([currency, t]) => ({
      currency,
      owedMinor: t.owed,
      overdueMinor: t.overdue,
      creditMinor: t.credit,
    }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

const strip = (
  rows: { currency: string; owedMinor: number; overdueMinor: number; creditMinor: number }[],
) =>
  rows.map(({ currency, owedMinor, overdueMinor, creditMinor }) => ({
    currency,
    owedMinor,
    overdueMinor,
    creditMinor,
  }));

describe('portfolio totals cache', () => {
  it('follows invoices, partial payments, credits, disputes and deletions in step with the summaries', async () => {
    const db = open();
    expect(await readTotals(db, TODAY)).toEqual([]);
    const a = await createClient(db, { name: 'ACME', emails: ['ap@acme.example'] });
    const b = await createClient(db, { name: 'Kowalski', emails: ['jan@kowalski.example'] });
    const a1 = await invoice(db, a.id, 100_00, 'EUR', '2026-05-01');
    await invoice(db, a.id, 50_00, 'EUR', '2026-07-01');
    const b1 = await invoice(db, b.id, 1234_56, 'PLN', '2026-06-01');
    await invoice(db, b.id, 10_00, 'PLN', null);
    expect(strip(await readTotals(db, TODAY))).toEqual([
      { currency: 'EUR', owedMinor: 150_00, overdueMinor: 100_00, creditMinor: 0 },
      { currency: 'PLN', owedMinor: 1244_56, overdueMinor: 1234_56, creditMinor: 0 },
    ]);
    await pay(db, a.id, a1.id, 40_00, 'EUR');
    await pay(db, b.id, null, 2000_00, 'PLN'); // more than owed: the rest is credit
    await appendEvent(db, {
      clientId: a.id,
      invoiceId: a1.id,
      at: '2026-04-01T00:00:00.000Z',
      data: { type: 'dispute_opened', invoiceId: a1.id, note: 'wrong hours' },
      source: manual,
      idempotencyKey: 'dispute-1',
    });
    // Followed write by write: the cache was never dropped, so nothing was rebuilt.
    expect(await db.totals.get(BUILT_ID)).toBeDefined();
    const totals = await readTotals(db, TODAY);
    expect(strip(totals)).toEqual(await slowTotals(db, TODAY));
    expect(totals.find((t) => t.currency === 'EUR')).toEqual({
      currency: 'EUR',
      owedMinor: 110_00,
      overdueMinor: 0,
      disputedMinor: 60_00,
      creditMinor: 0,
    });
    // Kowalski's overpayment is shown apart and lowers nobody's total (issue 14).
    expect(totals.find((t) => t.currency === 'PLN')).toMatchObject({
      owedMinor: 0,
      creditMinor: 2000_00 - 1244_56,
    });
    void b1;
    await deleteClient(db, b.id);
    expect(strip(await readTotals(db, TODAY))).toEqual(await slowTotals(db, TODAY));
    expect((await readTotals(db, TODAY)).map((t) => t.currency)).toEqual(['EUR']);
  });

  it('rebuilds when the summaries were cleared or written around it, and never double counts', async () => {
    const db = open();
    const a = await createClient(db, { name: 'ACME', emails: [] });
    await invoice(db, a.id, 70_00, 'USD', '2026-01-10');
    await readTotals(db, TODAY); // builds
    await db.summaries.clear();
    expect(await db.totals.get(BUILT_ID)).toBeUndefined();
    expect(await readTotals(db, TODAY)).toEqual([]);
    const b = await createClient(db, { name: 'Beta', emails: [] });
    await invoice(db, b.id, 5_00, 'USD', '2026-01-10');
    expect(strip(await readTotals(db, TODAY))).toEqual([
      { currency: 'USD', owedMinor: 5_00, overdueMinor: 5_00, creditMinor: 0 },
    ]);
    // Rebuilding twice gives the same rows as the incremental path.
    const incremental = await db.totals.toArray();
    await rebuildTotals(db);
    await rebuildTotals(db);
    expect((await db.totals.toArray()).sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      incremental.sort((x, y) => x.id.localeCompare(y.id)),
    );
  });

  it('keeps concurrent writes in one transaction from losing each other', async () => {
    const db = open();
    const clients = await Promise.all(
      ['A', 'B', 'C', 'D'].map((name) => createClient(db, { name, emails: [] })),
    );
    await readTotals(db, TODAY);
    await db.transaction('rw', db.summaries, async () => {
      await Promise.all(
        clients.map((c, i) =>
          db.summaries.put({
            ...emptyOpen(c.id),
            open: [
              {
                invoiceId: `i${i}`,
                number: `${i}`,
                currency: 'EUR',
                remainingMinor: 10_00,
                dueDate: '2026-01-01',
                disputed: false,
              },
            ],
            balances: { EUR: 10_00 },
          }),
        ),
      );
    });
    expect(strip(await readTotals(db, TODAY))).toEqual([
      { currency: 'EUR', owedMinor: 40_00, overdueMinor: 40_00, creditMinor: 0 },
    ]);
  });

  it('matches summing every summary for any sequence of invoices and payments (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            client: fc.integer({ min: 0, max: 2 }),
            kind: fc.constantFrom('invoice', 'payment'),
            amount: fc.integer({ min: 1, max: 100_000 }),
            currency: fc.constantFrom('EUR', 'PLN'),
            due: fc.option(fc.constantFrom('2026-01-01', '2026-06-14', '2026-06-15', '2026-12-31')),
          }),
          { maxLength: 15 },
        ),
        async (ops) => {
          const db = open();
          const ids = [];
          for (const name of ['A', 'B', 'C'])
            ids.push((await createClient(db, { name, emails: [] })).id);
          await readTotals(db, TODAY);
          for (const op of ops) {
            const id = ids[op.client]!;
            if (op.kind === 'invoice') await invoice(db, id, op.amount, op.currency, op.due);
            else await pay(db, id, null, op.amount, op.currency);
          }
          expect(strip(await readTotals(db, TODAY))).toEqual(await slowTotals(db, TODAY));
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });
});

function emptyOpen(clientId: string) {
  return {
    clientId,
    balances: {},
    credits: {},
    open: [],
    oldestDueDate: '2026-01-01',
    lastContactAt: null,
    lastReason: null,
    remindersSent: 0,
    eventCount: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('Dexie upgrade v2 → v3', () => {
  it('keeps v2 data and builds the totals cache from the summaries', async () => {
    const name = `firmly-upgrade-v3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('summaries').bulkAdd([
      {
        ...emptyOpen('c1'),
        balances: { EUR: 300 },
        open: [
          {
            invoiceId: 'i1',
            number: '1',
            currency: 'EUR',
            remainingMinor: 200,
            dueDate: '2026-01-01',
            disputed: false,
          },
          {
            invoiceId: 'i2',
            number: '2',
            currency: 'EUR',
            remainingMinor: 100,
            dueDate: null,
            disputed: false,
          },
        ],
      },
      { ...emptyOpen('c2'), balances: { EUR: -50 }, credits: { EUR: 50 } },
    ]);
    v2.close();

    const db = new FirmlyDB(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.summaries.count()).toBe(2);
    expect(await db.totals.get(BUILT_ID)).toBeDefined();
    expect(foldTotals(await db.totals.toArray(), TODAY)).toEqual([
      // c2's credit of 50 is shown apart; it no longer lowers c1's debt (issue 14).
      { currency: 'EUR', owedMinor: 300, overdueMinor: 200, disputedMinor: 0, creditMinor: 50 },
    ]);
    // And the cache keeps following from there.
    await db.summaries.delete('c2');
    expect((await readTotals(db, TODAY))[0]?.owedMinor).toBe(300);
  });

  it('upgrades straight from v1: v2 backfills the open lists, then v3 totals them', async () => {
    const name = `firmly-upgrade-v1-v3-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const base = {
      clientId: 'c1',
      currency: 'PLN',
      issueDate: '2026-01-01',
      source: manual,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await v1.table('invoices').bulkAdd([
      { ...base, id: 'i1', number: '1', amountMinor: 1000, dueDate: '2026-02-01', status: 'open' },
      { ...base, id: 'i2', number: '2', amountMinor: 700, dueDate: '2026-01-15', status: 'paid' },
    ]);
    const { open: _open, ...v1Summary } = emptyOpen('c1');
    await v1.table('summaries').add({ ...v1Summary, balances: { PLN: 1000 } });
    v1.close();

    const db = new FirmlyDB(name);
    dbs.push(db);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(strip(await readTotals(db, TODAY))).toEqual([
      { currency: 'PLN', owedMinor: 1000, overdueMinor: 1000, creditMinor: 0 },
    ]);
    expect(await db.totals.get(BUILT_ID)).toBeDefined();
  });

  it('bucketsOf ignores zero amounts and always marks the cache built', () => {
    const rows = bucketsOf([{ open: [], credits: { USD: 0 } }]);
    expect(rows).toEqual([{ id: BUILT_ID, currency: '', bucket: '#built', amountMinor: 0 }]);
  });
});
