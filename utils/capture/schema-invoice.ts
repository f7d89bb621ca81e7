/**
 * Reads a schema.org `Invoice` item (https://schema.org/Invoice) into the capture fields.
 * The client is the `customer`; `provider`/`broker` is the issuer, i.e. the user.
 */
import { parseAmount } from '@/utils/detect/amount';
import { parseDate } from '@/utils/detect/dates';
import { decimalToMinor, isCurrencyCode } from '@/utils/money';
import { readMicrodata, readRdfa } from './html-items';
import { readJsonLd } from './json-ld';
import {
  findThing,
  isThing,
  textOf,
  thingOf,
  valuesOf,
  type SchemaFormat,
  type SchemaThing,
} from './schema-thing';

/** What a schema.org `Invoice` states; null where it says nothing usable. */
export interface SchemaInvoice {
  format: SchemaFormat;
  clientName: string | null;
  clientEmail: string | null;
  invoiceNumber: string | null;
  amountMinor: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  /** From `paymentStatus` (PaymentComplete → paid, PaymentPastDue → overdue, PaymentDue → due). */
  paymentStatus: 'paid' | 'due' | 'overdue' | null;
}

// Invoice has no standard number or issue-date property: `identifier` and `confirmationNumber`
// are the nearest; publishers also use `invoiceNumber`, `dateCreated` and `dateIssued`.
const NUMBER_PROPS = ['identifier', 'invoiceNumber', 'confirmationNumber'];
const ISSUE_DATE_PROPS = ['dateIssued', 'dateCreated', 'issueDate'];
const DUE_DATE_PROPS = ['paymentDueDate', 'paymentDue'];
const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

/** "2015-01-30T12:00:00" → "2015-01-30"; other notations through the date parser. */
function dateOf(text: string | null): string | null {
  if (!text) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(text);
  return iso?.[1] ?? parseDate(text);
}

function numberOf(invoice: SchemaThing): string | null {
  for (const value of valuesOf(invoice, NUMBER_PROPS)) {
    // identifier may be a PropertyValue: {"@type": "PropertyValue", "value": "INV-1"}.
    const text = isThing(value)
      ? textOf(value, ['value', 'name'])
      : typeof value === 'string'
        ? value.trim()
        : String(value);
    if (text) return text.replace(/^#\s*/, '').slice(0, 100);
  }
  return null;
}

function personOf(invoice: SchemaThing): { name: string | null; email: string | null } {
  const values = valuesOf(invoice, ['customer']);
  const named = values.find((v): v is string => typeof v === 'string');
  const person = values.find(isThing);
  if (!person) return { name: named?.trim() || null, email: null };
  const given = [textOf(person, ['givenName']), textOf(person, ['familyName'])]
    .filter(Boolean)
    .join(' ');
  const name = textOf(person, ['name', 'legalName']) ?? (given || null);
  const email =
    textOf(person, ['email'])
      ?.replace(/^mailto:/i, '')
      .toLowerCase() ?? null;
  return { name: name?.slice(0, 200) ?? null, email: email && EMAIL.test(email) ? email : null };
}

/** A PriceSpecification / MonetaryAmount, or a bare "$70.00", into minor units. */
function moneyOf(
  invoice: SchemaThing,
  names: readonly string[],
): { amountMinor: number; currency: string | null } | null {
  const spec = thingOf(invoice, names);
  const price = spec ? textOf(spec, ['price', 'value', 'amount']) : textOf(invoice, names);
  if (!price) return null;
  const declared = spec
    ? (textOf(spec, ['priceCurrency', 'currency'])?.toUpperCase() ?? null)
    : null;
  const currency = declared && isCurrencyCode(declared) ? declared : null;
  // schema.org prices are plain decimals ("200.00"); anything else goes through the amount parser.
  const exact = currency && /^\d+(?:\.\d+)?$/.test(price) ? decimalToMinor(price, currency) : null;
  if (exact !== null) return { amountMinor: exact, currency };
  const parsed = parseAmount(price, currency ? { currency } : undefined);
  if (!parsed || parsed.amountMinor < 0) return null;
  return { amountMinor: parsed.amountMinor, currency: parsed.currency ?? currency };
}

function statusOf(invoice: SchemaThing): SchemaInvoice['paymentStatus'] {
  const raw =
    textOf(invoice, ['paymentStatus'])
      ?.replace(/^.*[/#:]/, '')
      .toLowerCase() ?? '';
  if (raw === 'paymentcomplete') return 'paid';
  if (raw === 'paymentpastdue') return 'overdue';
  // Automatically applied: a direct debit will pay it, so it is still due.
  if (raw === 'paymentdue' || raw === 'paymentautomaticallyapplied') return 'due';
  return null;
}

/** The capture fields of one `Invoice` item. */
export function invoiceFromThing(invoice: SchemaThing, format: SchemaFormat): SchemaInvoice {
  // Not minimumPaymentDue: that is the least one may pay (card bills), not what the invoice asks.
  const money = moneyOf(invoice, ['totalPaymentDue']);
  const person = personOf(invoice);
  return {
    format,
    clientName: person.name,
    clientEmail: person.email,
    invoiceNumber: numberOf(invoice),
    amountMinor: money?.amountMinor ?? null,
    currency: money?.currency ?? null,
    issueDate: dateOf(textOf(invoice, ISSUE_DATE_PROPS)),
    dueDate: dateOf(textOf(invoice, DUE_DATE_PROPS)),
    paymentStatus: statusOf(invoice),
  };
}

/**
 * The first schema.org `Invoice` on the page, JSON-LD first (the richest and least ambiguous),
 * then microdata, then RDFa. Null when the page has none.
 */
export function extractSchemaOrgFromDom(root: ParentNode): SchemaInvoice | null {
  const readers: [SchemaFormat, (root: ParentNode) => SchemaThing[]][] = [
    ['json-ld', readJsonLd],
    ['microdata', readMicrodata],
    ['rdfa', readRdfa],
  ];
  for (const [format, read] of readers) {
    const invoice = findThing(read(root), 'Invoice');
    if (invoice) return invoiceFromThing(invoice, format);
  }
  return null;
}
