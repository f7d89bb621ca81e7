/**
 * Per-client summary maintenance. The summary is rebuilt from the client's *invoices* (a handful
 * of rows, read through the clientId index) plus counters carried forward from the previous
 * summary and the new event — never by rescanning the event log.
 */
import { addMinor } from '@/utils/money';
import type { EventRecord, InvoiceRecord, OpenItem, SummaryRecord } from '@/utils/db/records';

/** Invoices that still count towards what the client owes. */
export function isOpen(inv: Pick<InvoiceRecord, 'status'>): boolean {
  return inv.status !== 'paid' && inv.status !== 'written_off';
}

export function emptySummary(clientId: string, nowIso: string): SummaryRecord {
  return {
    clientId,
    balances: {},
    credits: {},
    open: [],
    oldestDueDate: null,
    lastContactAt: null,
    lastReason: null,
    remindersSent: 0,
    eventCount: 0,
    updatedAt: nowIso,
  };
}

const CONTACT_EVENTS = new Set([
  'reminder_sent',
  'reply_received',
  'promise_to_pay',
  'payment_received',
]);

/** The next summary after `event` (or after an invoice edit when `event` is null). */
export function nextSummary(
  prev: SummaryRecord,
  invoices: InvoiceRecord[],
  event: EventRecord | null,
  nowIso: string,
  creditDelta?: { currency: string; amountMinor: number },
): SummaryRecord {
  const open: OpenItem[] = invoices
    .filter(isOpen)
    .map((i) => ({
      invoiceId: i.id,
      number: i.number,
      currency: i.currency,
      remainingMinor: i.amountMinor - i.paidMinor,
      dueDate: i.dueDate,
      disputed: i.status === 'disputed',
    }))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));

  const credits = { ...prev.credits };
  if (creditDelta && creditDelta.amountMinor !== 0) {
    credits[creditDelta.currency] = addMinor(
      credits[creditDelta.currency] ?? 0,
      creditDelta.amountMinor,
    );
  }
  const balances: Record<string, number> = {};
  for (const item of open) {
    balances[item.currency] = addMinor(balances[item.currency] ?? 0, item.remainingMinor);
  }
  for (const [cur, credit] of Object.entries(credits)) {
    balances[cur] = addMinor(balances[cur] ?? 0, -credit);
  }

  const next: SummaryRecord = {
    ...prev,
    balances,
    credits,
    open,
    oldestDueDate: open.find((o) => o.dueDate !== null)?.dueDate ?? null,
    updatedAt: nowIso,
  };
  if (event) {
    next.eventCount = prev.eventCount + 1;
    if (CONTACT_EVENTS.has(event.data.type)) {
      if (!prev.lastContactAt || event.at > prev.lastContactAt) next.lastContactAt = event.at;
    }
    if (event.data.type === 'reminder_sent') next.remindersSent = prev.remindersSent + 1;
    if (event.data.type === 'reason_recorded') next.lastReason = event.data.reason;
    if (event.data.type === 'promise_to_pay') next.lastReason = 'promise_to_pay';
  }
  return next;
}

export interface Overdue {
  /** Overdue amount per currency (disputed items excluded). */
  overdue: Record<string, number>;
  /** Days since the oldest overdue due date; 0 when nothing is overdue. */
  daysOverdue: number;
}

/** Overdue figures "as of today", computed from the summary alone. */
export function overdueAsOf(summary: Pick<SummaryRecord, 'open'>, today: string): Overdue {
  const overdue: Record<string, number> = {};
  let oldest: string | null = null;
  for (const item of summary.open) {
    if (item.disputed || !item.dueDate || item.dueDate >= today || item.remainingMinor <= 0)
      continue;
    overdue[item.currency] = (overdue[item.currency] ?? 0) + item.remainingMinor;
    if (!oldest || item.dueDate < oldest) oldest = item.dueDate;
  }
  return { overdue, daysOverdue: oldest ? daysBetween(oldest, today) : 0 };
}

/** Whole days from `from` to `to` (YYYY-MM-DD), calendar days in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
