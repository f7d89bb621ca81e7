/**
 * Dates stored before they were checked as calendar dates (older versions, raw writes) are read
 * as unknown (null) rather than passed on: a due date of 9999-99-99 would otherwise make the
 * advisor's date arithmetic throw (issue 11, finding 12). Nothing is rewritten on disk.
 */
import { isRealDate, type InvoiceRecord, type SummaryRecord } from './records';

const sane = (d: string | null | undefined): string | null =>
  typeof d === 'string' && isRealDate(d) ? d : null;

// Dexie fires reading hooks on misses too (`get` of an absent key gives undefined), and rows of
// older versions may lack newer fields: both pass through untouched.
export function saneInvoice(inv: InvoiceRecord): InvoiceRecord {
  if (
    !inv ||
    (sane(inv.dueDate) === (inv.dueDate ?? null) && sane(inv.issueDate) === (inv.issueDate ?? null))
  )
    return inv;
  return { ...inv, dueDate: sane(inv.dueDate), issueDate: sane(inv.issueDate) };
}

export function saneSummary(s: SummaryRecord): SummaryRecord {
  if (!s || !Array.isArray(s.open)) return s;
  const bad =
    sane(s.oldestDueDate) !== (s.oldestDueDate ?? null) ||
    s.open.some((o) => sane(o.dueDate) !== (o.dueDate ?? null));
  if (!bad) return s;
  return {
    ...s,
    oldestDueDate: sane(s.oldestDueDate),
    open: s.open.map((o) => ({ ...o, dueDate: sane(o.dueDate) })),
  };
}
