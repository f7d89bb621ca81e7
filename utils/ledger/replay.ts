/**
 * What voiding or restoring an entry changes in a client's invoices and credit. Payments are
 * allocated twice — with the effective events before the change and after it — by the same rule
 * as when they are appended (repository.ts: a payment naming an invoice pays that invoice,
 * otherwise the oldest open invoices of its currency first, the rest is credit), and only the
 * difference is applied to the stored rows. Amounts the log does not explain (rows migrated from
 * version 1 with `paidMinor` backfilled) are therefore kept as they are.
 */
import { addMinor } from '@/utils/money';
import type { EventRecord, InvoiceRecord } from '@/utils/db/records';
import { invoiceStatusAfter } from './status';

export interface Allocation {
  /** Paid per invoice id. */
  paid: Map<string, number>;
  /** Unallocated payments per currency. */
  credits: Record<string, number>;
}

/** Invoices under dispute: the last dispute event of each decides. */
export function disputedIds(events: readonly EventRecord[]): Set<string> {
  const ids = new Set<string>();
  for (const e of inRecordingOrder(events)) {
    const d = e.data;
    if (d.type === 'dispute_opened' && d.invoiceId) ids.add(d.invoiceId);
    if (d.type === 'dispute_resolved' && d.invoiceId) ids.delete(d.invoiceId);
  }
  return ids;
}

const inRecordingOrder = (events: readonly EventRecord[]) =>
  [...events].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));

/** Allocates the payments among `events` to `invoices`, in the order they were recorded. */
export function allocate(
  invoices: readonly InvoiceRecord[],
  events: readonly EventRecord[],
): Allocation {
  const paid = new Map(invoices.map((i) => [i.id, 0]));
  const byId = new Map(invoices.map((i) => [i.id, i]));
  const credits: Record<string, number> = {};
  for (const e of inRecordingOrder(events)) {
    const d = e.data;
    if (d.type !== 'payment_received') continue;
    const remaining = (i: InvoiceRecord) => i.amountMinor - (paid.get(i.id) ?? 0);
    let targets: InvoiceRecord[];
    if (d.invoiceId) {
      const named = byId.get(d.invoiceId);
      targets = named ? [named] : [];
    } else {
      targets = invoices
        .filter((i) => i.status !== 'written_off' && i.currency === d.currency && remaining(i) > 0)
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    }
    let left = d.amountMinor;
    for (const inv of targets) {
      if (left <= 0 || inv.currency !== d.currency) continue;
      const take = Math.min(left, remaining(inv));
      if (take <= 0) continue;
      left -= take;
      paid.set(inv.id, (paid.get(inv.id) ?? 0) + take);
    }
    if (left > 0) credits[d.currency] = addMinor(credits[d.currency] ?? 0, left);
  }
  return { paid, credits };
}

export interface ChangeInput {
  /** The client's invoice rows before the change. */
  invoicesBefore: readonly InvoiceRecord[];
  /** The rows after it (an invoice whose creation was voided is gone, a restored one is back). */
  invoicesAfter: readonly InvoiceRecord[];
  /** The effective events before and after the change. */
  eventsBefore: readonly EventRecord[];
  eventsAfter: readonly EventRecord[];
  /** The summary's credits before the change. */
  credits: Readonly<Record<string, number>>;
}

/** The invoice rows and credits after the change, moved by the allocation's difference. */
export function applyChange(input: ChangeInput): {
  invoices: InvoiceRecord[];
  credits: Record<string, number>;
} {
  const before = allocate(input.invoicesBefore, input.eventsBefore);
  const after = allocate(input.invoicesAfter, input.eventsAfter);
  const disputedBefore = disputedIds(input.eventsBefore);
  const disputedAfter = disputedIds(input.eventsAfter);
  const invoices = input.invoicesAfter.map((inv) => {
    const delta = (after.paid.get(inv.id) ?? 0) - (before.paid.get(inv.id) ?? 0);
    const paidMinor = Math.min(inv.amountMinor, Math.max(0, inv.paidMinor + delta));
    let status = inv.status;
    if (disputedBefore.has(inv.id) !== disputedAfter.has(inv.id) && status !== 'written_off')
      status = disputedAfter.has(inv.id) ? 'disputed' : 'open';
    // Paid and partly paid are recomputed from the new amount; disputes and write-offs stick.
    const base = status === 'paid' || status === 'partly_paid' ? 'open' : status;
    return { ...inv, paidMinor, status: invoiceStatusAfter({ ...inv, status: base }, paidMinor) };
  });
  const credits: Record<string, number> = {};
  const currencies = new Set([
    ...Object.keys(input.credits),
    ...Object.keys(before.credits),
    ...Object.keys(after.credits),
  ]);
  for (const cur of currencies) {
    const value = Math.max(
      0,
      addMinor(input.credits[cur] ?? 0, (after.credits[cur] ?? 0) - (before.credits[cur] ?? 0)),
    );
    if (value !== 0) credits[cur] = value;
  }
  return { invoices, credits };
}
