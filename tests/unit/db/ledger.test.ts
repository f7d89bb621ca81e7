import { describe, expect, it } from 'vitest';
import { appendEvent, createClient, deleteClient } from '@/utils/db/repository';
import { admitObservation } from '@/utils/trust/admit';
import { EMPTY_PROFILE } from '@/utils/trust/model';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { overdueAsOf } from '@/utils/ledger/summary';
import { listClients } from '@/utils/ledger/queries';
import { freshDb, invoiceObservation } from '../helpers';

describe('debt log', () => {
  it('creates the client by e-mail and the invoice from an observation', async () => {
    const db = freshDb();
    const result = await applyObservation(db, invoiceObservation());
    expect(result.status).toBe('applied');
    const clients = await db.clients.toArray();
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({
      name: 'ACME Corp',
      emails: ['ap@acme.example'],
      domain: 'acme.example',
    });
    const invoices = await db.invoices.toArray();
    expect(invoices).toEqual([
      expect.objectContaining({
        number: 'INV-1',
        amountMinor: 125000,
        currency: 'USD',
        status: 'open',
      }),
    ]);
    const summary = await db.summaries.get(clients[0]!.id);
    expect(summary?.balances).toEqual({ USD: 125000 });
  });

  it('is idempotent: the same observation twice is one event', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation());
    const again = await applyObservation(db, invoiceObservation());
    expect(again.status).toBe('duplicate');
    expect(await db.events.count()).toBe(1);
    expect(await db.invoices.count()).toBe(1);
    expect(await db.clients.count()).toBe(1);
  });

  it('matches the same client by any address, case-insensitively', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation());
    await applyObservation(
      db,
      invoiceObservation({
        number: 'INV-2',
        counterparty: { email: 'AP@Acme.Example', name: null },
      }),
    );
    expect(await db.clients.count()).toBe(1);
  });

  it('keeps summaries in step: partial payment, payment without invoice, credits', async () => {
    const db = freshDb();
    const { clientId } = await applyObservation(
      db,
      invoiceObservation({ number: 'A', amountMinor: 10000, dueDate: '2026-10-01' }),
    );
    await applyObservation(
      db,
      invoiceObservation({ number: 'B', amountMinor: 5000, dueDate: '2026-12-01' }),
    );
    const id = clientId!;
    const inv = await db.invoices.where('number').equals('A').first();
    await appendEvent(db, {
      clientId: id,
      invoiceId: inv!.id,
      at: '2026-11-02T10:00:00.000Z',
      data: {
        type: 'payment_received',
        invoiceId: inv!.id,
        amountMinor: 4000,
        currency: 'USD',
        reference: null,
      },
      source: { kind: 'manual', url: null, messageId: null },
      idempotencyKey: 'pay-1',
    });
    let s = await db.summaries.get(id);
    expect(s?.balances).toEqual({ USD: 11000 });
    expect((await db.invoices.get(inv!.id))?.status).toBe('partly_paid');
    expect(overdueAsOf(s!, '2026-11-20')).toEqual({ overdue: { USD: 6000 }, daysOverdue: 50 });

    // A payment naming no invoice settles the oldest first; the excess becomes a credit.
    await appendEvent(db, {
      clientId: id,
      invoiceId: null,
      at: '2026-11-03T10:00:00.000Z',
      data: {
        type: 'payment_received',
        invoiceId: null,
        amountMinor: 12000,
        currency: 'USD',
        reference: 'TX-9',
      },
      source: { kind: 'manual', url: null, messageId: null },
      idempotencyKey: 'pay-2',
    });
    s = await db.summaries.get(id);
    expect(s?.balances).toEqual({ USD: -1000 });
    expect(s?.credits).toEqual({ USD: 1000 });
    expect(s?.open).toEqual([]);
    expect(s?.lastContactAt).toBe('2026-11-03T10:00:00.000Z');
    expect((await db.invoices.toArray()).map((i) => i.status).sort()).toEqual(['paid', 'paid']);
  });

  it('holds disputed invoices out of the overdue figure', async () => {
    const db = freshDb();
    const { clientId } = await applyObservation(
      db,
      invoiceObservation({ number: 'A', amountMinor: 10000, dueDate: '2026-10-01' }),
    );
    const inv = await db.invoices.toCollection().first();
    await appendEvent(db, {
      clientId: clientId!,
      invoiceId: inv!.id,
      at: '2026-11-02T10:00:00.000Z',
      data: { type: 'dispute_opened', invoiceId: inv!.id, note: 'Wrong hours' },
      source: { kind: 'manual', url: null, messageId: null },
      idempotencyKey: 'd-1',
    });
    const s = await db.summaries.get(clientId!);
    expect(s?.balances).toEqual({ USD: 10000 });
    expect(overdueAsOf(s!, '2026-11-20').overdue).toEqual({});
  });

  it('rejects an invalid event and changes nothing', async () => {
    const db = freshDb();
    const client = await createClient(db, { name: 'X', emails: ['x@x.example'] });
    await expect(
      appendEvent(db, {
        clientId: client.id,
        invoiceId: null,
        at: 'yesterday',
        data: { type: 'note', text: 'hi' },
        source: { kind: 'manual', url: null, messageId: null },
        idempotencyKey: 'bad',
      }),
    ).rejects.toThrow();
    expect(await db.events.count()).toBe(0);
    expect((await db.summaries.get(client.id))?.eventCount).toBe(0);
  });

  it('lists clients most urgent first and deletes a client with everything about it', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation({ number: 'A', dueDate: '2026-11-15' }));
    await applyObservation(
      db,
      invoiceObservation({
        number: 'Z',
        key: 'gmail:z',
        dueDate: '2026-09-01',
        counterparty: { email: 'late@slow.example', name: 'Slow Ltd' },
      }),
    );
    const list = await listClients(db, '2026-11-20');
    expect(list.map((c) => c.client.name)).toEqual(['Slow Ltd', 'ACME Corp']);
    await deleteClient(db, list[0]!.client.id);
    expect((await listClients(db, '2026-11-20')).map((c) => c.client.name)).toEqual(['ACME Corp']);
    expect(await db.events.count()).toBe(1);
  });
});

describe('invoice page status observations', () => {
  const page = (paidMinor: number) =>
    ({
      kind: 'status',
      key: 'site:stripe:INV-77',
      at: '2026-11-10T10:00:00.000Z',
      counterparty: { email: null, name: 'Harbor & Finch Inc.' },
      source: { kind: 'site', url: 'https://invoice.stripe.com/i/acct_1/test_1', messageId: null },
      invoice: {
        number: 'INV-77',
        amountMinor: 90000,
        currency: 'EUR',
        issueDate: '2026-11-01',
        dueDate: '2026-11-15',
      },
      paidMinor,
    }) as const;

  it('records the invoice once, then each newly paid part once, matching the client by name', async () => {
    const db = freshDb();
    expect((await applyObservation(db, page(0))).status).toBe('applied');
    expect((await applyObservation(db, page(0))).status).toBe('duplicate');
    expect((await applyObservation(db, page(30000))).status).toBe('applied');
    expect((await applyObservation(db, page(30000))).status).toBe('duplicate');
    expect(
      (
        await applyObservation(db, {
          ...page(90000),
          counterparty: { email: null, name: 'harbor & finch inc.' },
        })
      ).status,
    ).toBe('applied');
    expect((await applyObservation(db, page(90000))).status).toBe('duplicate');
    const payments = await db.events.where('type').equals('payment_received').toArray();
    const amounts = payments.map((p) =>
      p.data.type === 'payment_received' ? p.data.amountMinor : 0,
    );
    expect(amounts.sort((a, b) => a - b)).toEqual([30000, 60000]);
    expect(await db.clients.count()).toBe(1);
    expect((await db.invoices.toArray())[0]?.status).toBe('paid');
  });
});

describe('payment notices', () => {
  // Issue 11, finding 2: a notice no longer pays an invoice by its number whoever sent it; only
  // an approved processor or bank (or the user, or the client) may. See tests/unit/trust/.
  it('from an approved processor, credit the invoice with that number', async () => {
    const db = freshDb();
    const { clientId } = await applyObservation(
      db,
      invoiceObservation({ number: 'INV-9', amountMinor: 20000 }),
    );
    const res = await admitObservation(
      db,
      {
        kind: 'payment',
        key: 'gmail:pay-1',
        at: '2026-11-05T10:00:00.000Z',
        counterparty: { email: 'notifications@payments.example', name: 'Payments' },
        source: { kind: 'gmail', url: null, messageId: 'pay-1' },
        sender: 'notifications@payments.example',
        invoiceNumber: 'INV-9',
        amountMinor: 20000,
        currency: 'USD',
        reference: null,
      },
      { ...EMPTY_PROFILE, paymentSenders: ['payments.example'] },
    );
    expect(res.clientId).toBe(clientId);
    expect(await db.clients.count()).toBe(1);
    expect((await db.invoices.toArray())[0]?.status).toBe('paid');
  });
});
