import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FirmlyDB, SCHEMA_V1, SCHEMA_V3 } from '@/utils/db/database';

describe('Dexie upgrade v1 → v2', () => {
  it('keeps v1 data and backfills paidMinor, ignored and the summary open list', async () => {
    const name = `firmly-upgrade-${Math.random()}`;
    // Write real version-1 data with the v1 schema only.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('clients').add({
      id: 'c1',
      name: 'ACME',
      emails: ['ap@acme.example'],
      domain: 'acme.example',
      language: 'en',
      defaultCurrency: 'USD',
      notes: '',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    const base = {
      clientId: 'c1',
      currency: 'USD',
      issueDate: '2026-01-01',
      source: { kind: 'manual', url: null, messageId: null },
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await v1.table('invoices').bulkAdd([
      { ...base, id: 'i1', number: '1', amountMinor: 1000, dueDate: '2026-02-01', status: 'open' },
      { ...base, id: 'i2', number: '2', amountMinor: 700, dueDate: '2026-01-15', status: 'paid' },
    ]);
    await v1.table('summaries').add({
      clientId: 'c1',
      balances: { USD: 1000 },
      credits: {},
      oldestDueDate: '2026-02-01',
      lastContactAt: null,
      lastReason: null,
      remindersSent: 0,
      eventCount: 2,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    v1.close();

    const db = new FirmlyDB(name);
    await db.open();
    // Opening v1 data runs every later upgrade in order.
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const client = await db.clients.get('c1');
    expect(client?.ignored).toBe(false);
    const invoices = await db.invoices.orderBy('id').toArray();
    expect(invoices.map((i) => [i.id, i.paidMinor])).toEqual([
      ['i1', 0],
      ['i2', 700],
    ]);
    const summary = await db.summaries.get('c1');
    expect(summary?.open).toEqual([
      {
        invoiceId: 'i1',
        number: '1',
        currency: 'USD',
        remainingMinor: 1000,
        dueDate: '2026-02-01',
        disputed: false,
      },
    ]);
    // The new compound index works on upgraded data.
    expect(await db.invoices.where('[clientId+status]').equals(['c1', 'open']).count()).toBe(1);
    db.close();
  });
});

describe('Dexie upgrade v3 → v4 (issue 11, finding 5)', () => {
  it('merges the duplicate clients two tabs created, keeps every record, and fills addresses', async () => {
    const name = `firmly-upgrade-v4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    const client = (id: string, emails: string[], createdAt: string) => ({
      id,
      name: 'ACME',
      emails,
      domain: 'acme.example',
      language: null,
      defaultCurrency: null,
      notes: '',
      ignored: false,
      createdAt,
    });
    await v3
      .table('clients')
      .bulkAdd([
        client('c-old', ['ap@acme.example'], '2026-01-01T00:00:00.000Z'),
        client('c-dup', ['ap@acme.example', 'cfo@acme.example'], '2026-01-01T00:00:01.000Z'),
        client('c-other', ['x@other.example'], '2026-01-02T00:00:00.000Z'),
      ]);
    const source = { kind: 'gmail', url: null, messageId: null };
    const invoice = (id: string, clientId: string, number: string, amountMinor: number) => ({
      id,
      clientId,
      number,
      amountMinor,
      paidMinor: 0,
      currency: 'EUR',
      issueDate: null,
      dueDate: '2026-02-01',
      status: 'open',
      source,
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await v3
      .table('invoices')
      .bulkAdd([
        invoice('i1', 'c-old', '1', 1000),
        invoice('i2', 'c-dup', '2', 500),
        invoice('i3', 'c-other', '3', 700),
      ]);
    await v3.table('events').bulkAdd(
      ['c-old', 'c-dup'].map((clientId, n) => ({
        id: `e${n}`,
        clientId,
        invoiceId: n ? 'i2' : 'i1',
        type: 'invoice_seen',
        at: '2026-01-01T00:00:00.000Z',
        data: { type: 'invoice_seen', invoiceId: n ? 'i2' : 'i1', amountMinor: 1, currency: 'EUR' },
        source,
        idempotencyKey: `k${n}`,
        recordedAt: '2026-01-01T00:00:00.000Z',
      })),
    );
    const summary = (clientId: string, eur: number) => ({
      clientId,
      balances: { EUR: eur },
      credits: {},
      open: [],
      oldestDueDate: null,
      lastContactAt: null,
      lastReason: null,
      remindersSent: 1,
      eventCount: 1,
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    await v3
      .table('summaries')
      .bulkAdd([summary('c-old', 1000), summary('c-dup', 500), summary('c-other', 700)]);
    v3.close();

    const db = new FirmlyDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    const clients = await db.clients.orderBy('id').toArray();
    expect(clients.map((c) => [c.id, c.emails])).toEqual([
      ['c-old', ['ap@acme.example', 'cfo@acme.example']],
      ['c-other', ['x@other.example']],
    ]);
    expect((await db.invoices.orderBy('id').toArray()).map((i) => [i.id, i.clientId])).toEqual([
      ['i1', 'c-old'],
      ['i2', 'c-old'],
      ['i3', 'c-other'],
    ]);
    expect(await db.events.where('clientId').equals('c-old').count()).toBe(2);
    const merged = await db.summaries.get('c-old');
    expect(merged).toMatchObject({ balances: { EUR: 1500 }, remindersSent: 2, eventCount: 2 });
    expect(await db.summaries.get('c-dup')).toBeUndefined();
    expect(
      (await db.addresses.orderBy('email').toArray()).map((a) => [a.email, a.clientId]),
    ).toEqual([
      ['ap@acme.example', 'c-old'],
      ['cfo@acme.example', 'c-old'],
      ['x@other.example', 'c-other'],
    ]);
    db.close();
  });
});
