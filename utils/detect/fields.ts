/**
 * Picks the message's fields from all candidates: the amount that matters for its kind, and the
 * issue and due dates by their labels.
 */
import type { AmountMatch } from '@/utils/detect/amount';
import { AMOUNT_LABELS, amountWeight } from '@/utils/detect/amount-labels';
import { dateRole } from '@/utils/detect/date-labels';
import { findDates, type DateOrder } from '@/utils/detect/dates';
import type { EmailKind } from '@/utils/detect/kind';
import { labelWindow, nearestLabel } from '@/utils/detect/labels';
import { INVOICE_WORDS } from '@/utils/detect/kind-cues';
import { dueFromTerm, paymentTerm } from '@/utils/detect/relative';
import { vocab } from '@/utils/detect/text';

type DocKind = Exclude<EmailKind, 'other'>;

/**
 * The amount to report for a message of `kind`, among `all` (from `findAmounts` with bare numbers)
 * of `norm` and its folded copy `low`.
 */
export function pickAmount(
  all: AmountMatch[],
  norm: string,
  low: string,
  kind: DocKind,
): AmountMatch | null {
  let best: AmountMatch | null = null;
  let bestScore = 0;
  let floor = 0;
  let sawMarked = false;
  const scored: Array<[AmountMatch, number]> = [];
  for (const a of all) {
    const role = nearestLabel(labelWindow(low, a.start, floor), AMOUNT_LABELS);
    floor = a.end;
    let score = amountWeight(kind, role);
    if (a.currency === null) {
      // A bare number counts only right after a total/due label and when it looks like money.
      if (!role) continue;
      score -= 0.5;
    } else sawMarked = true;
    if (a.amountMinor === 0) score = Math.min(score, 0.5);
    if (score > 0) scored.push([a, score]);
  }
  for (const [a, score] of scored) {
    if (sawMarked && a.currency === null) continue;
    if (!best || score > bestScore || (score === bestScore && a.amountMinor > best.amountMinor)) {
      best = a;
      bestScore = score;
    }
  }
  if (best && best.currency === null) {
    // The message names one currency elsewhere ("Amounts in PLN"): use it, else leave it null.
    const codes = new Set(all.filter((a) => a.currency).map((a) => a.currency));
    if (codes.size === 1) best = { ...best, currency: [...codes][0] ?? null };
  }
  return best;
}

/**
 * Issue and due dates by their labels; a term in days ("Net 30") resolves from the issue date.
 * Dates that are part of `invoiceNumber` are skipped; a bare "Date:" counts for invoices and reminders.
 */
export function pickDates(
  norm: string,
  low: string,
  order: DateOrder | (() => DateOrder),
  invoiceNumber: string | null,
  kind: DocKind,
): { issueDate: string | null; dueDate: string | null } {
  let issueDate: string | null = null;
  let dueDate: string | null = null;
  const dates = findDates(low, order);
  let floor = 0;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    // "FV 2025/02/11" is an invoice number, not a date.
    if (!d || invoiceNumber?.includes(norm.slice(d.start, d.end))) continue;
    const next = dates[i + 1];
    const prev = dates[i - 1];
    // "01.11.2024 – 30.11.2024", "du 01/11 au 30/11": a period, neither issue nor due.
    const inRange =
      (next && RANGE.test(low.slice(d.end, next.start))) ||
      (prev && RANGE.test(low.slice(prev.end, d.start)));
    const window = labelWindow(low, d.start, floor, 60);
    const role = inRange ? null : dateRole(window, low.slice(d.end, d.end + 24));
    floor = d.end;
    // A bare "Date:" on an invoice or reminder is its date; on a payment it is the payment's.
    // "… dated 3.11." on a payment is the invoice's date only when it follows the invoice.
    if (
      role === 'issue' ||
      (role === 'date' && kind !== 'payment_confirmation') ||
      (role === 'dated' && (kind !== 'payment_confirmation' || hasInvoiceWord(window)))
    )
      issueDate ??= d.ymd;
    else if (role === 'due') dueDate ??= d.ymd;
  }
  if (!dueDate && issueDate) {
    const term = paymentTerm(low, norm);
    if (term) dueDate = dueFromTerm(issueDate, term);
  }
  return { issueDate, dueDate };
}

const INVOICE_WORD = vocab(INVOICE_WORDS + '|inv|fv');
const hasInvoiceWord = (window: string): boolean => INVOICE_WORD.test(window);

const RANGE = /^\s?(?:-|–|—|to|au|al|bis|tot|a|até|do|до|по|עד)\s?$/u;
