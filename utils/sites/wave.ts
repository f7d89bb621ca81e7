/**
 * Wave invoices (the "Review & Pay" link of Wave invoice e-mails, and the invoice view).
 * Examples:
 *   https://next.waveapps.com/6f1d2c3b-4a5e-4f60-9b8a-7c6d5e4f3a2b/invoices/2093848812/view
 *   https://payments.waveapps.com/invoices/QnVzaW5lc3M6NmYxZDJj/pay
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments } from './url';

// 2026-11-23: not checked against a live page. Wave's invoice template prints "Invoice Number",
// "Invoice Date", "Payment Due", "Amount Due (CAD)", "Bill To", "Total" and payment lines
// ("Payment on <date> using ..."); the `data-testid` hooks are assumptions.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-testid="invoice-amount-due"]'],
  invoiceNumber: ['[data-testid="invoice-number"]'],
  status: ['[data-testid="invoice-status"]', '[data-testid="status-badge"]'],
  billTo: ['[data-testid="invoice-bill-to"]'],
  issuerName: ['[data-testid="business-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'wave',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => waveInvoiceUrl(url),
};

function waveInvoiceUrl(url: URL): boolean {
  const segments = pathSegments(url);
  if (onHost(url, ['payments.waveapps.com'])) return segments.length >= 1;
  if (!onHost(url, ['next.waveapps.com'])) return false;
  const at = segments.indexOf('invoices');
  return at >= 0 && segments[at + 1] !== undefined;
}

/** Wave invoice view. */
export const waveAdapter = defineSiteAdapter({
  name: 'Wave',
  matches: ['https://next.waveapps.com/*/invoices/*', 'https://payments.waveapps.com/*'],
  matchesUrl: waveInvoiceUrl,
  profile: PROFILE,
});
