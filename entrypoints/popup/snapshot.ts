/** Reads the first-page snapshot the background left (see utils/popup/first-page-snapshot.ts). */
import { browser } from '#imports';
import type { ClientPage } from '@/utils/ledger/client-page';
import { FIRST_PAGE_KEY, pageFromSnapshot } from '@/utils/popup/first-page-snapshot';

export async function readFirstPageSnapshot(
  today: string,
  limit: number,
): Promise<ClientPage | null> {
  try {
    const stored = await browser.storage.session.get(FIRST_PAGE_KEY);
    return pageFromSnapshot(stored[FIRST_PAGE_KEY], today, limit);
  } catch {
    return null;
  }
}
