/**
 * Delete (void) and Undo for the debt log. Nothing is erased: an `event_voided` event is
 * appended that names the cancelled entry, and the client's invoices, credit and summary follow
 * in the same transaction. Voiding a void restores the entry.
 */
import type { FirmlyDB } from '@/utils/db/database';
import {
  eventRecord,
  invoiceRecord,
  type EventRecord,
  type InvoiceRecord,
  type SummaryRecord,
} from '@/utils/db/records';
import { emptySummary, nextSummary } from './summary';
import { allocate, applyChange } from './replay';
import { effectiveEvents, effectiveVoids, isVoidEvent } from './voids';

/** Why a void was refused, as a code the UI translates. */
export type VoidErrorCode =
  'not_found' | 'already_voided' | 'not_voided' | 'superseded' | 'duplicate_number';

export class VoidError extends Error {
  constructor(
    readonly code: VoidErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'VoidError';
  }
}

const MANUAL = { kind: 'manual', url: null, messageId: null } as const;
const CORRECTABLE = ['number', 'amountMinor', 'currency', 'issueDate', 'dueDate'] as const;
const CONTACT = new Set(['reminder_sent', 'reply_received', 'promise_to_pay', 'payment_received']);

export interface VoidResult {
  /** The appended void. */
  event: EventRecord;
  /** The entry it cancelled (or, for a restore, the entry that counts again). */
  target: EventRecord;
  /** True when the void restored an entry (it cancelled an earlier void). */
  restored: boolean;
}

/** The event that created `invoiceId`, if the log has it. */
const createsInvoice = (e: EventRecord): string | null =>
  e.data.type === 'invoice_added' || e.data.type === 'invoice_seen' ? e.data.invoiceId : null;

/**
 * Voids event `eventId` (or restores it, when `eventId` is a void). `invoiceId` instead names the
 * invoice whose creating entry is voided (the popup's Undo after "Add invoice").
 */
export async function voidEvent(
  db: FirmlyDB,
  ref: { eventId?: string; invoiceId?: string },
  now = new Date(),
): Promise<VoidResult> {
  return db.transaction(
    'rw',
    [db.events, db.invoices, db.summaries, db.clients, db.followups],
    async () => {
      const target = ref.eventId
        ? await db.events.get(ref.eventId)
        : await db.events
            .where('invoiceId')
            .equals(ref.invoiceId ?? '')
            .filter((e) => createsInvoice(e) === ref.invoiceId)
            .first();
      if (!target) throw new VoidError('not_found', 'No such entry in the debt log');
      const all = await db.events.where('clientId').equals(target.clientId).toArray();
      const voidsBefore = effectiveVoids(all);
      if (voidsBefore.has(target.id))
        throw new VoidError('already_voided', 'This entry is already deleted');
      const restoring = isVoidEvent(target);
      // The entry a void names: it counts again once its void is voided.
      const subject = restoring ? all.find((e) => e.id === target.data.eventId) : target;
      if (!subject) throw new VoidError('not_found', 'The deleted entry is missing');
      // An Undo is itself final: a restore is taken back by deleting the entry again.
      if (restoring && isVoidEvent(subject))
        throw new VoidError('not_voided', 'Delete the entry itself instead');
      if (restoring && voidsBefore.get(subject.id)?.id !== target.id)
        throw new VoidError('not_voided', 'This entry is not deleted');

      const at = now.toISOString();
      const invoicesBefore = await db.invoices.where('clientId').equals(target.clientId).toArray();
      const eventsBefore = effectiveEvents(all);
      const snapshot = restoring ? null : keptInvoice(subject, invoicesBefore, eventsBefore);
      const voidEvent = eventRecord.parse({
        id: crypto.randomUUID(),
        clientId: target.clientId,
        invoiceId: target.invoiceId,
        type: 'event_voided',
        at,
        data: {
          type: 'event_voided',
          eventId: target.id,
          voidedType: target.type,
          invoice: restoring ? null : snapshot,
        },
        source: MANUAL,
        idempotencyKey: `void:${target.id}:${crypto.randomUUID()}`,
        recordedAt: at,
      });

      let invoicesAfter = invoicesBefore;
      const invoiceId = createsInvoice(subject);
      if (invoiceId && !restoring) {
        invoicesAfter = invoicesBefore.filter((i) => i.id !== invoiceId);
      } else if (invoiceId && restoring && target.data.type === 'event_voided') {
        const kept = target.data.invoice;
        if (kept && !invoicesBefore.some((i) => i.id === kept.id)) {
          if (kept.number && invoicesBefore.some((i) => i.number === kept.number))
            throw new VoidError('duplicate_number', `Invoice ${kept.number} exists again`);
          invoicesAfter = [...invoicesBefore, kept];
        }
      } else if (subject.data.type === 'invoice_corrected') {
        const d = subject.data;
        // Undoing a correction puts the earlier values back; a restore re-applies it.
        const [from, to] = restoring ? [d.before, d.after] : [d.after, d.before];
        invoicesAfter = invoicesBefore.map((inv) => {
          if (inv.id !== d.invoiceId) return inv;
          const moved = CORRECTABLE.some((k) => k in from && from[k] !== inv[k]);
          if (moved)
            throw new VoidError(
              'superseded',
              'The invoice was changed again since; edit it instead',
            );
          return invoiceRecord.parse({ ...inv, ...to });
        });
      }

      const eventsAfter = effectiveEvents([...all, voidEvent]);
      const prev = (await db.summaries.get(target.clientId)) ?? emptySummary(target.clientId, at);
      const { invoices, credits } = applyChange({
        invoicesBefore,
        invoicesAfter,
        eventsBefore,
        eventsAfter,
        credits: prev.credits,
      });
      const gone = invoicesBefore.filter((i) => !invoices.some((n) => n.id === i.id));
      await db.invoices.bulkDelete(gone.map((i) => i.id));
      await db.invoices.bulkPut(invoices.map((i) => invoiceRecord.parse(i)));
      await db.events.add(voidEvent);
      await db.summaries.put(
        rederivedSummary({ ...prev, credits }, invoices, eventsAfter, prev.eventCount + 1, at),
      );
      if (!restoring && subject.data.type === 'followup_set') {
        const f = await db.followups.get(subject.data.followupId);
        if (f?.status === 'pending') await db.followups.put({ ...f, status: 'cancelled' });
      }
      return { event: voidEvent, target: subject, restored: restoring };
    },
  );
}

/**
 * The invoice row a void of its creating entry keeps, for the timeline and for a restore. Its
 * `paidMinor` keeps only what the log's payments do not explain: on restore those payments are
 * allocated to it again.
 */
function keptInvoice(
  e: EventRecord,
  invoices: readonly InvoiceRecord[],
  effective: readonly EventRecord[],
): InvoiceRecord | null {
  const id = createsInvoice(e);
  const inv = id ? invoices.find((i) => i.id === id) : undefined;
  if (!inv) return null;
  const explained = allocate(invoices, effective).paid.get(inv.id) ?? 0;
  return { ...inv, paidMinor: Math.max(0, inv.paidMinor - explained) };
}

/** The summary from the invoices and the effective events (counters included). */
export function rederivedSummary(
  prev: SummaryRecord,
  invoices: InvoiceRecord[],
  effective: readonly EventRecord[],
  eventCount: number,
  nowIso: string,
): SummaryRecord {
  const base = nextSummary(prev, invoices, null, nowIso);
  const inOrder = [...effective].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  let lastContactAt: string | null = null;
  let lastReason: SummaryRecord['lastReason'] = null;
  let remindersSent = 0;
  for (const e of inOrder) {
    if (CONTACT.has(e.data.type) && (!lastContactAt || e.at > lastContactAt)) lastContactAt = e.at;
    if (e.data.type === 'reminder_sent') remindersSent += 1;
    if (e.data.type === 'reason_recorded') lastReason = e.data.reason;
    if (e.data.type === 'promise_to_pay') lastReason = 'promise_to_pay';
  }
  return { ...base, lastContactAt, lastReason, remindersSent, eventCount };
}
