/**
 * The popup's order of clients, most urgent first: the earliest undisputed due date still open
 * (the most days late, then the soonest due), then the overdue amount, then what is owed, then
 * the name. Keyed on one stored date, so the first page can be read through an index.
 */
import type { SummaryRecord } from '@/utils/db/records';
import type { ClientListItem } from '@/utils/ledger/queries';

/** Earliest due date among undisputed open items with money left; null when there is none. */
export function urgencyDate(summary: Pick<SummaryRecord, 'open'>): string | null {
  let best: string | null = null;
  for (const item of summary.open) {
    if (item.disputed || !item.dueDate || item.remainingMinor <= 0) continue;
    if (best === null || item.dueDate < best) best = item.dueDate;
  }
  return best;
}

const positiveSum = (r: Record<string, number>): number =>
  Object.values(r).reduce((s, v) => s + (v > 0 ? v : 0), 0);

/** Comparator for `Array.prototype.sort`: negative when `a` is more urgent than `b`. */
export function compareUrgency(a: ClientListItem, b: ClientListItem): number {
  const da = urgencyDate(a.summary);
  const db = urgencyDate(b.summary);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  }
  return (
    positiveSum(b.overdue.overdue) - positiveSum(a.overdue.overdue) ||
    positiveSum(b.summary.balances) - positiveSum(a.summary.balances) ||
    a.client.name.localeCompare(b.client.name) ||
    a.client.id.localeCompare(b.client.id)
  );
}
