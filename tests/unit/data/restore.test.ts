import { describe, expect, it } from 'vitest';
import { readAllStores, replaceAllData } from '@/utils/data';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { freshDb, invoiceObservation } from '../helpers';

describe('replaceAllData', () => {
  it('is one transaction: a write that fails half-way leaves the old data in place', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation({ number: 'OLD-1' }));
    const before = await readAllStores(db);
    const incoming = structuredClone(before);
    incoming.clients[0] = { ...incoming.clients[0]!, name: 'New name' };
    // Two events with one idempotency key: the unique index makes the events write fail after
    // the stores before it were cleared and refilled.
    incoming.events.push({ ...incoming.events[0]!, id: 'second' });
    await expect(replaceAllData(db, incoming)).rejects.toThrow();
    expect(await readAllStores(db)).toEqual(before);
  });

  it('replaces, not merges: records absent from the file are gone', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation({ number: 'A-1' }));
    const first = await readAllStores(db);
    await applyObservation(
      db,
      invoiceObservation({
        number: 'B-1',
        counterparty: { email: 'b@other.example', name: 'Other' },
      }),
    );
    expect((await readAllStores(db)).clients).toHaveLength(2);
    await replaceAllData(db, first);
    expect(await readAllStores(db)).toEqual(first);
  });
});
