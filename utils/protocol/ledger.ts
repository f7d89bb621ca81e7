/**
 * Requests about the debt log: content scripts report observations, the popup and the Gmail
 * panel read summaries and record what the user did. One zod schema per request.
 */
import { z } from 'zod';
import { observation } from '@/utils/ledger/observation';
import {
  clientRecord,
  currencyCode,
  eventData,
  isoDate,
  isoDateTime,
  languageCode,
  minorAmount,
  recordId,
} from '@/utils/db/records';
import type { ObservationResult } from '@/utils/ledger/apply-observation';
import type { VoidErrorCode } from '@/utils/ledger/void-event';
import type { ClientDetail, ClientListItem } from '@/utils/ledger/queries';
import type { ClientRecord, EventRecord, InvoiceRecord } from '@/utils/db/records';

const clientId = recordId;
const email = z.string().trim().toLowerCase().max(320).email('not a valid e-mail address');
/** The person letters greet (issue 16's field; edited in the popup's client form). */
const contact = clientRecord.shape.contact;

export const ledgerRequests = {
  /** Content script → background: what it saw on the page. */
  'cs-bg:observe': z.object({ observations: z.array(observation).min(1).max(200) }),
  /** Popup → background: the client list, most urgent first. */
  'ui-bg:listClients': z.object({ today: isoDate.optional() }),
  'ui-bg:getClient': z.object({ clientId, today: isoDate.optional() }),
  'ui-bg:createClient': z.object({
    name: z.string().trim().min(1, 'name is required').max(200),
    emails: z.array(email).max(20),
    language: languageCode.nullable().optional(),
    defaultCurrency: currencyCode.nullable().optional(),
    notes: z.string().max(5000).optional(),
    contact,
  }),
  'ui-bg:updateClient': z.object({
    clientId,
    patch: z
      .object({
        name: z.string().trim().min(1).max(200),
        emails: z.array(email).max(20),
        language: languageCode.nullable(),
        defaultCurrency: currencyCode.nullable(),
        notes: z.string().max(5000),
        ignored: z.boolean(),
        contact,
      })
      .partial(),
  }),
  'ui-bg:deleteClient': z.object({ clientId }),
  'ui-bg:addInvoice': z.object({
    clientId,
    number: z.string().trim().min(1, 'invoice number is required').max(100),
    amountMinor: minorAmount.positive('amount must be more than zero'),
    currency: currencyCode,
    issueDate: isoDate.nullable(),
    dueDate: isoDate.nullable(),
  }),
  /** Any event the user records by hand (payment, promise, dispute, note, reason, reminder sent...). */
  'ui-bg:recordEvent': z.object({
    clientId,
    invoiceId: recordId.nullable(),
    at: isoDateTime,
    // A void has its own request (it checks the entry and re-derives the balances).
    data: eventData.refine((d) => d.type !== 'event_voided', 'use ui-bg:voidEvent to delete'),
  }),
  /**
   * Deletes (voids) one entry of the debt log: `eventId`, or the entry that created `invoiceId`
   * (Undo after "Add invoice"). Voiding a void restores the entry. Nothing is erased.
   */
  'ui-bg:voidEvent': z
    .object({ eventId: recordId.optional(), invoiceId: recordId.optional() })
    .strict()
    .refine((r) => (r.eventId ? 1 : 0) + (r.invoiceId ? 1 : 0) === 1, {
      message: 'name exactly one of eventId or invoiceId',
    }),
} as const;

export interface LedgerResponses {
  'cs-bg:observe': { results: ObservationResult[] };
  'ui-bg:listClients': ClientListItem[];
  'ui-bg:getClient': ClientDetail | null;
  'ui-bg:createClient': ClientRecord;
  'ui-bg:updateClient': ClientRecord;
  'ui-bg:deleteClient': { deleted: true };
  'ui-bg:addInvoice': InvoiceRecord;
  'ui-bg:recordEvent': { status: 'appended' | 'duplicate'; event: EventRecord };
  'ui-bg:voidEvent':
    { event: EventRecord; target: EventRecord; restored: boolean } | { error: VoidErrorCode };
}
