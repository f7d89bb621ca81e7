/**
 * Invoice Ninja (v5) client portal: hosted at *.invoicing.co or self-hosted on any domain, so the
 * host permission is granted at runtime and pages off invoicing.co must show Invoice Ninja markers.
 * Examples:
 *   https://acme.invoicing.co/client/invoice/5e8c1f0b2a9d4c7e8f6a1b3c5d7e9f0a   (invitation link)
 *   https://billing.example.org/client/invoices/VolejRejNm                       (logged-in view)
 */
import { defineSiteAdapter } from './define-adapter';
import type { SiteProfile } from './profile';
import { pathSegments, underDomain } from './url';

// 2026-11-23, from invoiceninja/invoiceninja resources/views/portal/ninja2020: the invoice page
// heading is "Invoice # <number> - <status>" (invoices/show.blade.php); the html-viewer under the
// PDF iframe (components/html-viewer.blade.php, filled by app/Livewire/PdfSlot.php) prints
// #company-details, #entity-details as <p>label</p><p class="entity-field">value</p> pairs, a
// client-name button in #user-details and a #totals table (Total / Balance). PDF designs carry
// data-ref="entity_details-invoice.number" hooks, used when the HTML design is shown inline.
const SELECTORS: SiteProfile['selectors'] = {
  invoiceNumber: ['[data-ref="entity_details-invoice.number"]'],
  issueDate: ['[data-ref="entity_details-invoice.date"]'],
  dueDate: ['[data-ref="entity_details-invoice.due_date"]'],
  amountDue: ['[data-ref="entity_details-invoice.balance_due"]'],
  total: ['[data-ref="entity_details-invoice.total"]'],
  clientName: ['[data-ref="client_details-client.name"]', '#user-details button > span'],
  // invoice-summary.blade.php renders <dd><a href="mailto:">email</a></dd> (empty href): read the text.
  clientEmail: [
    '[data-ref="client_details-contact.email"]',
    'dd > a[href^="mailto:"]',
    '#user-details',
  ],
  issuerName: ['[data-ref="company_details-company.name"]', '#company-details > p:first-child'],
};

const PROFILE: SiteProfile = {
  site: 'invoice-ninja',
  selectors: SELECTORS,
  // Translations of texts.balance ("Balance", "Saldo") label the amount due in #totals.
  labels: { amountDue: ['balance due', 'balance'] },
  markers: [
    'meta[name="pdf-url"]',
    'meta[name="show-invoice-terms"]',
    '#entity-details',
    '[data-ref^="entity_details-"]',
    'a[href*="invoiceninja.com"]',
  ],
  requireMarker: true,
  isHomeUrl: (url) => underDomain(url, 'invoicing.co'),
};

function invoiceNinjaUrl(url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const segments = pathSegments(url);
  // The portal may live under a sub-path of a self-hosted site: look for the "client" segment.
  const at = segments.lastIndexOf('client');
  if (at < 0) return false;
  const [kind, id, extra] = segments.slice(at + 1);
  if (!id || extra !== undefined) return false;
  if (kind === 'invoice') return true;
  return kind === 'invoices' && !['payment', 'download'].includes(id);
}

/** Invoice Ninja client portal invoice pages. */
export const invoiceNinjaAdapter = defineSiteAdapter({
  name: 'Invoice Ninja',
  matches: ['https://*.invoicing.co/client/*'],
  matchesUrl: invoiceNinjaUrl,
  profile: PROFILE,
});
