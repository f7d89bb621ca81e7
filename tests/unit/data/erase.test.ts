import { describe, expect, it } from 'vitest';
import { eraseAllData, readAllStores } from '@/utils/data';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { freshDb, invoiceObservation } from '../helpers';
import { tableCounts } from './seed';

describe('eraseAllData', () => {
  it('empties every table of the database, including ones export does not name', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation({ number: 'A-1' }));
    await applyObservation(db, invoiceObservation({ number: 'A-2' }));
    expect((await tableCounts(db)).events).toBe(2);
    await eraseAllData(db);
    const counts = await tableCounts(db);
    expect(Object.keys(counts).sort()).toEqual(db.tables.map((t) => t.name).sort());
    expect(Object.values(counts)).toEqual(db.tables.map(() => 0));
    expect(await readAllStores(db)).toEqual({
      clients: [],
      invoices: [],
      events: [],
      followups: [],
      summaries: [],
      replyCorrections: [],
    });
  });
});
