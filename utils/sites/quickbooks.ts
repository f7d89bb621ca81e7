/**
 * QuickBooks Online invoices as the customer sees them (the "View and pay" link), and the
 * customer view inside QuickBooks Online.
 * Examples:
 *   https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-7f3c2a1e9b8d4c6f0a5e3b1d
 *   https://app.qbo.intuit.com/app/customerview?txnId=1042&nameId=58
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments } from './url';

// 2026-11-23: not checked against a live page. The customer view shows "Invoice <number>",
// "Due <date>", "Balance due" and a preview with "Bill to", "Invoice no.", "Invoice date",
// "Due date", "Total"; the `data-testid`/`data-automation-id` hooks are assumptions.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-testid="invoice-balance-due"]', '[data-automation-id="balance-due"]'],
  invoiceNumber: ['[data-testid="invoice-number"]', '[data-automation-id="invoice-number"]'],
  status: ['[data-testid="invoice-status"]', '[data-automation-id="invoice-status"]'],
  issuerName: ['[data-testid="company-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'quickbooks',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => quickbooksInvoiceUrl(url),
};

function quickbooksInvoiceUrl(url: URL): boolean {
  const segments = pathSegments(url);
  if (onHost(url, ['connect.intuit.com'])) return segments[0] === 'portal' && segments.length >= 2;
  if (onHost(url, ['app.qbo.intuit.com']))
    return segments[0] === 'app' && segments[1] === 'customerview';
  return false;
}

/** QuickBooks Online customer invoice view. */
export const quickbooksAdapter = defineSiteAdapter({
  name: 'QuickBooks Online',
  matches: ['https://connect.intuit.com/portal/*', 'https://app.qbo.intuit.com/app/customerview*'],
  matchesUrl: quickbooksInvoiceUrl,
  profile: PROFILE,
});
