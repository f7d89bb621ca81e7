/**
 * The one invoice reader every adapter runs, driven by a per-site {@link SiteProfile}: site
 * selectors first (stable hooks: `data-*`, `itemprop`, ids), then labels from the shared
 * vocabulary, then headings ("Invoice # 0042 - Unpaid"). Pure: reads the DOM, changes nothing.
 */
import type { SiteInvoice } from './types';
import { readPageText } from './page-text';
import { hasMarker, labelsOf, type SiteProfile } from './profile';
import { readHeadings } from './headings';
import {
  readAmounts,
  readDates,
  readInvoiceNumberField,
  readParties,
  readStatus,
} from './read-fields';

/** Weights of what was read, summing to 1: the amount matters most. */
const CONFIDENCE_WEIGHTS = {
  amount: 0.25,
  currency: 0.1,
  invoiceNumber: 0.15,
  dueDate: 0.1,
  issueDate: 0.05,
  client: 0.1,
  status: 0.1,
  marker: 0.1,
  home: 0.05,
} as const;

type Evidence = Record<keyof typeof CONFIDENCE_WEIGHTS, boolean>;

function confidenceOf(evidence: Evidence): number {
  let score = 0;
  for (const key of Object.keys(CONFIDENCE_WEIGHTS) as (keyof Evidence)[]) {
    if (evidence[key]) score += CONFIDENCE_WEIGHTS[key];
  }
  return Math.round(Math.min(score, 1) * 100) / 100;
}

/**
 * Reads an invoice page for `profile`'s site. Returns null unless the page shows an amount (or an
 * invoice number with a state) and something that ties it to an invoice: a number, a due date, or
 * the site's own markers or host.
 */
export function readSiteInvoice(
  root: ParentNode,
  url: URL,
  profile: SiteProfile,
): SiteInvoice | null {
  const marker = hasMarker(root, profile);
  const home = profile.isHomeUrl?.(url) ?? false;
  if (profile.requireMarker && !marker && !home) return null;

  const page = readPageText(root);
  const labels = labelsOf(profile);
  const headings = readHeadings(page);
  const amounts = readAmounts(page, profile, labels);
  const { issueDate, dueDate } = readDates(page, profile, labels, amounts.currency);
  const invoiceNumber = readInvoiceNumberField(page, profile, labels) ?? headings.invoiceNumber;
  const parties = readParties(page, profile, labels);
  const issuerName = parties.issuerName ?? headings.issuerName;
  const status = readStatus(page, profile, headings.status, amounts);

  const amountDueMinor = status === 'paid' && amounts.due === null ? 0 : amounts.due;
  const amountMinor = amounts.total ?? (status === 'paid' ? amounts.paid : amounts.due);

  // A page that hides the amount (a PDF viewer) still counts when it names the invoice and its state.
  const readable = amountMinor !== null || (invoiceNumber !== null && status !== 'unknown');
  if (!readable || !(invoiceNumber || dueDate || marker || home)) return null;

  const confidence = confidenceOf({
    amount: amountMinor !== null,
    currency: amounts.currency !== null,
    invoiceNumber: invoiceNumber !== null,
    dueDate: dueDate !== null,
    issueDate: issueDate !== null,
    client: parties.clientName !== null || parties.clientEmail !== null,
    status: status !== 'unknown',
    marker,
    home,
  });

  return {
    site: profile.site,
    url: url.href,
    clientName: parties.clientName,
    clientEmail: parties.clientEmail,
    issuerName,
    invoiceNumber,
    amountMinor,
    amountDueMinor,
    currency: amounts.currency,
    issueDate,
    dueDate,
    status,
    confidence,
  };
}
