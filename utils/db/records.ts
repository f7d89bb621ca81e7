/**
 * Stored records of the debt log, one zod schema each. Every write to the database passes
 * through these schemas (see repository.ts), and import validates against them too.
 */
import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const isoDateTime = z.iso.datetime({ offset: true });
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as EUR');
export const minorAmount = z.number().int('amounts are integer minor units');
export const languageCode = z.enum(['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es']);
export type LanguageCode = z.infer<typeof languageCode>;

export const clientRecord = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(200),
  /** Lower-cased addresses; multi-entry index, so any address finds the client. */
  emails: z.array(z.string().email().toLowerCase()),
  /** Lower-cased domain of the first business address ('' for free-mail providers). */
  domain: z.string(),
  language: languageCode.nullable(),
  defaultCurrency: currencyCode.nullable(),
  notes: z.string().max(5000),
  /** The user said "not a client": observations from this client are ignored. */
  ignored: z.boolean(),
  createdAt: isoDateTime,
});
export type ClientRecord = z.infer<typeof clientRecord>;

export const invoiceStatus = z.enum(['open', 'partly_paid', 'paid', 'disputed', 'written_off']);
export type InvoiceStatus = z.infer<typeof invoiceStatus>;

export const sourceRef = z.object({
  kind: z.enum(['gmail', 'site', 'capture', 'manual', 'import']),
  url: z.string().max(2000).nullable(),
  messageId: z.string().max(200).nullable(),
});
export type SourceRef = z.infer<typeof sourceRef>;

export const invoiceRecord = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  number: z.string().max(100),
  amountMinor: minorAmount.nonnegative(),
  /** Sum of payments recorded against this invoice, in the same currency. */
  paidMinor: minorAmount.nonnegative(),
  currency: currencyCode,
  issueDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  status: invoiceStatus,
  source: sourceRef,
  createdAt: isoDateTime,
});
export type InvoiceRecord = z.infer<typeof invoiceRecord>;

export const refusalReason = z.enum([
  'quality_dispute',
  'invoice_error',
  'not_received',
  'cash_flow',
  'forgot',
  'value_doubt',
  'service_complaint',
  'unresponsive',
  'deliberate',
  'promise_to_pay',
  'already_paid',
  'unknown',
]);

export const stage = z.enum([
  'before_due',
  'due',
  'overdue_gentle',
  'overdue_firm',
  'negotiate',
  'final_demand',
  'handover',
]);

/** Event payloads, one schema per type: the debt log is append-only and typed. */
export const eventData = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoice_seen'),
    invoiceId: z.string(),
    amountMinor: minorAmount,
    currency: currencyCode,
  }),
  z.object({
    type: z.literal('invoice_added'),
    invoiceId: z.string(),
    amountMinor: minorAmount,
    currency: currencyCode,
  }),
  z.object({
    type: z.literal('payment_received'),
    invoiceId: z.string().nullable(),
    amountMinor: minorAmount.positive(),
    currency: currencyCode,
    reference: z.string().max(200).nullable(),
  }),
  z.object({
    type: z.literal('reminder_sent'),
    templateId: z.string().nullable(),
    stage: stage.nullable(),
    channel: z.enum(['email', 'phone', 'letter']),
  }),
  z.object({ type: z.literal('reply_received'), excerpt: z.string().max(2000) }),
  z.object({
    type: z.literal('reason_recorded'),
    reason: refusalReason,
    evidence: z.string().max(500).nullable(),
    confirmedByUser: z.boolean(),
  }),
  z.object({
    type: z.literal('promise_to_pay'),
    promisedDate: isoDate,
    amountMinor: minorAmount.nullable(),
    currency: currencyCode.nullable(),
  }),
  z.object({
    type: z.literal('plan_agreed'),
    instalments: z
      .array(
        z.object({ dueDate: isoDate, amountMinor: minorAmount.positive(), currency: currencyCode }),
      )
      .min(1),
  }),
  z.object({
    type: z.literal('dispute_opened'),
    invoiceId: z.string().nullable(),
    note: z.string().max(2000),
  }),
  z.object({
    type: z.literal('dispute_resolved'),
    invoiceId: z.string().nullable(),
    note: z.string().max(2000),
  }),
  z.object({ type: z.literal('escalated'), stage }),
  z.object({ type: z.literal('note'), text: z.string().min(1).max(5000) }),
  z.object({ type: z.literal('followup_set'), followupId: z.string(), dueAt: isoDateTime }),
  z.object({ type: z.literal('followup_done'), followupId: z.string() }),
]);
export type EventData = z.infer<typeof eventData>;
export type EventType = EventData['type'];

export const eventRecord = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  invoiceId: z.string().nullable(),
  type: z.string(),
  /** When it happened (the e-mail's date, the payment date), not when Firmly saw it. */
  at: isoDateTime,
  data: eventData,
  source: sourceRef,
  /** Unique: the same observation appended twice is one event. */
  idempotencyKey: z.string().min(1).max(500),
  recordedAt: isoDateTime,
});
export type EventRecord = z.infer<typeof eventRecord>;

export const followupRecord = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  invoiceId: z.string().nullable(),
  dueAt: isoDateTime,
  note: z.string().max(1000),
  status: z.enum(['pending', 'done', 'cancelled']),
  createdAt: isoDateTime,
  /** When its notification was shown (null until then); not indexed, so no schema version. */
  firedAt: isoDateTime.nullable().default(null),
});
export type FollowupRecord = z.infer<typeof followupRecord>;

/** One open (not fully paid, not written off) invoice as the summary keeps it. */
export const openItem = z.object({
  invoiceId: z.string(),
  number: z.string(),
  currency: currencyCode,
  remainingMinor: minorAmount,
  dueDate: isoDate.nullable(),
  disputed: z.boolean(),
});
export type OpenItem = z.infer<typeof openItem>;

/**
 * Per-client summary, maintained in the same transaction as each event so reads never rescan
 * the log. Overdue figures depend on "now", so they are computed from `open` at read time.
 */
export const summaryRecord = z.object({
  clientId: z.string().min(1),
  /** Balance owed per currency (invoiced − paid), minor units. */
  balances: z.record(currencyCode, minorAmount),
  /** Payments that matched no open invoice (credit in the client's favour), per currency. */
  credits: z.record(currencyCode, minorAmount),
  open: z.array(openItem),
  /** Oldest due date among open items, for the urgency index. */
  oldestDueDate: isoDate.nullable(),
  lastContactAt: isoDateTime.nullable(),
  lastReason: refusalReason.nullable(),
  remindersSent: z.number().int().nonnegative(),
  eventCount: z.number().int().nonnegative(),
  updatedAt: isoDateTime,
});
export type SummaryRecord = z.infer<typeof summaryRecord>;

/**
 * A reason the user set by hand for a client's reply, kept so later replies from the same client
 * or with the same wording lean towards it (utils/advisor/model/corrections.ts). Only the reply's
 * hashed features are kept, not its text.
 */
export const replyCorrectionRecord = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1).nullable(),
  /** Hashed feature buckets of the reply (sorted, unique). */
  features: z.array(z.number().int().nonnegative()).max(5000),
  reason: refusalReason,
  at: isoDateTime,
});
export type ReplyCorrectionRecord = z.infer<typeof replyCorrectionRecord>;
