/**
 * The popup's client list, one page at a time, without reading every client: the most urgent
 * clients come from the summaries' `oldestDueDate` index, and the scan stops as soon as no later
 * entry can beat the page's last row.
 */
import type { FirmlyDB } from '@/utils/db/database';
import type { ClientRecord, SummaryRecord } from '@/utils/db/records';
import type { ClientListItem } from '@/utils/ledger/queries';
import { emptySummary, overdueAsOf } from '@/utils/ledger/summary';
import { readTotals, type CurrencyTotal } from '@/utils/db/totals';
import { compareUrgency, urgencyDate } from './urgency';

export interface ClientPage {
  /** Rows `offset … offset + limit`, most urgent first. */
  items: ClientListItem[];
  /** True when rows exist after this page. */
  hasMore: boolean;
  /** Portfolio totals per currency (all clients), as of `today`. */
  totals: CurrencyTotal[];
}

/** A list row from a client and its summary. */
export function listItem(
  client: ClientRecord,
  summary: SummaryRecord | undefined,
  today: string,
): ClientListItem {
  const s = summary ?? emptySummary(client.id, client.createdAt);
  return {
    client: { id: client.id, name: client.name, emails: client.emails, language: client.language },
    summary: s,
    overdue: overdueAsOf(s, today),
  };
}

/** Inserts `value` into the ascending array `sorted`, keeping at most `cap` smallest values. */
function keepSmallest(sorted: string[], value: string, cap: number): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! > value) i -= 1;
  if (i >= cap) return;
  sorted.splice(i, 0, value);
  if (sorted.length > cap) sorted.pop();
}

/**
 * Summaries in `oldestDueDate` order until `want` of them have an urgency date no later than
 * any entry still unread. `oldestDueDate` never exceeds the urgency date (it also counts disputed
 * items), so an entry whose `oldestDueDate` is past the `want`-th best date cannot enter the page.
 * Read in growing chunks: the first one (a single getAll) is nearly always enough.
 */
async function scanDated(
  db: FirmlyDB,
  want: number,
): Promise<{ summaries: SummaryRecord[]; complete: boolean }> {
  const dates: string[] = [];
  const read: SummaryRecord[] = [];
  let size = want + 8;
  for (;;) {
    const ordered = db.summaries.orderBy('oldestDueDate');
    // No offset on the first read: Dexie then answers with one getAll instead of a cursor.
    const chunk = await (read.length ? ordered.offset(read.length) : ordered).limit(size).toArray();
    for (const s of chunk) {
      const nth = dates[want - 1];
      if (nth !== undefined && (s.oldestDueDate ?? '') > nth)
        return { summaries: read, complete: false };
      read.push(s);
      const d = urgencyDate(s);
      if (d) keepSmallest(dates, d, want);
    }
    if (chunk.length < size) return { summaries: read, complete: true };
    size *= 2;
  }
}

/** Rows for summaries whose client exists and is not marked "not a client". */
async function rowsFor(
  db: FirmlyDB,
  summaries: SummaryRecord[],
  today: string,
): Promise<{ rows: ClientListItem[]; dropped: number }> {
  const clients = await db.clients.bulkGet(summaries.map((s) => s.clientId));
  const rows: ClientListItem[] = [];
  let dropped = 0;
  summaries.forEach((s, i) => {
    const c = clients[i];
    if (!c || c.ignored) dropped += 1;
    else rows.push(listItem(c, s, today));
  });
  return { rows, dropped };
}

/** The first `want` rows in urgency order. */
async function topRows(db: FirmlyDB, want: number, today: string): Promise<ClientListItem[]> {
  let target = want;
  for (;;) {
    const { summaries, complete } = await scanDated(db, target);
    const dated = summaries.filter((s) => urgencyDate(s) !== null);
    const { rows, dropped } = await rowsFor(db, dated, today);
    if (!complete && rows.length < want) {
      // Some of the best were "not a client": read further by as many.
      target += Math.max(dropped, 1);
      continue;
    }
    if (rows.length >= want || !complete) return rows.sort(compareUrgency).slice(0, want);
    // Every dated client fits: the rest (nothing due by a date, or only disputed) follow.
    const undatedSummaries = [
      ...summaries.filter((s) => urgencyDate(s) === null),
      ...(await db.summaries.filter((s) => s.oldestDueDate === null).toArray()),
    ];
    const undated = await rowsFor(db, undatedSummaries, today);
    // Clients with no summary row at all (should not happen, but never hide a client).
    const known = new Set([...summaries, ...undatedSummaries].map((s) => s.clientId));
    const orphans =
      (await db.clients.count()) > known.size
        ? (await db.clients.filter((c) => !known.has(c.id) && !c.ignored).toArray()).map((c) =>
            listItem(c, undefined, today),
          )
        : [];
    return [
      ...rows.sort(compareUrgency),
      ...[...undated.rows, ...orphans].sort(compareUrgency),
    ].slice(0, want);
  }
}

/** One page of the client list plus the portfolio totals. */
export async function clientPage(
  db: FirmlyDB,
  today: string,
  offset: number,
  limit: number,
): Promise<ClientPage> {
  const [rows, totals] = await Promise.all([
    topRows(db, offset + limit + 1, today),
    readTotals(db, today),
  ]);
  return {
    items: rows.slice(offset, offset + limit),
    hasMore: rows.length > offset + limit,
    totals,
  };
}
