/**
 * Reads for the popup and the Gmail panel. They use the summaries and indexes only; nothing
 * scans the event log.
 */
import type { FirmlyDB } from '@/utils/db/database';
import type { ClientRecord, EventRecord, InvoiceRecord, SummaryRecord } from '@/utils/db/records';
import { emptySummary, overdueAsOf, type Overdue } from './summary';
import { effectiveEvents, voidedEntries, type VoidedEntry } from './voids';

export interface ClientListItem {
  client: Pick<ClientRecord, 'id' | 'name' | 'emails' | 'language'>;
  summary: SummaryRecord;
  overdue: Overdue;
}

/** Most urgent first: days late, then the overdue total, then the open total, then name. */
export function byUrgency(a: ClientListItem, b: ClientListItem): number {
  return (
    b.overdue.daysOverdue - a.overdue.daysOverdue ||
    sumValues(b.overdue.overdue) - sumValues(a.overdue.overdue) ||
    sumValues(b.summary.balances) - sumValues(a.summary.balances) ||
    a.client.name.localeCompare(b.client.name)
  );
}

const sumValues = (r: Record<string, number>): number =>
  Object.values(r).reduce((s, v) => s + v, 0);

/** Clients not marked "not a client", with their summaries, sorted by urgency. */
export async function listClients(db: FirmlyDB, today: string): Promise<ClientListItem[]> {
  const [clients, summaries] = await Promise.all([db.clients.toArray(), db.summaries.toArray()]);
  const byId = new Map(summaries.map((s) => [s.clientId, s]));
  return clients
    .filter((c) => !c.ignored)
    .map((c) => {
      const summary = byId.get(c.id) ?? emptySummary(c.id, c.createdAt);
      return {
        client: { id: c.id, name: c.name, emails: c.emails, language: c.language },
        summary,
        overdue: overdueAsOf(summary, today),
      };
    })
    .sort(byUrgency);
}

export interface ClientDetail {
  client: ClientRecord;
  summary: SummaryRecord;
  overdue: Overdue;
  invoices: InvoiceRecord[];
  /** Newest first, at most `eventLimit` read; deleted (voided) entries and the voids left out. */
  events: EventRecord[];
  /** The deleted entries among those read, newest first, each with the void that cancelled it. */
  voided: VoidedEntry[];
  /** How many log rows were read (the timeline says when the log was cut at the limit). */
  read: number;
}

export async function getClientDetail(
  db: FirmlyDB,
  clientId: string,
  today: string,
  eventLimit = 500,
): Promise<ClientDetail | null> {
  const client = await db.clients.get(clientId);
  if (!client) return null;
  const [summary, invoices, events] = await Promise.all([
    db.summaries.get(clientId),
    db.invoices.where('clientId').equals(clientId).toArray(),
    db.events
      .where('[clientId+at]')
      .between([clientId, ''], [clientId, '\uffff'])
      .reverse()
      .limit(eventLimit)
      .toArray(),
  ]);
  const s = summary ?? emptySummary(clientId, client.createdAt);
  return {
    client,
    summary: s,
    overdue: overdueAsOf(s, today),
    invoices,
    events: effectiveEvents(events),
    voided: voidedEntries(events),
    read: events.length,
  };
}
