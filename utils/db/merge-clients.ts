/**
 * Merging duplicate clients (two records sharing an address, as concurrent tabs could create
 * before version 4). Pure: the upgrade applies the plan.
 */
import type { ClientRecord, InvoiceRecord, SummaryRecord } from './records';
import { emptySummary, nextSummary } from '@/utils/ledger/summary';
import { normalizeAddress } from './addresses';

export interface MergePlan {
  /** Every client that remains, by id, with its addresses normalised and merged. */
  clients: Map<string, ClientRecord>;
  /** Kept client id → the ids merged into it. */
  merges: Map<string, string[]>;
}

const older = (a: ClientRecord, b: ClientRecord): number =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Groups clients connected by a shared normalised address; the oldest of a group is kept. */
export function mergePlan(all: readonly ClientRecord[]): MergePlan {
  const parent = new Map<string, string>(all.map((c) => [c.id, c.id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const owner = new Map<string, string>();
  for (const c of all) {
    for (const raw of c.emails) {
      const email = normalizeAddress(raw);
      const other = owner.get(email);
      if (other) parent.set(root(c.id), root(other));
      else owner.set(email, c.id);
    }
  }
  const groups = new Map<string, ClientRecord[]>();
  for (const c of all) groups.set(root(c.id), [...(groups.get(root(c.id)) ?? []), c]);
  const plan: MergePlan = { clients: new Map(), merges: new Map() };
  for (const group of groups.values()) {
    const [keep, ...rest] = [...group].sort(older);
    const emails = [...new Set(group.flatMap((c) => c.emails.map(normalizeAddress)))];
    plan.clients.set(keep!.id, {
      ...keep!,
      emails,
      // "Not a client" on any copy is the user's word about all of them.
      ignored: group.some((c) => c.ignored),
    });
    if (rest.length)
      plan.merges.set(
        keep!.id,
        rest.map((c) => c.id),
      );
  }
  return plan;
}

/** One summary for the merged client: counters added up, balances rebuilt from its invoices. */
export function mergedSummary(
  clientId: string,
  summaries: readonly SummaryRecord[],
  invoices: InvoiceRecord[],
  nowIso = new Date().toISOString(),
): SummaryRecord {
  const prev = emptySummary(clientId, nowIso);
  for (const s of summaries) {
    for (const [cur, amount] of Object.entries(s.credits ?? {}))
      prev.credits[cur] = (prev.credits[cur] ?? 0) + amount;
    prev.eventCount += s.eventCount ?? 0;
    prev.remindersSent += s.remindersSent ?? 0;
    if (s.lastContactAt && (!prev.lastContactAt || s.lastContactAt > prev.lastContactAt)) {
      prev.lastContactAt = s.lastContactAt;
      prev.lastReason = s.lastReason ?? prev.lastReason;
    }
  }
  return nextSummary(prev, invoices, null, nowIso);
}
