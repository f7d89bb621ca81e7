/** The advisor's public data shapes: what it reads (ClientState) and what it proposes (Suggestion). */
import type { z } from 'zod';
import type { ReplyClassification } from '@/utils/advisor/classify';
import type { RefusalReason } from '@/utils/advisor/reasons';
import type { EventRecord, InvoiceRecord, stage } from '@/utils/db/records';
import type { LegalClaim } from '@/utils/legal/claim';
import type { MessageLanguage, TemplateId } from '@/utils/templates/catalog';
import type { Instalment } from '@/utils/templates/values';
import type { Contact } from '@/utils/templates/greeting';

/** The escalation ladder, gentlest first. */
export type Stage = z.infer<typeof stage>;
export const STAGES: readonly Stage[] = [
  'before_due',
  'due',
  'overdue_gentle',
  'overdue_firm',
  'negotiate',
  'final_demand',
  'handover',
];

export type Channel = 'email' | 'phone' | 'letter';
export type Tone = 'warm' | 'neutral' | 'formal';

/**
 * What the user should do now:
 * - `send`: the message is ready to go;
 * - `wait`: nothing is due yet; `sendAfter` says when this message becomes the right one;
 * - `assess`: a new client reply has not been assessed; confirm the reason (escalation paused);
 * - `none`: nothing for Firmly to send (nothing owed, or the claim has been handed over).
 */
export type SuggestedAction = 'send' | 'wait' | 'assess' | 'none';

/** Everything the advisor needs about one client; events may come in any order. */
export interface ClientState {
  client: {
    name: string;
    language: MessageLanguage | null;
    emails: string[];
    /** The person letters address (optional on old records). */
    contact?: Contact | null;
  };
  invoices: InvoiceRecord[];
  events: EventRecord[];
}

/** One piece of the explanation, as data so the UI can translate it; `rationale` is its English. */
export interface RationalePart {
  key: RationaleKey;
  values: Record<string, string | number>;
}

export type RationaleKey =
  | 'nothing_due'
  | 'credit'
  | 'not_yet_due'
  | 'due_today'
  | 'days_overdue'
  | 'assumed_due_date'
  | 'partial_payment'
  | 'several_invoices'
  | 'disputed_held_out'
  | 'reminders_sent'
  | 'no_reply_after'
  | 'reason'
  | 'new_reply'
  | 'promise'
  | 'promise_broken'
  | 'plan_on_track'
  | 'plan_missed'
  | 'long_absence'
  | 'stale_rates'
  | 'step';

/** An invoice a suggestion concerns, with the figures the UI shows next to it. */
export interface SuggestionInvoice {
  invoiceId: string;
  number: string;
  currency: string;
  amountMinor: number;
  paidMinor: number;
  outstandingMinor: number;
  /** The due date used (the invoice's, or issue date + default term when it has none). */
  dueDate: string | null;
  assumedDueDate: boolean;
  /** Negative before the due date. Null when no due date can be derived. */
  daysOverdue: number | null;
  disputed: boolean;
}

/** Where the reason the advisor acted on came from. */
export type ReasonSource = 'recorded' | 'event' | 'derived' | 'classified' | 'none';

/**
 * The advisor's proposal. When `nothingDue` is true, the client owes nothing: `action` is
 * 'none', `subject`/`body` are empty, `followUpAt` is null, and `stage`/`templateId` only hold
 * the ladder's resting values ('before_due' / 'courtesy_before_due') — do not show them.
 */
export interface Suggestion {
  nothingDue: boolean;
  action: SuggestedAction;
  stage: Stage;
  tone: Tone;
  channel: Channel;
  templateId: TemplateId;
  language: MessageLanguage;
  /** Rendered in `language`; plain text. */
  subject: string;
  body: string;
  /** One or two sentences in English for the user. */
  rationale: string;
  rationaleParts: RationalePart[];
  /** ISO date-time to look at this client again (after sending, or when waiting ends). */
  followUpAt: string | null;
  /** For `wait`: the ISO date-time from which this message is the right one. */
  sendAfter: string | null;
  /** The invoices the message is about (main one first). */
  invoices: SuggestionInvoice[];
  /** Open invoices held out of escalation because they are disputed. */
  heldOut: SuggestionInvoice[];
  reason: RefusalReason;
  reasonSource: ReasonSource;
  reasonEvidence: string | null;
  /** Escalation is paused because a client reply awaits assessment. */
  paused: boolean;
  pausedBecause: string | null;
  /** The unassessed reply and how Firmly reads it (when paused). */
  pendingReply: { at: string; excerpt: string; classification: ReplyClassification } | null;
  promisedDate: string | null;
  instalments: Instalment[] | null;
  /** Deadline stated in the message (firm reminder, demand, handover), YYYY-MM-DD. */
  deadline: string | null;
  /** For final_demand / handover: interest and compensation, with the per-period arithmetic. */
  legal: LegalClaim | null;
  /** `legal` as text in the message language (formatLegalBreakdown). */
  legalBreakdown: string | null;
}
