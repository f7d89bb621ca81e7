/**
 * Stripe hosted invoice pages (the "Hosted Invoice Page" linked from Stripe invoice e-mails).
 * Examples:
 *   https://invoice.stripe.com/i/acct_1Nv0FGQ9RKHgCVdK/live_YWNjdF8xTnYwRkdROVJLSGdDVmRL?s=em
 *   https://invoice.stripe.com/i/acct_abcdefghijklmno/invst_abcdefghijklmnop0123456789
 *   https://pay.stripe.com/invoice/invst_abcdefghijklmnop0123456789   (older links)
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { onHost, pathSegments } from './url';

// 2026-11-23: not checked against a live page (no network here). Stripe renders a React app with
// generated class names; the `data-testid` hooks below are assumptions, so every field also has
// a label fallback ("Amount due", "Due <date>", "Invoice number", "To", "From").
const SELECTORS: SiteProfile['selectors'] = {
  amountDue: ['[data-testid="invoice-amount-post-payment"]', '[data-testid="invoice-amount"]'],
  invoiceNumber: ['[data-testid="invoice-number"]'],
  dueDate: ['[data-testid="invoice-due-date"]'],
  status: ['[data-testid="invoice-status"]'],
  issuerName: ['[data-testid="merchant-name"]', '[data-testid="business-name"]'],
};

const PROFILE: SiteProfile = {
  site: 'stripe',
  selectors: SELECTORS,
  markers: [],
  isHomeUrl: (url) => stripeInvoiceUrl(url),
};

function stripeInvoiceUrl(url: URL): boolean {
  const segments = pathSegments(url);
  if (onHost(url, ['invoice.stripe.com'])) return segments[0] === 'i' && segments.length >= 3;
  if (onHost(url, ['pay.stripe.com'])) return segments[0] === 'invoice' && segments.length >= 2;
  return false;
}

/** Stripe's Hosted Invoice Page. */
export const stripeAdapter = defineSiteAdapter({
  name: 'Stripe',
  matches: ['https://invoice.stripe.com/i/*', 'https://pay.stripe.com/invoice/*'],
  matchesUrl: stripeInvoiceUrl,
  profile: PROFILE,
});
