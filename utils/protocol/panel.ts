/**
 * Requests of the in-Gmail thread panel. The content script holds no database: it asks the
 * background for the client's state and records what the user did, through these.
 */
import { z } from 'zod';
import { ledgerRequests } from './ledger';
import { followupRequests } from './followups';
import type { RefusalReasonName, ThreadContext } from '@/utils/ledger/thread-context';
import type { EventRecord, FollowupRecord } from '@/utils/db/records';

const email = z.string().trim().toLowerCase().email();

export const panelRequests = {
  /** The client behind a thread (by the addresses in it), what they owe and the next step. */
  'cs-bg:threadContext': z.object({
    emails: z.array(email).min(1).max(50),
    language: z.enum(['en', 'pl', 'ru', 'uk', 'he', 'de', 'fr', 'es']).optional(),
  }),
  /** Reads a client's reply: why are they not paying? (the user confirms before it is recorded) */
  'cs-bg:classifyReply': z.object({ text: z.string().min(1).max(20_000) }),
  /** "Not a client": ignore this client from now on (and optionally its whole domain). */
  'cs-bg:ignoreClient': z.object({
    clientId: z.string().min(1),
    domain: z.string().trim().toLowerCase().min(3).max(253).optional(),
  }),
  /** The panel records payments, reasons, promises and reminders sent, like the popup. */
  'cs-bg:recordEvent': ledgerRequests['ui-bg:recordEvent'],
  'cs-bg:setFollowup': followupRequests['ui-bg:setFollowup'],
} as const;

export interface PanelResponses {
  'cs-bg:threadContext': ThreadContext | null;
  'cs-bg:classifyReply': { reason: RefusalReasonName; confidence: number; evidence: string | null };
  'cs-bg:ignoreClient': { ignored: true };
  'cs-bg:recordEvent': { status: 'appended' | 'duplicate'; event: EventRecord };
  'cs-bg:setFollowup': FollowupRecord;
}
