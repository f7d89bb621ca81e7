/**
 * Requests of the in-Gmail thread panel. The content script holds no database: it asks the
 * background for the client's state and records what the user did, through these.
 */
import { z } from 'zod';
import { ledgerRequests } from './ledger';
import { followupRequests } from './followups';
import type { RefusalReasonName, ThreadContext } from '@/utils/ledger/thread-context';
import type { EventRecord, FollowupRecord } from '@/utils/db/records';
import type { ObservationResult } from '@/utils/ledger/apply-observation';
import type { MessageLanguage } from '@/utils/templates/catalog';
import type { UiLanguage } from '@/utils/i18n';
import type { PanelWords } from '@/utils/i18n/panel-strings';
import { isoDateTime, recordId } from '@/utils/db/records';

const email = z.string().trim().toLowerCase().max(320).email();

const person = z.object({ email, name: z.string().max(300).nullable() });

/** One message of the open thread as the content script read it from Gmail's DOM. */
const threadMessage = z.object({
  messageId: z.string().max(200),
  from: person.nullable(),
  to: z.array(person).max(200),
  cc: z.array(person).max(200),
  date: isoDateTime.nullable(),
  /** The header's date as shown, when the page gives no ISO date: parsed here, not in the page. */
  dateText: z.string().max(300).nullable().optional(),
  text: z.string().max(200_000),
});

export const panelRequests = {
  /**
   * The open thread, parsed but not interpreted: the background runs the detector on it (so
   * the Gmail content script stays small) and records what it finds, idempotently by message id.
   */
  'cs-bg:readThread': z.object({
    thread: z.object({
      threadId: z.string().max(200).nullable(),
      subject: z.string().max(2000),
      messages: z.array(threadMessage).min(1).max(500),
    }),
    ownEmails: z.array(email).max(20),
    pageUrl: z.string().url().max(4000),
  }),
  /** The client behind a thread (by the addresses in it), what they owe and the next step. */
  'cs-bg:threadContext': z.object({
    emails: z.array(email).min(1).max(50),
    language: z.enum(['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es']).optional(),
  }),
  /** Reads a client's reply: why are they not paying? (the user confirms before it is recorded) */
  'cs-bg:classifyReply': z.object({ text: z.string().min(1).max(20_000) }),
  /** "Not a client": ignore this client from now on (and optionally its whole domain). */
  'cs-bg:ignoreClient': z.object({
    clientId: recordId,
    domain: z.string().trim().toLowerCase().min(3).max(253).optional(),
  }),
  /** The panel records payments, reasons, promises and reminders sent, like the popup. */
  'cs-bg:recordEvent': ledgerRequests['ui-bg:recordEvent'],
  'cs-bg:setFollowup': followupRequests['ui-bg:setFollowup'],
} as const;

export interface ThreadReading {
  results: ObservationResult[];
  /** The counterparties' addresses, lower-case, in order of appearance. */
  emails: string[];
  /** Messages from the other side that are not invoices: replies to assess, oldest first. */
  replies: { messageId: string; at: string }[];
  /** The language of the latest reply, when it is one Firmly writes in. */
  language: MessageLanguage | null;
}

export interface PanelResponses {
  'cs-bg:readThread': ThreadReading;
  /** With the UI language the user chose, so the panel speaks it (not only the browser's). */
  'cs-bg:threadContext': (ThreadContext & { uiLanguage: UiLanguage; words: PanelWords }) | null;
  'cs-bg:classifyReply': { reason: RefusalReasonName; confidence: number; evidence: string | null };
  'cs-bg:ignoreClient': { ignored: true };
  'cs-bg:recordEvent': { status: 'appended' | 'duplicate'; event: EventRecord };
  'cs-bg:setFollowup': FollowupRecord;
}
