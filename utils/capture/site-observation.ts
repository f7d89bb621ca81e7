/**
 * A hosted invoice page (Stripe, PayPal, Invoice Ninja...) as one `status` observation: the
 * invoice, and how much of it the page shows as paid. The background records the invoice once
 * and any newly paid total as one payment, so reading the page again is harmless.
 */
import type { Observation } from '@/utils/ledger/observation';
import type { SiteAdapter, SiteInvoice } from '@/utils/sites/types';

/** The `status` member of the observation union. */
export type StatusObservation = Extract<Observation, { kind: 'status' }>;

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Who an invoice is between, for its key: the issuer and the client, as the page names them. */
export interface KeyScope {
  issuer: string | null;
  client: { email: string | null; name: string | null };
}

/** One key segment: case and spacing folded, ':' escaped so segments cannot run together. */
const segment = (text: string | null): string =>
  (text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[:%]/g, (c) => encodeURIComponent(c));

/**
 * The invoice's stable key: its number on that site (or the page's path when it shows none),
 * scoped by issuer and client, since two issuers both number their first invoice 0001.
 */
export function siteKey(
  site: string,
  invoiceNumber: string | null,
  url: URL,
  scope: KeyScope,
): string {
  // The query is left out: hosted links carry tracking parameters (?s=em) that change per e-mail.
  const ref = invoiceNumber?.trim() || `${url.host}${url.pathname}${url.hash}`;
  const client = scope.client.email ?? scope.client.name;
  return `site:${site}:${segment(scope.issuer)}:${segment(client)}:${ref}`.slice(0, 400);
}

const clean = (text: string | null, max: number): string | null => {
  const trimmed = text?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed ? trimmed.slice(0, max) : null;
};
const isoDateOrNull = (date: string | null): string | null =>
  date && ISO_DATE.test(date) ? date : null;
const minorOrNull = (n: number | null): number | null =>
  n !== null && Number.isSafeInteger(n) && n >= 0 ? n : null;

/** Total and paid amounts the page implies, or null when it does not say how much the invoice is. */
function amountsOf(inv: SiteInvoice): { total: number; paid: number } | null {
  const total = minorOrNull(inv.amountMinor);
  const due = minorOrNull(inv.amountDueMinor);
  if (inv.status === 'paid') return total !== null && total > 0 ? { total, paid: total } : null;
  // Only an open invoice's amount due is its total; a partly paid one's is the rest.
  const invoiced = total ?? (inv.status !== 'partly_paid' && due !== null ? due : null);
  if (invoiced === null || invoiced <= 0) return null;
  const paid = due !== null && due <= invoiced ? invoiced - due : 0;
  return { total: invoiced, paid };
}

/** A `status` observation from a site's reading, or null when it cannot be one. */
export function observationFromSiteInvoice(inv: SiteInvoice, now: Date): StatusObservation | null {
  // Void, cancelled and draft pages read as `unknown`: neither owed nor paid.
  if (inv.status === 'unknown') return null;
  const currency = inv.currency && /^[A-Z]{3}$/.test(inv.currency) ? inv.currency : null;
  const amounts = amountsOf(inv);
  if (!currency || !amounts) return null;
  const email = clean(inv.clientEmail, 254)?.toLowerCase() ?? null;
  const counterparty = {
    email: email && EMAIL.test(email) ? email : null,
    name: clean(inv.clientName, 200),
  };
  // Without a client the invoice cannot be put on anyone's account.
  if (!counterparty.email && !counterparty.name) return null;
  let url: URL;
  try {
    url = new URL(inv.url);
  } catch {
    return null;
  }
  const number = clean(inv.invoiceNumber, 100);
  const issuer = clean(inv.issuerName, 200);
  return {
    kind: 'status',
    key: siteKey(inv.site, number, url, { issuer, client: counterparty }),
    at: now.toISOString(),
    counterparty,
    source: { kind: 'site', url: inv.url.slice(0, 2000), messageId: null },
    // Recorded only when this is the user's business (utils/trust): else the user is asked.
    issuer,
    invoice: {
      number,
      amountMinor: amounts.total,
      currency,
      issueDate: isoDateOrNull(inv.issueDate),
      dueDate: isoDateOrNull(inv.dueDate),
    },
    paidMinor: amounts.paid,
  };
}

/**
 * Reads the page with the site's adapter and returns its observation, or null when the page
 * (not yet) shows a readable invoice: single-page apps render late, so callers retry.
 */
export function siteObservation(
  adapter: SiteAdapter,
  root: ParentNode,
  url: URL,
  now: Date,
): StatusObservation | null {
  let invoice: SiteInvoice | null;
  try {
    invoice = adapter.parse(root, url);
  } catch (error) {
    console.warn(`[Firmly] ${adapter.name} page could not be read:`, error);
    return null;
  }
  return invoice ? observationFromSiteInvoice(invoice, now) : null;
}
