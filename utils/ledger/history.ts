/**
 * A client's payment history from its invoices and debt log: when each invoice was paid in full,
 * how many days that took, invoiced vs paid month by month, and the aging of what is still open.
 * Pure: the popup computes it from what `ui-bg:getClient` returns.
 *
 * Payments are replayed the way the repository applies them (in recording order; a payment that
 * names no invoice settles the oldest-due open invoices of its currency first), so the replay
 * agrees with the stored `paidMinor`. Only the events given are replayed: with a bounded event
 * list, payments older than the window leave `paidOn` unknown rather than wrong.
 */
import { addMinor } from '@/utils/money';
import type { EventRecord, InvoiceRecord, OpenItem } from '@/utils/db/records';
import { daysBetween } from './summary';

export interface InvoicePayment {
  invoiceId: string;
  number: string;
  currency: string;
  amountMinor: number;
  /** YYYY-MM-DD the invoice counts from: its issue date, else when Firmly first saw it. */
  startDate: string;
  dueDate: string | null;
  /** YYYY-MM-DD of the payment that completed it; null while open or when not in the log. */
  paidOn: string | null;
  /** startDate → paidOn in days; null when not paid (or unknown). */
  daysToPay: number | null;
  /** paidOn − dueDate in days (negative: paid early); null without both dates. */
  daysLate: number | null;
}

const dateOf = (iso: string): string => iso.slice(0, 10);
const byDue = (a: InvoiceRecord, b: InvoiceRecord) =>
  (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');

/** Date each invoice was completed by payments in `events`, replayed as the repository does. */
export function paidOnDates(
  invoices: readonly InvoiceRecord[],
  events: readonly EventRecord[],
): Map<string, string> {
  const paid = new Map<string, number>(invoices.map((i) => [i.id, 0]));
  const done = new Map<string, string>();
  const payments = events
    .filter((e) => e.data.type === 'payment_received')
    .sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.at.localeCompare(b.at));
  for (const e of payments) {
    if (e.data.type !== 'payment_received') continue;
    const d = e.data;
    const targets = d.invoiceId
      ? invoices.filter((i) => i.id === d.invoiceId)
      : invoices
          .filter(
            (i) => i.currency === d.currency && i.createdAt <= e.recordedAt && !done.has(i.id),
          )
          .sort(byDue);
    let left = d.amountMinor;
    for (const inv of targets) {
      if (left <= 0 || inv.currency !== d.currency) continue;
      const already = paid.get(inv.id) ?? 0;
      const take = Math.min(left, inv.amountMinor - already);
      if (take <= 0) continue;
      left -= take;
      paid.set(inv.id, already + take);
      if (already + take >= inv.amountMinor) done.set(inv.id, dateOf(e.at));
    }
  }
  return done;
}

/** When each invoice was first seen or added, from the log (fallback start date). */
function firstSeen(events: readonly EventRecord[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.data.type !== 'invoice_seen' && e.data.type !== 'invoice_added') continue;
    const prev = out.get(e.data.invoiceId);
    const d = dateOf(e.at);
    if (!prev || d < prev) out.set(e.data.invoiceId, d);
  }
  return out;
}

/** Every invoice with its payment timing, oldest first. Written-off invoices are left out. */
export function invoicePayments(
  invoices: readonly InvoiceRecord[],
  events: readonly EventRecord[],
): InvoicePayment[] {
  const paidOn = paidOnDates(invoices, events);
  const seen = firstSeen(events);
  return invoices
    .filter((i) => i.status !== 'written_off')
    .map((i) => {
      const startDate = i.issueDate ?? seen.get(i.id) ?? dateOf(i.createdAt);
      const completed = i.status === 'paid' ? (paidOn.get(i.id) ?? null) : null;
      return {
        invoiceId: i.id,
        number: i.number,
        currency: i.currency,
        amountMinor: i.amountMinor,
        startDate,
        dueDate: i.dueDate,
        paidOn: completed,
        daysToPay: completed ? Math.max(0, daysBetween(startDate, completed)) : null,
        daysLate: completed && i.dueDate ? daysBetween(i.dueDate, completed) : null,
      };
    })
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.number.localeCompare(b.number));
}

/** Mean days to pay over the paid invoices, rounded to whole days; null when none was paid. */
export function averageDaysToPay(
  rows: readonly Pick<InvoicePayment, 'daysToPay'>[],
): number | null {
  const known = rows.map((r) => r.daysToPay).filter((d): d is number => d !== null);
  if (known.length === 0) return null;
  return Math.round(known.reduce((s, d) => s + d, 0) / known.length);
}

export interface MonthFlow {
  /** YYYY-MM */
  month: string;
  invoicedMinor: number;
  paidMinor: number;
  /** Invoiced minus paid from the first month shown up to the end of this one. */
  outstandingMinor: number;
}

/** The `count` months ending with `today`'s month, oldest first (YYYY-MM). */
export function monthsEnding(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const out: string[] = [];
  for (let k = count - 1; k >= 0; k -= 1) {
    const index = year * 12 + (month - 1) - k;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/**
 * Invoiced and paid per month in one currency over the `count` months up to `today`. Amounts
 * before the first month are carried into the outstanding line, so it starts at the real level.
 */
export function invoicedVsPaid(
  invoices: readonly InvoiceRecord[],
  events: readonly EventRecord[],
  currency: string,
  today: string,
  count = 12,
): MonthFlow[] {
  const months = monthsEnding(today, count);
  const first = months[0] ?? today.slice(0, 7);
  const flows = new Map(
    months.map((m) => [m, { month: m, invoicedMinor: 0, paidMinor: 0, outstandingMinor: 0 }]),
  );
  let carried = 0;
  const payments = invoicePayments(invoices, events);
  for (const p of payments) {
    if (p.currency !== currency) continue;
    const m = p.startDate.slice(0, 7);
    const flow = flows.get(m);
    if (flow) flow.invoicedMinor = addMinor(flow.invoicedMinor, p.amountMinor);
    else if (m < first) carried = addMinor(carried, p.amountMinor);
  }
  for (const e of events) {
    if (e.data.type !== 'payment_received' || e.data.currency !== currency) continue;
    const m = e.at.slice(0, 7);
    const flow = flows.get(m);
    if (flow) flow.paidMinor = addMinor(flow.paidMinor, e.data.amountMinor);
    else if (m < first) carried = addMinor(carried, -e.data.amountMinor);
  }
  let running = carried;
  return months.map((m) => {
    const flow = flows.get(m)!;
    running = addMinor(running, flow.invoicedMinor, -flow.paidMinor);
    return { ...flow, outstandingMinor: running };
  });
}

/** The currency with the most invoiced, for the chart (ties: alphabetical); null without invoices. */
export function mainCurrency(
  invoices: readonly Pick<InvoiceRecord, 'currency' | 'amountMinor'>[],
): string | null {
  const sums = new Map<string, number>();
  for (const i of invoices)
    sums.set(i.currency, addMinor(sums.get(i.currency) ?? 0, i.amountMinor));
  let best: string | null = null;
  for (const [cur, sum] of [...sums].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (best === null || sum > (sums.get(best) ?? 0)) best = cur;
  }
  return best;
}

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The aging bucket of an open item as of `today` (not yet due or no due date: current). */
export function agingBucket(dueDate: string | null, today: string): AgingBucket {
  if (!dueDate || dueDate >= today) return 'current';
  const late = daysBetween(dueDate, today);
  if (late <= 30) return 'd1_30';
  if (late <= 60) return 'd31_60';
  if (late <= 90) return 'd61_90';
  return 'd90_plus';
}

/** Open amounts per currency per aging bucket (disputed items included: they are still owed). */
export function agingBuckets(
  open: readonly OpenItem[],
  today: string,
): Record<string, Record<AgingBucket, number>> {
  const out: Record<string, Record<AgingBucket, number>> = {};
  for (const item of open) {
    if (item.remainingMinor <= 0) continue;
    const row = (out[item.currency] ??= {
      current: 0,
      d1_30: 0,
      d31_60: 0,
      d61_90: 0,
      d90_plus: 0,
    });
    const bucket = agingBucket(item.dueDate, today);
    row[bucket] = addMinor(row[bucket], item.remainingMinor);
  }
  return out;
}
