/**
 * Shared shapes of the invoicing-site adapters: each adapter recognises a site's hosted invoice
 * page by URL and reads it (a pure DOM function) into a {@link SiteInvoice}.
 */

/** Identifier of a supported invoicing site. */
export type SiteId =
  'stripe' | 'paypal' | 'invoice-ninja' | 'freshbooks' | 'quickbooks' | 'xero' | 'wave' | 'zoho';

/**
 * Payment state as the page shows it. Void, cancelled and draft invoices are `unknown`: they are
 * neither owed nor paid, and the ledger should not treat them as either.
 */
export type SiteInvoiceStatus = 'open' | 'partly_paid' | 'paid' | 'overdue' | 'unknown';

/** What a hosted invoice page says, as plain data. Money in integer minor units, dates `YYYY-MM-DD`. */
export interface SiteInvoice {
  site: SiteId;
  /** The page URL the invoice was read from (the hosted link, fragment included). */
  url: string;
  clientName: string | null;
  clientEmail: string | null;
  issuerName: string | null;
  invoiceNumber: string | null;
  /** Invoice total in minor units of `currency`. */
  amountMinor: number | null;
  /** Amount still due in minor units of `currency`; 0 once paid. */
  amountDueMinor: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  status: SiteInvoiceStatus;
  /** 0..1: how much of the page the adapter could read and how sure it is this is the site's invoice. */
  confidence: number;
}

/** One invoicing site: where its invoice pages live and how to read them. */
export interface SiteAdapter {
  id: SiteId;
  /** Human-readable site name. */
  name: string;
  /** Match patterns for the manifest, exact invoice-page origins/paths only. */
  matches: string[];
  /** True when this URL is a hosted invoice page of the site. */
  matchesUrl(url: URL): boolean;
  /** Reads the page; null when it does not show an invoice this adapter can read. */
  parse(root: ParentNode, url: URL): SiteInvoice | null;
}
