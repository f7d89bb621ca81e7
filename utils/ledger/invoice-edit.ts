/**
 * Corrects an invoice typed or detected wrongly (number, amount, dates, currency) or writes it
 * off, and brings the client's summary up to date in the same transaction.
 */
import type { FirmlyDB } from '@/utils/db/database';
import { eventRecord, invoiceRecord, type InvoiceRecord } from '@/utils/db/records';
import { emptySummary, nextSummary } from '@/utils/ledger/summary';
import { invoiceStatusAfter } from '@/utils/ledger/status';

export interface InvoicePatch {
  number?: string;
  amountMinor?: number;
  currency?: string;
  issueDate?: string | null;
  dueDate?: string | null;
  /** true writes the invoice off (it stops counting as owed); false takes that back. */
  writtenOff?: boolean;
}

/** Why an edit was refused, as a code the UI can translate. */
export class InvoiceEditError extends Error {
  constructor(
    readonly code: 'not_found' | 'below_paid' | 'currency_after_payment' | 'duplicate_number',
    message: string,
  ) {
    super(message);
    this.name = 'InvoiceEditError';
  }
}

function nextStatus(
  inv: InvoiceRecord,
  patch: InvoicePatch,
  amountMinor: number,
): InvoiceRecord['status'] {
  if (patch.writtenOff === true) return 'written_off';
  const base = inv.status === 'written_off' && patch.writtenOff === false ? 'open' : inv.status;
  // A paid invoice whose amount grew is open again; disputes stay disputed.
  const reopened = base === 'paid' ? 'open' : base;
  return invoiceStatusAfter({ amountMinor, status: reopened }, inv.paidMinor);
}

const CORRECTABLE = ['number', 'amountMinor', 'currency', 'issueDate', 'dueDate'] as const;

/**
 * Logs what an edit changed (values before and after), so a corrected-invoice message can say
 * what changed. Nothing is logged when no such field changed (e.g. only a write-off).
 */
async function recordCorrection(
  db: FirmlyDB,
  before: InvoiceRecord,
  after: InvoiceRecord,
  now: Date,
): Promise<void> {
  const changed = CORRECTABLE.filter((k) => before[k] !== after[k]);
  if (changed.length === 0) return;
  const pick = (inv: InvoiceRecord) => Object.fromEntries(changed.map((k) => [k, inv[k]]));
  const at = now.toISOString();
  await db.events.add(
    eventRecord.parse({
      id: crypto.randomUUID(),
      clientId: after.clientId,
      invoiceId: after.id,
      type: 'invoice_corrected',
      at,
      data: {
        type: 'invoice_corrected',
        invoiceId: after.id,
        before: pick(before),
        after: pick(after),
      },
      source: { kind: 'manual', url: null, messageId: null },
      idempotencyKey: `invoice_corrected:${after.id}:${at}`,
      recordedAt: at,
    }),
  );
}

/** Applies `patch` to invoice `invoiceId` and returns the stored invoice. */
export async function updateInvoice(
  db: FirmlyDB,
  invoiceId: string,
  patch: InvoicePatch,
  now = new Date(),
): Promise<InvoiceRecord> {
  return db.transaction('rw', [db.invoices, db.summaries, db.clients, db.events], async () => {
    const inv = await db.invoices.get(invoiceId);
    if (!inv) throw new InvoiceEditError('not_found', `No invoice ${invoiceId}`);
    const amountMinor = patch.amountMinor ?? inv.amountMinor;
    if (amountMinor < inv.paidMinor) {
      throw new InvoiceEditError(
        'below_paid',
        `The amount cannot be less than the ${inv.paidMinor} already paid`,
      );
    }
    const currency = patch.currency ?? inv.currency;
    if (currency !== inv.currency && inv.paidMinor > 0) {
      throw new InvoiceEditError(
        'currency_after_payment',
        'The currency cannot change once payments are recorded',
      );
    }
    const number = patch.number?.trim() ?? inv.number;
    const siblings = await db.invoices.where('clientId').equals(inv.clientId).toArray();
    if (number && siblings.some((o) => o.id !== inv.id && o.number === number)) {
      throw new InvoiceEditError(
        'duplicate_number',
        `Invoice ${number} already exists for this client`,
      );
    }
    const next = invoiceRecord.parse({
      ...inv,
      number,
      amountMinor,
      currency,
      issueDate: patch.issueDate === undefined ? inv.issueDate : patch.issueDate,
      dueDate: patch.dueDate === undefined ? inv.dueDate : patch.dueDate,
      status: nextStatus(inv, patch, amountMinor),
    });
    await db.invoices.put(next);
    await recordCorrection(db, inv, next, now);
    const all = siblings.map((o) => (o.id === next.id ? next : o));
    const client = await db.clients.get(inv.clientId);
    const prev =
      (await db.summaries.get(inv.clientId)) ??
      emptySummary(inv.clientId, client?.createdAt ?? now.toISOString());
    await db.summaries.put(nextSummary(prev, all, null, now.toISOString()));
    return next;
  });
}
