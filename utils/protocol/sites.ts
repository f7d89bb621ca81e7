/**
 * Requests about invoicing sites and page capture: the in-page badge asks how a tracked
 * invoice stands; the popup asks to capture the invoice on the active tab.
 */
import { z } from 'zod';
import { isoDate, recordId } from '@/utils/db/records';
import type { InvoiceBadgeState } from '@/utils/sites/badge-state';

export const sitesRequests = {
  /**
   * Content script → background: the stored state of the invoice a hosted page showed, found by
   * the observation's key (or the client's invoice with that number), for the badge.
   */
  'cs-bg:invoiceStatus': z.object({
    key: z.string().min(1).max(400),
    clientId: recordId.nullable(),
    invoiceNumber: z.string().max(100).nullable(),
    /** The page's local date; the background's UTC date when absent. */
    today: isoDate.optional(),
  }),
  /**
   * Popup → background: "Capture invoice from this page" on the active tab (or `tabId`). Works
   * through `activeTab`, granted when the user opened the popup on that tab.
   */
  'ui-bg:captureActiveTab': z.object({
    tabId: z
      .number()
      .int()
      .nonnegative()
      .max(2 ** 31)
      .optional(),
  }),
} as const;

export interface SitesResponses {
  'cs-bg:invoiceStatus': InvoiceBadgeState | null;
  'ui-bg:captureActiveTab': { tabId: number };
}
