/**
 * Every invoicing-site adapter, and lookups over them for the content script and the manifest.
 */
import type { SiteAdapter } from './types';
import { stripeAdapter } from './stripe';
import { paypalAdapter } from './paypal';
import { freshbooksAdapter } from './freshbooks';
import { quickbooksAdapter } from './quickbooks';
import { xeroAdapter } from './xero';
import { waveAdapter } from './wave';
import { zohoAdapter } from './zoho';
import { invoiceNinjaAdapter } from './invoice-ninja';

export type { SiteAdapter, SiteId, SiteInvoice, SiteInvoiceStatus } from './types';

/**
 * All adapters. Sites on fixed hosts come first; Invoice Ninja, which matches paths on any
 * domain (self-hosted portals), comes last so it never shadows them.
 */
export const SITE_ADAPTERS: SiteAdapter[] = [
  stripeAdapter,
  paypalAdapter,
  freshbooksAdapter,
  quickbooksAdapter,
  xeroAdapter,
  waveAdapter,
  zohoAdapter,
  invoiceNinjaAdapter,
];

/** The adapter whose invoice pages include `url`, or null. */
export function findAdapter(url: URL): SiteAdapter | null {
  return SITE_ADAPTERS.find((adapter) => adapter.matchesUrl(url)) ?? null;
}

/** Every adapter's manifest match patterns, without duplicates. */
export const ALL_SITE_MATCHES: string[] = [
  ...new Set(SITE_ADAPTERS.flatMap((adapter) => adapter.matches)),
];
