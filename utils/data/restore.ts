/** Replaces the whole database with a validated export (see validate.ts). */
import type { FirmlyDB } from '@/utils/db/database';
import type { StoreContents } from './format';

/**
 * Empties every table and writes the file's records in ONE transaction: if any write fails the
 * database is left exactly as it was.
 */
export async function replaceAllData(db: FirmlyDB, stores: StoreContents): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    // bulkAdd (not bulkPut): a key collision must abort the transaction, not overwrite.
    await db.clients.bulkAdd(stores.clients);
    await db.invoices.bulkAdd(stores.invoices);
    await db.events.bulkAdd(stores.events);
    await db.followups.bulkAdd(stores.followups);
    await db.summaries.bulkAdd(stores.summaries);
    await db.replyCorrections.bulkAdd(stores.replyCorrections);
  });
}
