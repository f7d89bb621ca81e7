import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { FirmlyDB, SCHEMA_V1 } from '@/utils/db/database';

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
