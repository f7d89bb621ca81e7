/**
 * schema.org `Invoice` data embedded in e-mail HTML (Gmail's invoice markup): JSON-LD, microdata
 * and RDFa, read from the string without a DOM. See tests/fixtures/invoice-pages/.
 */
import { decimalToMinor } from '@/utils/money';
import { parseAmount } from '@/utils/detect/amount';
import { parseDate } from '@/utils/detect/dates';
import { asciiLower, decodeEntities, scanHtml } from '@/utils/detect/html';
import type { DetectedInvoice, EmailKind } from '@/utils/detect/types';

/** Flat view of the Invoice properties the engine uses. */
interface InvoiceProps {
  number?: string;
  price?: string;
  currency?: string;
  due?: string;
  status?: string;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const isObj = (v: Json | undefined): v is { [k: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;

function isInvoiceType(t: Json | undefined): boolean {
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(?:^|[/:])Invoice$/.test(x));
}

/** Depth-first search for a node typed Invoice (in arrays, @graph and nested values). */
function findInvoiceNode(v: Json | undefined, depth: number): { [k: string]: Json } | null {
  if (depth > 6 || v === undefined) return null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const hit = findInvoiceNode(x, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (!isObj(v)) return null;
  if (isInvoiceType(v['@type'])) return v;
  for (const x of Object.values(v)) {
    const hit = findInvoiceNode(x, depth + 1);
    if (hit) return hit;
  }
  return null;
}

function fromJson(node: { [k: string]: Json }): InvoiceProps {
  const total = node['totalPaymentDue'];
  const spec = isObj(total) ? total : undefined;
  return {
    number: str(node['confirmationNumber']) ?? str(node['identifier']),
    price: spec ? (str(spec['price']) ?? str(spec['value'])) : str(total),
    currency: spec ? (str(spec['priceCurrency']) ?? str(spec['currency'])) : undefined,
    due: str(node['paymentDueDate']) ?? str(node['paymentDue']),
    status:
      str(node['paymentStatus']) ??
      (isObj(node['paymentStatus']) ? str(node['paymentStatus']['@id']) : undefined),
  };
}

function fromJsonLd(html: string, lower: string): InvoiceProps | null {
  for (let i = lower.indexOf('ld+json'); i >= 0; i = lower.indexOf('ld+json', i + 1)) {
    const gt = lower.indexOf('>', i);
    const end = gt < 0 ? -1 : lower.indexOf('</script', gt);
    if (end < 0) return null;
    try {
      const node = findInvoiceNode(JSON.parse(html.slice(gt + 1, end)) as Json, 0);
      if (node) return fromJson(node);
    } catch {
      // Broken JSON-LD is common in the wild: try the next block.
    }
    i = end;
  }
  return null;
}

const ATTR_RE = /([\w:-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR_RE.lastIndex = 0;
  for (let m = ATTR_RE.exec(raw); m; m = ATTR_RE.exec(raw)) {
    const v = m[2] ?? '';
    out.set((m[1] ?? '').toLowerCase(), decodeEntities(v.replace(/^["']|["']$/g, '')));
  }
  return out;
}

/** Microdata (itemprop/itemscope) and RDFa (property/typeof) from the Invoice scope onward. */
function fromMarkup(html: string, lower: string): InvoiceProps | null {
  const at = lower.search(
    /schema\.org\/invoice["'\s>]|typeof\s*=\s*["']?(?:schema:)?invoice["'\s>]/,
  );
  if (at < 0) return null;
  const props: InvoiceProps = {};
  let container = '';
  let awaiting = '';
  const set = (name: string, value: string): void => {
    const v = value.trim();
    if (!v) return;
    if (name === 'price' && container === 'totalPaymentDue') props.price ??= v;
    else if (name === 'priceCurrency' && container === 'totalPaymentDue') props.currency ??= v;
    else if (name === 'confirmationNumber' || name === 'identifier') props.number ??= v;
    else if (name === 'paymentDueDate' || name === 'paymentDue') props.due ??= v;
    else if (name === 'paymentStatus') props.status ??= v;
  };
  scanHtml(
    html.slice(html.lastIndexOf('<', at)),
    (text) => {
      if (awaiting && text.trim()) {
        set(awaiting, decodeEntities(text));
        awaiting = '';
      }
    },
    (tag) => {
      awaiting = '';
      if (tag.closing) return;
      const a = attributes(tag.attrs);
      const prop = (a.get('itemprop') ?? a.get('property') ?? '').replace(/^schema:/, '');
      if (!prop) return;
      if (a.has('itemscope') || a.has('typeof')) container = prop;
      else {
        const value = a.get('content') ?? a.get('datetime') ?? a.get('href');
        if (value !== undefined) set(prop, value);
        else awaiting = prop;
      }
    },
  );
  return props;
}

function kindOf(status: string | undefined): EmailKind {
  const s = (status ?? '').replace(/^.*[/:]/, '');
  if (s === 'PaymentComplete') return 'payment_confirmation';
  if (s === 'PaymentPastDue' || s === 'PaymentDeclined') return 'reminder';
  return 'invoice';
}

function amountOf(props: InvoiceProps): { amountMinor: number; currency: string | null } | null {
  const code = props.currency?.toUpperCase();
  const price = props.price?.trim() ?? '';
  // schema.org prices use "." as the decimal point: read plain ones exactly as written.
  if (code && /^\d{1,15}(?:\.\d{1,6})?$/.test(price)) {
    const minor = decimalToMinor(price, code);
    return minor === null ? null : { amountMinor: minor, currency: code };
  }
  return price ? parseAmount(price, code ? { currency: code } : undefined) : null;
}

/**
 * The schema.org `Invoice` described in `html` (JSON-LD first, then microdata/RDFa): kind from
 * paymentStatus, number, total payment due and due date. Only stated fields are present; null
 * when the HTML declares no Invoice.
 */
export function extractSchemaOrgInvoice(html: string): Partial<DetectedInvoice> | null {
  try {
    const src = String(html).slice(0, 500_000);
    const lower = asciiLower(src);
    if (lower.indexOf('invoice') < 0) return null;
    const props = fromJsonLd(src, lower) ?? fromMarkup(src, lower);
    if (!props) return null;
    const out: Partial<DetectedInvoice> = { kind: kindOf(props.status) };
    const number = props.number?.trim().replace(/^#\s*/, '');
    if (number && number.length <= 40) out.invoiceNumber = number;
    const amount = amountOf(props);
    if (amount) {
      out.amountMinor = amount.amountMinor;
      if (amount.currency) out.currency = amount.currency;
    }
    const due = props.due ? parseDate(props.due) : null;
    if (due) out.dueDate = due;
    return out;
  } catch {
    return null;
  }
}
