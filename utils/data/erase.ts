/** The user's right to erase: every store emptied in one transaction. */
import type { FirmlyDB } from '@/utils/db/database';

/** Clears every table of the database at once; either all of it goes or nothing does. */
export async function eraseAllData(db: FirmlyDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
