/**
 * What an adapter tells the shared reader about its site, and the lookups over it: selectors per
 * field (site hooks, then schema.org microdata) and label phrases (site's, then the shared ones).
 */
import type { SiteId } from './types';
import { compileLabels, valueText, withSiteLabels, type CompiledLabels } from './labels';
import type { PageText } from './page-text';
import {
  AMOUNT_DUE_LABELS,
  AMOUNT_PAID_LABELS,
  BILL_TO_LABELS,
  DUE_DATE_LABELS,
  FROM_LABELS,
  INVOICE_NUMBER_LABELS,
  ISSUE_DATE_LABELS,
  TOTAL_LABELS,
} from './vocabulary';

/** Fields a site can point selectors at. */
export type SiteField =
  | 'total'
  | 'amountDue'
  | 'amountPaid'
  | 'invoiceNumber'
  | 'issueDate'
  | 'dueDate'
  | 'clientName'
  | 'clientEmail'
  | 'billTo'
  | 'issuerName'
  | 'status';

/** Fields a site can add label phrases for. */
export type LabelledField =
  | 'total'
  | 'amountDue'
  | 'amountPaid'
  | 'invoiceNumber'
  | 'issueDate'
  | 'dueDate'
  | 'billTo'
  | 'from';

/** Everything site-specific an adapter tells the reader. */
export interface SiteProfile {
  site: SiteId;
  /** CSS selectors per field, best first; the first element whose value reads wins. */
  selectors: Partial<Record<SiteField, readonly string[]>>;
  /** Phrases the site prints beyond the shared vocabulary, tried first. */
  labels?: Partial<Record<LabelledField, readonly string[]>>;
  /** Elements only this site's pages have (a footer link, an app id). */
  markers: readonly string[];
  /** True for sites on arbitrary domains: without a marker or a known host the page is not claimed. */
  requireMarker?: boolean;
  /** True when the URL alone shows the page is the site's (its own hosts). */
  isHomeUrl?(url: URL): boolean;
}

/** schema.org `Invoice` microdata, understood on every site. */
const MICRODATA: Partial<Record<SiteField, readonly string[]>> = {
  total: ['[itemprop="totalPaymentDue"] [itemprop="price"]'],
  amountDue: ['[itemprop="minimumPaymentDue"] [itemprop="price"]'],
  invoiceNumber: ['[itemprop="confirmationNumber"]', '[itemprop="identifier"]'],
  dueDate: ['[itemprop="paymentDueDate"]', '[itemprop="paymentDue"]'],
  clientName: ['[itemprop="customer"] [itemprop="name"]'],
  issuerName: ['[itemprop="provider"] [itemprop="name"]', '[itemprop="broker"] [itemprop="name"]'],
  status: ['[itemprop="paymentStatus"]'],
};

const SHARED_LABELS = {
  total: TOTAL_LABELS,
  amountDue: AMOUNT_DUE_LABELS,
  amountPaid: AMOUNT_PAID_LABELS,
  invoiceNumber: INVOICE_NUMBER_LABELS,
  issueDate: ISSUE_DATE_LABELS,
  dueDate: DUE_DATE_LABELS,
  billTo: BILL_TO_LABELS,
  from: FROM_LABELS,
} as const;

/** Compiled labels per field of one profile. */
export type ProfileLabels = Record<LabelledField, CompiledLabels>;

const compiledCache = new WeakMap<SiteProfile, ProfileLabels>();

/** The profile's labels per field, compiled once per profile. */
export function labelsOf(profile: SiteProfile): ProfileLabels {
  const cached = compiledCache.get(profile);
  if (cached) return cached;
  const compiled = {} as ProfileLabels;
  for (const field of Object.keys(SHARED_LABELS) as LabelledField[]) {
    compiled[field] = compileLabels(withSiteLabels(profile.labels?.[field], SHARED_LABELS[field]));
  }
  compiledCache.set(profile, compiled);
  return compiled;
}

/** `querySelectorAll` that treats a selector the engine rejects as matching nothing. */
export function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The site's selectors for a field, then the microdata ones. */
export function selectorsFor(profile: SiteProfile, field: SiteField): readonly string[] {
  return [...(profile.selectors[field] ?? []), ...(MICRODATA[field] ?? [])];
}

/** Value of the first element matching one of `selectors` that `read` accepts. */
export function fromSelectors<T>(
  page: PageText,
  selectors: readonly string[] | undefined,
  read: (text: string, element: Element) => T | null,
): T | null {
  for (const selector of selectors ?? []) {
    for (const element of safeQueryAll(page.root, selector)) {
      const value = read(valueText(element, page), element);
      if (value !== null) return value;
    }
  }
  return null;
}

/** True when one of the profile's markers is on the page. */
export function hasMarker(root: ParentNode, profile: SiteProfile): boolean {
  return profile.markers.some((selector) => safeQueryAll(root, selector).length > 0);
}
