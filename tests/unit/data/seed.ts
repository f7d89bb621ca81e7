/** Test helpers: write generated store contents straight into a database, and read it back. */
import type { FirmlyDB } from '@/utils/db/database';
import type { StoreContents } from '@/utils/data';

/** Writes records as they are, bypassing the repository (the round trip must not depend on it). */
export async function seedStores(db: FirmlyDB, stores: StoreContents): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.clients.bulkAdd(stores.clients);
    await db.invoices.bulkAdd(stores.invoices);
    await db.events.bulkAdd(stores.events);
    await db.followups.bulkAdd(stores.followups);
    await db.summaries.bulkAdd(stores.summaries);
    await db.replyCorrections.bulkAdd(stores.replyCorrections);
  });
}

/** Record counts of every table the database really has (not only the ones export knows). */
export async function tableCounts(db: FirmlyDB): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of db.tables) out[table.name] = await table.count();
  return out;
}

/** Sorts each store by primary key, as IndexedDB returns them. */
export function sortedStores(stores: StoreContents): StoreContents {
  const byId = <T extends { id: string }>(r: T[]) => [...r].sort((a, b) => cmp(a.id, b.id));
  return {
    clients: byId(stores.clients),
    invoices: byId(stores.invoices),
    events: byId(stores.events),
    followups: byId(stores.followups),
    summaries: [...stores.summaries].sort((a, b) => cmp(a.clientId, b.clientId)),
    replyCorrections: byId(stores.replyCorrections),
  };
}

// IndexedDB orders string keys by UTF-16 code units, like < on strings (not localeCompare).
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
