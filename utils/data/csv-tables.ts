/**
 * The two spreadsheets users ask for: invoices and payments. Money is written as a plain
 * decimal string in the invoice's currency (`minorToDecimal`), never a float, so "1234.50" stays
 * exact; column names are stable English identifiers for spreadsheet formulas and scripts.
 */
import type { ClientRecord, InvoiceRecord } from '@/utils/db/records';
import { minorToDecimal } from '@/utils/money';
import { toCsv } from './csv';
import type { StoreContents } from './format';

/** Header of the invoices CSV, one column per field. */
export const INVOICE_COLUMNS = [
  'client',
  'client_emails',
  'invoice_number',
  'issue_date',
  'due_date',
  'currency',
  'amount',
  'paid',
  'outstanding',
  'status',
  'source',
  'recorded_at',
] as const;

/** Header of the payments CSV. */
export const PAYMENT_COLUMNS = [
  'paid_at',
  'client',
  'invoice_number',
  'currency',
  'amount',
  'reference',
  'source',
] as const;

type Stores = Pick<StoreContents, 'clients' | 'invoices' | 'events'>;

const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((r) => [r.id, r]));

/** One row per invoice, by client name then issue date. */
export function invoicesCsv(stores: Stores): string {
  const clients = byId(stores.clients);
  const rows = [...stores.invoices]
    .sort(
      (a, b) =>
        clientName(clients, a.clientId).localeCompare(clientName(clients, b.clientId)) ||
        (a.issueDate ?? a.createdAt).localeCompare(b.issueDate ?? b.createdAt) ||
        a.number.localeCompare(b.number),
    )
    .map((inv) => invoiceRow(inv, clients.get(inv.clientId)));
  return toCsv(INVOICE_COLUMNS, rows);
}

function invoiceRow(inv: InvoiceRecord, client: ClientRecord | undefined): string[] {
  return [
    client?.name ?? '',
    client?.emails.join(' ') ?? '',
    inv.number,
    inv.issueDate ?? '',
    inv.dueDate ?? '',
    inv.currency,
    minorToDecimal(inv.amountMinor, inv.currency),
    minorToDecimal(inv.paidMinor, inv.currency),
    minorToDecimal(Math.max(0, inv.amountMinor - inv.paidMinor), inv.currency),
    inv.status,
    inv.source.kind,
    inv.createdAt,
  ];
}

/** One row per recorded payment (`payment_received` events), oldest first. */
export function paymentsCsv(stores: Stores): string {
  const clients = byId(stores.clients);
  const invoices = byId(stores.invoices);
  const rows = stores.events
    .flatMap((event) =>
      event.data.type === 'payment_received' ? [{ event, data: event.data }] : [],
    )
    .sort((a, b) => a.event.at.localeCompare(b.event.at) || a.event.id.localeCompare(b.event.id))
    .map(({ event, data }) => {
      const invoiceId = data.invoiceId ?? event.invoiceId;
      return [
        event.at,
        clientName(clients, event.clientId),
        invoiceId ? (invoices.get(invoiceId)?.number ?? '') : '',
        data.currency,
        minorToDecimal(data.amountMinor, data.currency),
        data.reference ?? '',
        event.source.kind,
      ];
    });
  return toCsv(PAYMENT_COLUMNS, rows);
}

function clientName(clients: Map<string, ClientRecord>, id: string): string {
  return clients.get(id)?.name ?? '';
}
