/**
 * Finds clients through indexes only, by prefix: of any word of the name, folded for case and
 * diacritics ("finch" and "lodz" find "Harbor & Finch Inc." and "Łódź Sp. z o.o.", see
 * search-tokens.ts), of an e-mail address, or of an invoice number. Only when none of them
 * matched does a substring scan of the clients run ("abka" finds "Żabka"), which stops as soon as
 * it has `limit` matches.
 */
import type { FirmlyDB } from '@/utils/db/database';
import type { ClientListItem } from '@/utils/ledger/queries';
import { listItem } from './client-page';
import { compareUrgency } from './urgency';
import { searchPrefix } from './search-tokens';

/** Clients matching `query`, most urgent first, at most `limit`. */
export async function searchClients(
  db: FirmlyDB,
  query: string,
  today: string,
  limit: number,
): Promise<ClientListItem[]> {
  const q = query.trim();
  if (!q) return [];
  const lower = q.toLowerCase();
  const prefix = searchPrefix(q);
  const [byEmail, byName, byInvoice] = await Promise.all([
    db.clients.where('emails').startsWith(lower).limit(limit).primaryKeys(),
    prefix
      ? db.clients.where('searchTokens').startsWith(prefix).distinct().limit(limit).primaryKeys()
      : [],
    db.invoices
      .where('number')
      .startsWithIgnoreCase(q)
      .limit(limit * 4)
      .toArray((rows) => rows.map((r) => r.clientId)),
  ]);
  const ids = new Set<string>([...byInvoice, ...byName, ...byEmail]);
  // The substring scan reads every client in the worst case: only when no prefix matched.
  if (ids.size === 0) {
    const more = await db.clients
      .filter(
        (c) =>
          !ids.has(c.id) &&
          (c.name.toLowerCase().includes(lower) || c.emails.some((e) => e.includes(lower))),
      )
      .limit(limit - ids.size)
      .primaryKeys();
    more.forEach((id) => ids.add(id));
  }
  const list = [...ids];
  const [clients, summaries] = await Promise.all([
    db.clients.bulkGet(list),
    db.summaries.bulkGet(list),
  ]);
  const rows: ClientListItem[] = [];
  clients.forEach((c, i) => {
    if (c && !c.ignored) rows.push(listItem(c, summaries[i], today));
  });
  return rows.sort(compareUrgency).slice(0, limit);
}
