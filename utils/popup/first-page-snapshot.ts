/**
 * The popup's first screen as last answered: the background keeps its latest answer to the first
 * `ui-bg:clientPage` in `storage.session` (memory only, gone when the browser closes), and
 * forgets it whenever the ledger changes. The popup paints it at once, then asks the background
 * again and repaints (stale-while-revalidate), so opening the popup does not wait for the
 * service worker and IndexedDB. Plain checks, not zod: this is read before the first paint and
 * zod stays out of that bundle; anything unexpected is ignored and the popup asks as before.
 */
import type { ClientPage } from '@/utils/ledger/client-page';

export const FIRST_PAGE_KEY = 'popupFirstPage';
const VERSION = 1;

export interface FirstPageSnapshot {
  v: typeof VERSION;
  /** The day the page was computed for: overdue amounts change with it. */
  today: string;
  limit: number;
  page: ClientPage;
}

export function firstPageSnapshot(
  today: string,
  limit: number,
  page: ClientPage,
): FirstPageSnapshot {
  return { v: VERSION, today, limit, page };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** The page of a stored snapshot when it was made for `today` and `limit` rows; else null. */
export function pageFromSnapshot(raw: unknown, today: string, limit: number): ClientPage | null {
  if (!isObject(raw) || raw.v !== VERSION || raw.today !== today || raw.limit !== limit)
    return null;
  const page = raw.page;
  if (!isObject(page) || !Array.isArray(page.items) || !Array.isArray(page.totals)) return null;
  if (typeof page.hasMore !== 'boolean' || page.items.length > limit) return null;
  const rowsOk = page.items.every(
    (row: unknown) =>
      isObject(row) &&
      isObject(row.client) &&
      typeof row.client.id === 'string' &&
      typeof row.client.name === 'string' &&
      Array.isArray(row.client.emails) &&
      isObject(row.summary) &&
      Array.isArray(row.summary.open) &&
      isObject(row.summary.balances) &&
      isObject(row.overdue) &&
      isObject(row.overdue.overdue) &&
      typeof row.overdue.daysOverdue === 'number',
  );
  return rowsOk ? (page as unknown as ClientPage) : null;
}
