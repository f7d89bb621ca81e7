/**
 * PayPal invoices as the payer sees them.
 * Examples:
 *   https://www.paypal.com/invoice/p/#INV2-8RZK-5WQJ-3CWD-LM2F
 *   https://www.paypal.com/invoice/payerView/details/INV2-8RZK-5WQJ-3CWD-LM2F
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments } from './url';

// 2026-11-23: not checked against a live page. The payer view is a React app; the hooks below
// are assumptions. Labels are PayPal's documented ones ("Invoice number", "Invoice date",
// "Due date", "Bill to", "Amount due", "Total") in the payer's language.
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-testid="amount-due"]', '[data-test-id="amountDue"]'],
  total: ['[data-testid="invoice-total"]'],
  invoiceNumber: ['[data-testid="invoice-number"]'],
  status: ['[data-testid="invoice-status"]', '[data-test-id="invoiceStatus"]'],
  billTo: ['[data-testid="bill-to"]'],
};

const PROFILE: SiteProfile = {
  site: 'paypal',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => paypalInvoiceUrl(url),
};

function paypalInvoiceUrl(url: URL): boolean {
  if (!onHost(url, ['www.paypal.com', 'paypal.com'])) return false;
  const [first, second, third, fourth] = pathSegments(url);
  if (first !== 'invoice') return false;
  // The invoice id lives in the fragment: /invoice/p/#INV2-...
  if (second === 'p') return url.hash.length > 1 || third !== undefined;
  return second === 'payerView' && third === 'details' && fourth !== undefined;
}

/** PayPal's payer view of an invoice. */
export const paypalAdapter = defineSiteAdapter({
  name: 'PayPal',
  matches: ['https://www.paypal.com/invoice/p/*', 'https://www.paypal.com/invoice/payerView/*'],
  matchesUrl: paypalInvoiceUrl,
  profile: PROFILE,
});
