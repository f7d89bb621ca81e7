/**
 * Stored records of the debt log, one zod schema each. Every write to the database passes
 * through these schemas (see repository.ts), and import validates against them too.
 */
import { z } from 'zod';

/** Dates outside this range are typos or attacks, never an invoice, a payment or a follow-up. */
export const MIN_DATE = '2000-01-01';
export const MAX_DATE = '2100-12-31';

/** True for a real calendar day (no 2026-13-45, no 31 February) within MIN_DATE…MAX_DATE. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === value && value >= MIN_DATE && value <= MAX_DATE;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .max(10)
  .refine(isRealDate, `expected a real calendar date between ${MIN_DATE} and ${MAX_DATE}`);
/** An ISO date-time whose calendar day (as written) is a real date in the same range. */
export const isoDateTime = z.iso
  .datetime({ offset: true, abort: true })
  .max(40)
  .refine(
    (v) => isRealDate(v.slice(0, 10)),
    `expected a date-time between ${MIN_DATE} and ${MAX_DATE}`,
  );
export const currencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 code such as EUR', abort: true })
  .max(3);
/**
 * The largest amount Firmly accepts, in minor units: 10^13 (100 billion euros or dollars). Far
 * above any freelancer's invoice, and small enough that sums of thousands of them stay exact
 * below 2^53 (see `addMinor` in utils/money.ts, which refuses a sum that would not be).
 */
export const MAX_AMOUNT_MINOR = 10_000_000_000_000;
export const minorAmount = z
  .number()
  .int('amounts are integer minor units')
  .min(-MAX_AMOUNT_MINOR, 'amount is too large')
  .max(MAX_AMOUNT_MINOR, 'amount is too large (at most 10^13 minor units)');
/** A sum of amounts (balances, credits): exact integers only. */
export const minorSum = z
  .number()
  .int('amounts are integer minor units')
  .refine(Number.isSafeInteger, 'sum is too large to be exact');
/** Record ids are generated (UUIDs, "inv-…"); 100 characters is generous. */
export const recordId = z.string().min(1).max(100);
export const languageCode = z.enum(['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es']);
export type LanguageCode = z.infer<typeof languageCode>;

export const clientRecord = z.object({
  id: recordId,
  name: z.string().min(1).max(200),
  /** Lower-cased addresses; multi-entry index, so any address finds the client. */
  emails: z.array(z.string().max(320).email().toLowerCase()).max(50),
  /** Lower-cased domain of the first business address ('' for free-mail providers). */
  domain: z.string().max(253),
  language: languageCode.nullable(),
  defaultCurrency: currencyCode.nullable(),
  notes: z.string().max(5000),
  /** The user said "not a client": observations from this client are ignored. */
  ignored: z.boolean(),
  createdAt: isoDateTime,
  /**
   * The person letters are addressed to, for the greeting ("Dear Ms Collins"). Optional and not
   * indexed: records written before it stay valid and no Dexie version is needed.
   */
  contact: z
    .object({
      name: z.string().min(1).max(200),
      givenName: z.string().max(100).nullable(),
      familyName: z.string().max(100).nullable(),
      patronymic: z.string().max(100).nullable(),
      gender: z.enum(['female', 'male', 'unspecified']),
    })
    .nullable()
    .optional(),
});
export type ClientRecord = z.infer<typeof clientRecord>;

export const invoiceStatus = z.enum(['open', 'partly_paid', 'paid', 'disputed', 'written_off']);
export type InvoiceStatus = z.infer<typeof invoiceStatus>;

export const sourceRef = z.object({
  kind: z.enum(['gmail', 'site', 'capture', 'manual', 'import', 'outlook']),
  url: z.string().max(2000).nullable(),
  messageId: z.string().max(200).nullable(),
});
export type SourceRef = z.infer<typeof sourceRef>;

export const invoiceRecord = z.object({
  id: recordId,
  clientId: recordId,
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

/** The invoice fields a correction can change (invoice-edit.ts records before and after). */
const correctableFields = z
  .object({
    number: z.string().max(100),
    amountMinor: minorAmount.nonnegative(),
    currency: currencyCode,
    issueDate: isoDate.nullable(),
    dueDate: isoDate.nullable(),
  })
  .partial();

/** Event payloads, one schema per type: the debt log is append-only and typed. */
export const eventData = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('invoice_seen'),
    invoiceId: recordId,
    amountMinor: minorAmount.nonnegative(),
    currency: currencyCode,
  }),
  z.object({
    type: z.literal('invoice_added'),
    invoiceId: recordId,
    amountMinor: minorAmount.nonnegative(),
    currency: currencyCode,
  }),
  z.object({
    type: z.literal('payment_received'),
    invoiceId: recordId.nullable(),
    amountMinor: minorAmount.positive(),
    currency: currencyCode,
    reference: z.string().max(200).nullable(),
  }),
  z.object({
    type: z.literal('reminder_sent'),
    templateId: z.string().max(100).nullable(),
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
    amountMinor: minorAmount.nonnegative().nullable(),
    currency: currencyCode.nullable(),
  }),
  z.object({
    type: z.literal('plan_agreed'),
    instalments: z
      .array(
        z.object({ dueDate: isoDate, amountMinor: minorAmount.positive(), currency: currencyCode }),
      )
      .min(1)
      .max(120, 'at most 120 instalments'),
  }),
  z.object({
    type: z.literal('dispute_opened'),
    invoiceId: recordId.nullable(),
    note: z.string().max(2000),
  }),
  z.object({
    type: z.literal('dispute_resolved'),
    invoiceId: recordId.nullable(),
    note: z.string().max(2000),
  }),
  z.object({
    type: z.literal('invoice_corrected'),
    invoiceId: recordId,
    /** Only the fields that changed, with their values before and after the edit. */
    before: correctableFields,
    after: correctableFields,
  }),
  z.object({ type: z.literal('escalated'), stage }),
  z.object({ type: z.literal('note'), text: z.string().min(1).max(5000) }),
  z.object({ type: z.literal('followup_set'), followupId: recordId, dueAt: isoDateTime }),
  z.object({ type: z.literal('followup_done'), followupId: recordId }),
  /**
   * Cancels event `eventId` (a mistaken entry) without erasing it: balances and advice ignore a
   * voided event. Voiding a void restores the entry (Undo of a Delete). Voiding the event that
   * created an invoice removes the invoice row; `invoice` keeps it so a restore can put it back.
   */
  z.object({
    type: z.literal('event_voided'),
    eventId: recordId,
    voidedType: z.string().max(40),
    invoice: invoiceRecord.nullable(),
  }),
]);
export type EventData = z.infer<typeof eventData>;
export type EventType = EventData['type'];

export const eventRecord = z.object({
  id: recordId,
  clientId: recordId,
  invoiceId: recordId.nullable(),
  type: z.string().max(40),
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
  id: recordId,
  clientId: recordId,
  invoiceId: recordId.nullable(),
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
  invoiceId: recordId,
  number: z.string().max(100),
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
  clientId: recordId,
  /** Balance owed per currency (invoiced − paid), minor units. */
  balances: z.record(currencyCode, minorSum),
  /** Payments that matched no open invoice (credit in the client's favour), per currency. */
  credits: z.record(currencyCode, minorSum),
  open: z.array(openItem).max(100_000),
  /** Oldest due date among open items, for the urgency index. */
  oldestDueDate: isoDate.nullable(),
  lastContactAt: isoDateTime.nullable(),
  lastReason: refusalReason.nullable(),
  remindersSent: z.number().int().nonnegative().max(1_000_000_000),
  eventCount: z.number().int().nonnegative().max(1_000_000_000),
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
