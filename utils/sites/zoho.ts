/**
 * Zoho Invoice / Zoho Books secure invoice links, on the .com, .eu and .in data centres.
 * Examples:
 *   https://invoice.zoho.com/SecurePayment?CInvoiceID=2-5f8e9c0d1a2b3c4d5e6f7a8b9c0d1e2f
 *   https://invoice.zoho.eu/portal/acmestudio/secure?CInvoiceID=2-5f8e9c0d1a2b
 *   https://zohosecurepay.in/books/acmestudio/secure?CInvoiceID=2-5f8e9c0d1a2b
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost } from './url';

// 2026-11-23: not checked against a live page. Zoho's standard template prints "Invoice#",
// "Balance Due", "Invoice Date", "Terms", "Due Date", "Bill To", "Sub Total", "Total",
// "Payment Made" and a status ribbon; the hooks below are assumptions.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-test-id="balance-due"]', '#balance-due'],
  invoiceNumber: ['[data-test-id="invoice-number"]'],
  status: ['[data-test-id="invoice-status"]', '.ribbon-inner'],
  issuerName: ['[data-test-id="organization-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'zoho',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => zohoInvoiceUrl(url),
};

const INVOICE_HOSTS = ['invoice.zoho.com', 'invoice.zoho.eu', 'invoice.zoho.in'];
const SECURE_PAY_HOSTS = ['zohosecurepay.com', 'zohosecurepay.eu', 'zohosecurepay.in'];

function zohoInvoiceUrl(url: URL): boolean {
  const secure = /secure/i.test(url.pathname) || url.searchParams.has('CInvoiceID');
  if (onHost(url, SECURE_PAY_HOSTS)) return secure || url.pathname.length > 1;
  return onHost(url, INVOICE_HOSTS) && secure;
}

/** Zoho Invoice secure invoice page. */
export const zohoAdapter = defineSiteAdapter({
  name: 'Zoho Invoice',
  matches: [
    ...INVOICE_HOSTS.flatMap((host) => [`https://${host}/*secure*`, `https://${host}/*Secure*`]),
    ...SECURE_PAY_HOSTS.map((host) => `https://${host}/*`),
  ],
  matchesUrl: zohoInvoiceUrl,
  profile: PROFILE,
});
