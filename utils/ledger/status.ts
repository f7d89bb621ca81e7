import type { InvoiceRecord, InvoiceStatus } from '@/utils/db/records';

/** The status an invoice has once `paidMinor` of it is paid. Disputes and write-offs stick. */
export function invoiceStatusAfter(
  inv: Pick<InvoiceRecord, 'amountMinor' | 'status'>,
  paidMinor: number,
): InvoiceStatus {
  if (inv.status === 'written_off') return 'written_off';
  if (paidMinor >= inv.amountMinor) return 'paid';
  if (inv.status === 'disputed') return 'disputed';
  return paidMinor > 0 ? 'partly_paid' : 'open';
}
