import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FirmlyDB } from '@/utils/db/database';
import { addInvoice, appendEvent, createClient, updateClient } from '@/utils/db/repository';
import { clientPage, listItem } from '@/utils/ledger/client-page';
import { searchClients } from '@/utils/ledger/client-search';
import { compareUrgency } from '@/utils/ledger/urgency';
import { InvoiceEditError, updateInvoice } from '@/utils/ledger/invoice-edit';
import { readTotals } from '@/utils/db/totals';
import { freshDb } from '../helpers';

const manual = { kind: 'manual' as const, url: null, messageId: null };
const TODAY = '2026-06-15';
let seq = 0;
let dbs: FirmlyDB[] = [];
afterEach(() => {
  dbs.forEach((db) => db.close());
  dbs = [];
});
const open = () => {
  const db = freshDb();
  dbs.push(db);
  return db;
};

async function inv(
  db: FirmlyDB,
  clientId: string,
  amount: number,
  due: string | null,
  number = `P-${++seq}`,
  currency = 'EUR',
) {
  return (
    await addInvoice(
      db,
      {
        clientId,
        number,
        amountMinor: amount,
        currency,
        issueDate: '2026-01-01',
        dueDate: due,
        source: manual,
      },
      { idempotencyKey: `pk-${++seq}`, at: '2026-01-01T09:00:00.000Z', eventType: 'invoice_added' },
    )
  ).invoice;
}

async function dispute(db: FirmlyDB, clientId: string, invoiceId: string) {
  await appendEvent(db, {
    clientId,
    invoiceId,
    at: '2026-02-01T00:00:00.000Z',
    data: { type: 'dispute_opened', invoiceId, note: '' },
    source: manual,
    idempotencyKey: `pd-${++seq}`,
  });
}

/** The whole list the slow way: every client, sorted by the same comparator. */
async function everything(db: FirmlyDB) {
  const [clients, summaries] = await Promise.all([db.clients.toArray(), db.summaries.toArray()]);
  const byId = new Map(summaries.map((s) => [s.clientId, s]));
  return clients
    .filter((c) => !c.ignored)
    .map((c) => listItem(c, byId.get(c.id), TODAY))
    .sort(compareUrgency)
    .map((r) => r.client.name);
}

describe('client list pages', () => {
  it('puts the most days late first, then the soonest due, then undated debts, then the paid-up', async () => {
    const db = open();
    const paid = await createClient(db, { name: 'Paid Up', emails: [] });
    const soon = await createClient(db, { name: 'Due Soon', emails: [] });
    const late = await createClient(db, { name: 'Very Late', emails: [] });
    const lateBig = await createClient(db, { name: 'Late Big', emails: [] });
    const undated = await createClient(db, { name: 'No Date', emails: [] });
    const disputedOnly = await createClient(db, { name: 'Disputed Oldest', emails: [] });
    await inv(db, soon.id, 100, '2026-06-20');
    await inv(db, late.id, 100, '2026-03-01');
    await inv(db, lateBig.id, 9_000, '2026-05-01');
    await inv(db, lateBig.id, 50, '2026-05-01');
    await inv(db, undated.id, 700, null);
    // Its oldest invoice is disputed: it ranks by its undisputed one (not yet due).
    const old = await inv(db, disputedOnly.id, 500, '2025-01-01');
    await dispute(db, disputedOnly.id, old.id);
    await inv(db, disputedOnly.id, 10, '2026-07-30');
    void paid;
    const page = await clientPage(db, TODAY, 0, 10);
    expect(page.items.map((r) => r.client.name)).toEqual([
      'Very Late',
      'Late Big',
      'Due Soon',
      'Disputed Oldest',
      'No Date',
      'Paid Up',
    ]);
    expect(page.hasMore).toBe(false);
    expect(page.items[0]?.overdue.daysOverdue).toBe(106);
    expect(page.totals).toEqual(await readTotals(db, TODAY));
  });

  it('pages through the same order as sorting everything, skipping "not a client" (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            due: fc.option(
              fc.constantFrom('2026-01-01', '2026-03-10', '2026-06-14', '2026-06-15', '2026-09-01'),
              { nil: null },
            ),
            amount: fc.integer({ min: 1, max: 10_000 }),
            invoices: fc.integer({ min: 0, max: 2 }),
            disputeFirst: fc.boolean(),
            ignored: fc.boolean(),
          }),
          { maxLength: 14 },
        ),
        fc.integer({ min: 1, max: 5 }),
        async (specs, pageSize) => {
          const db = freshDb();
          let n = 0;
          for (const s of specs) {
            const c = await createClient(db, {
              name: `C${String(++n).padStart(2, '0')}`,
              emails: [],
            });
            for (let k = 0; k < s.invoices; k += 1) {
              const i = await inv(db, c.id, s.amount * (k + 1), k === 0 ? s.due : '2026-04-04');
              if (k === 0 && s.disputeFirst) await dispute(db, c.id, i.id);
            }
            if (s.ignored) await updateClient(db, c.id, { ignored: true });
          }
          const all = await everything(db);
          const paged: string[] = [];
          for (let offset = 0; ; offset += pageSize) {
            const page = await clientPage(db, TODAY, offset, pageSize);
            paged.push(...page.items.map((r) => r.client.name));
            if (!page.hasMore) break;
          }
          expect(paged).toEqual(all);
          db.close();
        },
      ),
      { numRuns: 30 },
    );
  });

  it('reads only a few summaries for the first page of a large list', async () => {
    const db = open();
    for (let i = 0; i < 120; i += 1) {
      const c = await createClient(db, { name: `Client ${i}`, emails: [] });
      await inv(
        db,
        c.id,
        100 + i,
        `2026-0${1 + (i % 5)}-${String(10 + (i % 18)).padStart(2, '0')}`,
      );
    }
    await readTotals(db, TODAY); // the totals cache is built once, not per page
    let read = 0;
    db.summaries.hook('reading', (s) => {
      read += 1;
      return s;
    });
    const page = await clientPage(db, TODAY, 0, 10);
    expect(page.items).toHaveLength(10);
    // 11 rows are wanted (one more tells whether there are more); ties on the last due date add
    // a handful. Far from reading all 120.
    expect(read).toBeLessThan(40);
    expect(page.items.map((r) => r.client.name)).toEqual((await everything(db)).slice(0, 10));
  });
});

describe('client search', () => {
  it('finds clients by name, address or invoice number, most urgent first', async () => {
    const db = open();
    const a = await createClient(db, { name: 'Acme Corp', emails: ['ap@acme.example'] });
    const b = await createClient(db, { name: 'Żabka Studio', emails: ['billing@zabka.example'] });
    const c = await createClient(db, { name: 'Ольга Петрова', emails: ['olga@mail.example'] });
    const hidden = await createClient(db, { name: 'Acme Spam', emails: ['x@acme.example'] });
    await updateClient(db, hidden.id, { ignored: true });
    await inv(db, a.id, 100, '2026-06-01', 'FV/2026/06/001');
    await inv(db, b.id, 100, '2026-01-01', 'INV-77');
    await inv(db, c.id, 100, null, 'INV-78');
    const names = async (q: string) =>
      (await searchClients(db, q, TODAY, 10)).map((r) => r.client.name);
    expect(await names('acme')).toEqual(['Acme Corp']);
    expect(await names('żab')).toEqual(['Żabka Studio']);
    expect(await names('ольга')).toEqual(['Ольга Петрова']);
    expect(await names('BILLING@')).toEqual(['Żabka Studio']);
    expect(await names('fv/2026')).toEqual(['Acme Corp']);
    expect(await names('inv-7')).toEqual(['Żabka Studio', 'Ольга Петрова']);
    // Substring of a name, not a prefix.
    expect(await names('studio')).toEqual(['Żabka Studio']);
    expect(await names('петров')).toEqual(['Ольга Петрова']);
    expect(await names('nobody')).toEqual([]);
    expect(await names('   ')).toEqual([]);
  });
});

describe('invoice correction', () => {
  it('changes amount and dates and keeps the summary and totals in step', async () => {
    const db = open();
    const c = await createClient(db, { name: 'Fix', emails: [] });
    const i = await inv(db, c.id, 1000, '2026-07-01');
    await readTotals(db, TODAY);
    const next = await updateInvoice(db, i.id, {
      amountMinor: 1500,
      dueDate: '2026-05-01',
      number: ' FIX-1 ',
    });
    expect(next).toMatchObject({
      amountMinor: 1500,
      dueDate: '2026-05-01',
      number: 'FIX-1',
      status: 'open',
    });
    const s = await db.summaries.get(c.id);
    expect(s?.balances).toEqual({ EUR: 1500 });
    expect(s?.oldestDueDate).toBe('2026-05-01');
    expect((await readTotals(db, TODAY))[0]).toMatchObject({ owedMinor: 1500, overdueMinor: 1500 });
    await updateInvoice(db, i.id, { writtenOff: true });
    expect((await db.summaries.get(c.id))?.balances).toEqual({});
    expect(await readTotals(db, TODAY)).toEqual([]);
    expect((await updateInvoice(db, i.id, { writtenOff: false })).status).toBe('open');
  });

  it('refuses an amount below what is paid, a currency change after payment, and a duplicate number', async () => {
    const db = open();
    const c = await createClient(db, { name: 'Strict', emails: [] });
    const i = await inv(db, c.id, 1000, null, 'A-1');
    await inv(db, c.id, 10, null, 'A-2');
    await appendEvent(db, {
      clientId: c.id,
      invoiceId: i.id,
      at: '2026-02-01T00:00:00.000Z',
      data: {
        type: 'payment_received',
        invoiceId: i.id,
        amountMinor: 600,
        currency: 'EUR',
        reference: null,
      },
      source: manual,
      idempotencyKey: 'pay-strict',
    });
    const code = async (p: Parameters<typeof updateInvoice>[2]) =>
      updateInvoice(db, i.id, p).then(
        () => 'ok',
        (e: unknown) => (e instanceof InvoiceEditError ? e.code : 'other'),
      );
    expect(await code({ amountMinor: 599 })).toBe('below_paid');
    expect(await code({ currency: 'USD' })).toBe('currency_after_payment');
    expect(await code({ number: 'A-2' })).toBe('duplicate_number');
    expect(await code({ amountMinor: 600 })).toBe('ok');
    expect((await db.invoices.get(i.id))?.status).toBe('paid');
    expect(await updateInvoice(db, 'nope', {}).catch((e: InvoiceEditError) => e.code)).toBe(
      'not_found',
    );
  });
});
