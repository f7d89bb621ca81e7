/**
 * What the scale benches share about the extension's own IndexedDB, reached through its
 * service worker. (Their seeders run inside the worker via `evaluate`, so they stay self-contained.)
 */
import type { Worker } from 'playwright-core';

/** Waits until the extension has created the database at its current version (with `totals`). */
export async function waitForSchema(worker: Worker): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    const ready = await worker.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const req = indexedDB.open('firmly');
          req.onsuccess = () => {
            const ok = req.result.objectStoreNames.contains('totals');
            req.result.close();
            resolve(ok);
          };
          req.onerror = () => resolve(false);
        }),
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension never created its database');
}
