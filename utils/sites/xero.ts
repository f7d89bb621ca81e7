/**
 * Xero online invoices (the "View invoice" link of Xero invoice e-mails).
 * Examples:
 *   https://in.xero.com/hP7Mmxpcgl3GfFBrbNEm8Bs5y8zRdX4cPwwoc9gs
 *   https://in.xero.com/Invoices/View/3b6f2c1a-9d8e-4f7a-b5c3-1e2d4f6a8b0c
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments } from './url';

// 2026-11-23: not checked against a live page. Per Xero's help ("Share a link to an online
// invoice") the page shows "Pay now", "Days overdue", "Less amount paid" and a PAID state; the
// standard branding theme prints "Invoice Date", "Invoice Number", "Reference", "Total <CUR>",
// "Amount Due <CUR>". The hooks below are assumptions; labels are the fallback.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-automationid="amount-due"]', '[data-automationid="invoice-amount-due"]'],
  invoiceNumber: ['[data-automationid="invoice-number"]'],
  status: ['[data-automationid="invoice-status"]', '[data-automationid="paid-stamp"]'],
  issuerName: ['[data-automationid="organisation-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'xero',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => xeroInvoiceUrl(url),
};

function xeroInvoiceUrl(url: URL): boolean {
  if (!onHost(url, ['in.xero.com'])) return false;
  const segments = pathSegments(url);
  // Short links are one long random token; longer paths name the invoice explicitly.
  if (segments.length === 1) return /^[A-Za-z0-9_-]{20,}$/.test(segments[0] ?? '');
  const at = segments.findIndex((segment) => /^invoices?$/i.test(segment));
  return at >= 0 && segments.length > at + 1;
}

/** Xero online invoice. */
export const xeroAdapter = defineSiteAdapter({
  name: 'Xero',
  matches: ['https://in.xero.com/*'],
  matchesUrl: xeroInvoiceUrl,
  profile: PROFILE,
});
