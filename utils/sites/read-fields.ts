/**
 * Readers for each group of invoice fields (amounts, dates, parties, status), each trying the
 * site's selectors, then labels, then what headings say.
 */
import { linesOf, type PageText } from './page-text';
import { readLabelled, readLabelledBlock, type CompiledLabels } from './labels';
import {
  fromSelectors,
  safeQueryAll,
  selectorsFor,
  type ProfileLabels,
  type SiteProfile,
} from './profile';
import {
  resolveStatus,
  scanBadges,
  statusFromText,
  strongestStatus,
  type BadgeStatus,
} from './status';
import {
  inferDateOrder,
  readAmount,
  readDate,
  readEmail,
  readInvoiceNumber,
  readName,
  type PageAmount,
} from './values';
import type { SiteInvoiceStatus } from './types';

/** Elements that usually carry a status badge. */
const BADGE_SELECTORS = [
  '[data-status]',
  '[data-invoice-status]',
  '[class*="status"]',
  '[class*="Status"]',
  '[class*="badge"]',
  '[class*="Badge"]',
  '[class*="stamp"]',
  '[class*="ribbon"]',
  '[role="status"]',
];

function readAmountField(
  page: PageText,
  profile: SiteProfile,
  field: 'total' | 'amountDue' | 'amountPaid',
  labels: CompiledLabels,
  hint: string | null,
): PageAmount | null {
  const selected = fromSelectors(page, selectorsFor(profile, field), (text) =>
    readAmount(text, hint),
  );
  if (selected) return selected;
  const labelled = readLabelled(
    page,
    labels,
    (text, currency) => readAmount(text, currency ?? hint) !== null,
  );
  return labelled ? readAmount(labelled.text, labelled.currency ?? hint) : null;
}

/** Total, amount due and amount paid in the invoice's currency (minor units). */
export interface InvoiceAmounts {
  total: number | null;
  due: number | null;
  paid: number | null;
  currency: string | null;
}

/** Reads the amounts; a missing one follows from the other two (due = total − paid). */
export function readAmounts(
  page: PageText,
  profile: SiteProfile,
  labels: ProfileLabels,
): InvoiceAmounts {
  const due = readAmountField(page, profile, 'amountDue', labels.amountDue, null);
  const total = readAmountField(page, profile, 'total', labels.total, due?.currency ?? null);
  const currency = due?.currency ?? total?.currency ?? null;
  const paid = readAmountField(page, profile, 'amountPaid', labels.amountPaid, currency);
  // Amounts in another currency than the invoice's (a converted preview) are not this invoice's.
  const same = (amount: PageAmount | null): number | null =>
    amount && (!currency || !amount.currency || amount.currency === currency)
      ? amount.amountMinor
      : null;
  const amounts = { total: same(total), due: same(due), paid: same(paid), currency };
  if (amounts.due === null && amounts.total !== null && amounts.paid !== null) {
    amounts.due = Math.max(amounts.total - amounts.paid, 0);
  }
  if (amounts.total === null && amounts.due !== null && amounts.paid !== null) {
    amounts.total = amounts.due + amounts.paid;
  }
  return amounts;
}

/** Text of a date field (parsed once the page's day/month order is known). */
function readDateText(
  page: PageText,
  profile: SiteProfile,
  field: 'issueDate' | 'dueDate',
  labels: CompiledLabels,
): string | null {
  const accept = (text: string): string | null => (readDate(text) !== null ? text : null);
  return (
    fromSelectors(page, selectorsFor(profile, field), accept) ??
    readLabelled(page, labels, (text) => accept(text) !== null)?.text ??
    null
  );
}

/** Issue and due dates, `YYYY-MM-DD`, numeric dates read in the page's own day/month order. */
export function readDates(
  page: PageText,
  profile: SiteProfile,
  labels: ProfileLabels,
  currency: string | null,
): { issueDate: string | null; dueDate: string | null } {
  const dueText = readDateText(page, profile, 'dueDate', labels.dueDate);
  const issueText = readDateText(page, profile, 'issueDate', labels.issueDate);
  const order = inferDateOrder([dueText ?? '', issueText ?? ''], currency);
  return {
    issueDate: issueText ? readDate(issueText, order) : null,
    dueDate: dueText ? readDate(dueText, order) : null,
  };
}

/** The invoice number from the site's hooks or a label. */
export function readInvoiceNumberField(
  page: PageText,
  profile: SiteProfile,
  labels: ProfileLabels,
): string | null {
  const selected = fromSelectors(page, selectorsFor(profile, 'invoiceNumber'), (text) =>
    readInvoiceNumber(text),
  );
  if (selected) return selected;
  const labelled = readLabelled(
    page,
    labels.invoiceNumber,
    (text) => readInvoiceNumber(text) !== null,
  );
  return labelled ? readInvoiceNumber(labelled.text) : null;
}

/** The name on top of an address block (not the e-mail, phone or address lines under it). */
function nameOfBlock(block: readonly Element[]): string | null {
  const first = block[0] ? linesOf(block[0])[0] : undefined;
  return first ? readName(first) : null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The first e-mail address of a block: a mailto link's target, or one printed as text. */
function emailOfBlock(block: readonly Element[], page: PageText): string | null {
  for (const element of block) {
    const links = [element, ...Array.from(element.querySelectorAll('a[href^="mailto:"]'))];
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      const address = href.startsWith('mailto:') ? readEmail(safeDecode(href.slice(7))) : null;
      if (address) return address;
    }
    const printed = readEmail(page.textOf(element));
    if (printed) return printed;
  }
  return null;
}

/** Who the invoice is to and from. */
export interface InvoiceParties {
  clientName: string | null;
  clientEmail: string | null;
  issuerName: string | null;
}

/** Client name and e-mail (from the "Bill to" block) and the issuer's name (the "From" block). */
export function readParties(
  page: PageText,
  profile: SiteProfile,
  labels: ProfileLabels,
): InvoiceParties {
  const billTo =
    fromSelectors(page, profile.selectors.billTo, (text, element) => (text ? [element] : null)) ??
    readLabelledBlock(page, labels.billTo);
  const clientName =
    fromSelectors(page, selectorsFor(profile, 'clientName'), (text) => readName(text)) ??
    (billTo ? nameOfBlock(billTo) : null);
  const clientEmail =
    fromSelectors(
      page,
      selectorsFor(profile, 'clientEmail'),
      (text, element) => readEmail(element.getAttribute('href') ?? '') ?? readEmail(text),
    ) ?? (billTo ? emailOfBlock(billTo, page) : null);
  const fromBlock = readLabelledBlock(page, labels.from);
  const issuerName =
    fromSelectors(page, selectorsFor(profile, 'issuerName'), (text) => readName(text)) ??
    (fromBlock ? nameOfBlock(fromBlock) : null);
  return { clientName, clientEmail, issuerName };
}

/** The state the page's badges show: the site's badge if it has one, else the most decisive. */
function readBadge(
  page: PageText,
  profile: SiteProfile,
  headingStatus: BadgeStatus | null,
): BadgeStatus | null {
  const statusOf = (text: string, element: Element): BadgeStatus | null => {
    // Machine values: data-status="paid", schema.org href="https://schema.org/PaymentComplete".
    const machine =
      element.getAttribute('data-status') ??
      element.getAttribute('href') ??
      element.getAttribute('content');
    return statusFromText(text) ?? (machine ? statusFromText(machine.replace(/^.*\//, '')) : null);
  };
  const fromSite = fromSelectors(page, selectorsFor(profile, 'status'), statusOf);
  if (fromSite) return fromSite;
  const badges: BadgeStatus[] = headingStatus ? [headingStatus] : [];
  for (const selector of BADGE_SELECTORS) {
    for (const element of safeQueryAll(page.root, selector)) {
      const status = statusOf(page.textOf(element), element);
      if (status) badges.push(status);
    }
  }
  const tests = {
    isAmount: (text: string) => readAmount(text, null) !== null,
    isDate: (text: string) => readDate(text) !== null,
  };
  return strongestStatus([...badges, ...scanBadges(page, tests)]);
}

/** The invoice's state from its badges and amounts. */
export function readStatus(
  page: PageText,
  profile: SiteProfile,
  headingStatus: BadgeStatus | null,
  amounts: InvoiceAmounts,
): SiteInvoiceStatus {
  return resolveStatus(readBadge(page, profile, headingStatus), amounts);
}
