import { defineContentScript } from '#imports';
import { ALL_SITE_MATCHES } from '@/utils/sites';
import { startSiteWatcher } from './watcher';

// Hosted invoice pages of the supported sites (Stripe, PayPal, FreshBooks, QuickBooks, Xero, Wave,
// Zoho, Invoice Ninja on invoicing.co), e.g. https://invoice.stripe.com/i/acct_…/live_…; each
// adapter's file lists its examples. Self-hosted Invoice Ninja portals are registered at runtime
// (utils/background/capture-service.ts). These patterns are the extension's only host access.
export default defineContentScript({
  matches: ALL_SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startSiteWatcher(ctx);
  },
});
