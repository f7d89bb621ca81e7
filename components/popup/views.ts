/** The popup's screens and the entry forms a client screen can open. */
import type { ClientRecord, InvoiceRecord } from '@/utils/db/records';
import type { ClientDetail } from '@/utils/ledger/queries';

export type FormSpec =
  | { kind: 'client'; client: ClientRecord | null }
  | { kind: 'invoice'; detail: ClientDetail; invoice: InvoiceRecord | null }
  | { kind: 'payment'; detail: ClientDetail; invoiceId?: string | null }
  | { kind: 'promise'; detail: ClientDetail }
  | { kind: 'dispute'; detail: ClientDetail; invoiceId?: string | null }
  | { kind: 'note'; detail: ClientDetail };

export type View =
  | { kind: 'list' }
  | { kind: 'client'; clientId: string }
  | { kind: 'form'; form: FormSpec; back: View };

/** The currency a new invoice or payment starts with for this client. */
export function preferredCurrency(detail: Pick<ClientDetail, 'client' | 'invoices'>): string {
  if (detail.client.defaultCurrency) return detail.client.defaultCurrency;
  const latest = [...detail.invoices].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return latest?.currency ?? 'EUR';
}
