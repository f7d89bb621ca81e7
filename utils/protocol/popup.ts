/**
 * Requests of the toolbar popup beyond the ledger's: the client list a page at a time (with the
 * portfolio totals), search, the advisor's suggestion for a client, and correcting an invoice.
 */
import { z } from 'zod';
import { currencyCode, isoDate, languageCode, minorAmount, recordId } from '@/utils/db/records';
import type { InvoiceRecord, LanguageCode } from '@/utils/db/records';
import type { RationalePart } from '@/utils/advisor/types';
import type { ClientListItem } from '@/utils/ledger/queries';
import type { ClientPage } from '@/utils/ledger/client-page';
import type { InvoiceEditError } from '@/utils/ledger/invoice-edit';

const clientId = recordId;

export const popupRequests = {
  /** Rows `offset … offset + limit` of the client list, most urgent first, plus totals. */
  'ui-bg:clientPage': z.object({
    today: isoDate.optional(),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(40),
  }),
  /** Clients whose name, address or invoice number matches `query`. */
  'ui-bg:search': z.object({
    query: z.string().trim().min(1, 'query is empty').max(200),
    today: isoDate.optional(),
    limit: z.number().int().min(1).max(200).default(40),
  }),
  /** The advisor's next step for a client; `language` overrides the client's language. */
  'ui-bg:suggest': z.object({ clientId, language: languageCode.optional() }),
  /** Corrects an invoice or writes it off; the summary follows in the same transaction. */
  'ui-bg:updateInvoice': z.object({
    invoiceId: recordId,
    patch: z
      .object({
        number: z.string().trim().min(1, 'invoice number is required').max(100),
        amountMinor: minorAmount.positive('amount must be more than zero'),
        currency: currencyCode,
        issueDate: isoDate.nullable(),
        dueDate: isoDate.nullable(),
        writtenOff: z.boolean(),
      })
      .partial(),
  }),
} as const;

/** The suggestion as the popup shows it: plain data, whatever the advisor's internals. */
export interface PopupSuggestion {
  /**
   * send: the message is ready; wait: not yet (see `sendAfter`); assess: a client reply needs
   * the user's reading first; none: nothing to send (e.g. the claim was handed over).
   */
  action: 'send' | 'wait' | 'assess' | 'none';
  stage:
    | 'before_due'
    | 'due'
    | 'overdue_gentle'
    | 'overdue_firm'
    | 'negotiate'
    | 'final_demand'
    | 'handover';
  /** The reason the advisor acted on. */
  reason: string;
  /** False while that reason is only the classifier's reading of a reply (shown unconfirmed). */
  reasonConfirmed: boolean;
  channel: 'email' | 'phone' | 'letter';
  templateId: string | null;
  /** Language the message is written in. */
  language: LanguageCode;
  subject: string;
  body: string;
  /** One or two sentences (English) on why this step. */
  rationale: string;
  /** The same as data, so the popup renders it in its UI language (`renderRationale`). */
  rationaleParts: RationalePart[];
  /** When to follow up if nothing happens (ISO), if the advisor says. */
  followUpAt: string | null;
  /** For `wait`: from when this message is the right one (ISO). */
  sendAfter: string | null;
  /** For `assess`: the reply and how Firmly reads it. */
  pendingReply: { at: string; excerpt: string; reason: string; evidence: string | null } | null;
  /** Addresses the message would go to. */
  to: string[];
}

export type UpdateInvoiceResponse =
  { invoice: InvoiceRecord } | { error: InvoiceEditError['code'] };

export interface PopupResponses {
  'ui-bg:clientPage': ClientPage;
  'ui-bg:search': ClientListItem[];
  'ui-bg:suggest': PopupSuggestion | null;
  'ui-bg:updateInvoice': UpdateInvoiceResponse;
}
