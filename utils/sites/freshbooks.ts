/**
 * FreshBooks client view of an invoice.
 * Examples:
 *   https://my.freshbooks.com/#/link/Vx4kq9ZrT2mLp8Wd      (link from the invoice e-mail)
 *   https://my.freshbooks.com/#/invoice/2418873-18421       (logged-in view)
 *   https://acmestudio.freshbooks.com/view/St2gThomas3a     (classic accounts)
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments, underDomain } from './url';

// 2026-11-23: not checked against a live page. FreshBooks' invoice template prints "Billed To",
// "Date of Issue", "Invoice Number", "Due Date", "Amount Due (USD)", "Amount Paid"; the
// `data-testid` hooks are assumptions, the labels are the real fallback.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-testid="invoice-amount-due"]'],
  invoiceNumber: ['[data-testid="invoice-number"]'],
  status: ['[data-testid="invoice-status"]', '[data-testid="status-label"]'],
  billTo: ['[data-testid="invoice-client-info"]'],
  issuerName: ['[data-testid="invoice-business-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'freshbooks',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => freshbooksInvoiceUrl(url),
};

/** Hash routes of the client-facing app that show one invoice. */
const CLIENT_ROUTE = /^#\/(?:link|invoice|invoices)\/[^/?#]+/;

function freshbooksInvoiceUrl(url: URL): boolean {
  if (onHost(url, ['my.freshbooks.com'])) return CLIENT_ROUTE.test(url.hash);
  if (!underDomain(url, 'freshbooks.com') || onHost(url, ['www.freshbooks.com', 'freshbooks.com']))
    return false;
  const segments = pathSegments(url);
  if (segments[0] === 'view') return segments.length >= 2;
  const at = segments.findIndex((segment) => /^invoices?$/i.test(segment));
  return at >= 0 && segments[at + 1] !== undefined;
}

/** FreshBooks client view. */
export const freshbooksAdapter = defineSiteAdapter({
  name: 'FreshBooks',
  matches: [
    'https://my.freshbooks.com/*',
    'https://*.freshbooks.com/view/*',
    'https://*.freshbooks.com/*invoice*',
  ],
  matchesUrl: freshbooksInvoiceUrl,
  profile: PROFILE,
});
