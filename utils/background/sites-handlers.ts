/** Handlers for the invoicing-site requests: the badge's invoice state and capture on demand. */
import type { FirmlyDB } from '@/utils/db/database';
import type { InvoiceRecord } from '@/utils/db/records';
import { invoiceBadgeState } from '@/utils/sites/badge-state';
import { captureActiveTab } from './capture-service';
import type { Handlers } from './router';

type SitesHandlerNames = 'cs-bg:invoiceStatus' | 'ui-bg:captureActiveTab';

const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/** The invoice an observation recorded (by its key), else the client's invoice with that number. */
export async function findTrackedInvoice(
  db: FirmlyDB,
  key: string,
  clientId: string | null,
  invoiceNumber: string | null,
): Promise<InvoiceRecord | null> {
  const event = await db.events.where('idempotencyKey').equals(key).first();
  const byKey = event?.invoiceId ? await db.invoices.get(event.invoiceId) : undefined;
  // Only the asking client's: a key never answers for another client's invoice.
  if (byKey && (!clientId || byKey.clientId === clientId)) return byKey;
  if (!clientId || !invoiceNumber) return null;
  const byNumber = await db.invoices
    .where('clientId')
    .equals(clientId)
    .filter((i) => i.number === invoiceNumber)
    .first();
  return byNumber ?? null;
}

/** `capture` is injectable so tests need no browser. */
export function sitesHandlers(
  db: FirmlyDB,
  capture: (tabId?: number) => Promise<{ tabId: number }> = captureActiveTab,
): Pick<Handlers, SitesHandlerNames> {
  return {
    'cs-bg:invoiceStatus': async ({ key, clientId, invoiceNumber, today }) => {
      const invoice = await findTrackedInvoice(db, key, clientId, invoiceNumber);
      return invoice ? invoiceBadgeState(invoice, today ?? todayUtc()) : null;
    },
    'ui-bg:captureActiveTab': async ({ tabId }) => capture(tabId),
  };
}
