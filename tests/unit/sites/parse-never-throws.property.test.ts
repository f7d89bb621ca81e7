// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SITE_ADAPTERS, type SiteAdapter, type SiteInvoice } from '@/utils/sites';
import { emptyDocument, parseHtml } from './load-fixture';

/** Words invoice pages are made of, so random pages hit the readers' interesting paths. */
const PAGE_WORDS = [
  'Amount due',
  'Balance Due',
  'Total',
  'Subtotal',
  'Amount Due (USD)',
  'Total AUD',
  'Paid',
  'PAID',
  'Invoice #',
  'Invoice Number',
  'Invoice',
  'Rechnungsnummer',
  'Due date',
  'Due',
  'Fälligkeitsdatum',
  'Invoice date',
  'Date',
  'Bill to',
  'To',
  'From',
  'Overdue',
  '9 days overdue',
  'Partially paid',
  'Void',
  'Unpaid',
  'Kwota do zapłaty',
  '$1,250.00',
  '1.190,00 €',
  '4 920,00 zł',
  '₹59,000.00',
  '0.00',
  '-£20.00',
  '10%',
  'INV-0042',
  '#0042',
  'April 30, 2026',
  '30.11.2026',
  '12/05/2026',
  '2026-13-45',
  'jane@example.com',
  'mailto:',
  ':',
  '',
  ' ',
  '\u00a0',
  '—',
  'Invoice # 0042 - Unpaid',
  'Invoice from Acme',
];
const TAGS = [
  'div',
  'span',
  'p',
  'b',
  'a',
  'li',
  'ul',
  'section',
  'h1',
  'h3',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'dt',
  'dd',
  'label',
  'button',
  'time',
  'br',
  'input',
  'meta',
  'script',
  'style',
  'template',
  'iframe',
  'title',
];
const ATTRIBUTES: readonly [string, readonly string[]][] = [
  ['class', ['status', 'badge', 'ribbon-inner', 'Text', 'entity-field']],
  [
    'data-testid',
    ['invoice-amount-post-payment', 'invoice-number', 'invoice-status', 'amount-due'],
  ],
  ['data-status', ['paid', 'partially_paid', 'overdue', 'weird']],
  ['itemprop', ['totalPaymentDue', 'price', 'paymentStatus', 'customer', 'name', 'paymentDueDate']],
  ['hidden', ['']],
  ['id', ['entity-details', 'user-details', 'company-details', 'email', 'x']],
  ['for', ['email', 'missing']],
  [
    'href',
    ['mailto:jane@example.com', 'mailto:%E0%A4%A', 'https://schema.org/PaymentComplete', '#'],
  ],
  ['content', ['$5.00', 'PaymentDue', '']],
  ['datetime', ['2026-04-30', 'not a date']],
  ['value', ['1,150.00', '']],
];

interface Tree {
  tag: string;
  attributes: [string, string][];
  children: (Tree | string)[];
}

const text = fc.oneof(fc.constantFrom(...PAGE_WORDS), fc.string({ maxLength: 12 }));
const attribute = fc
  .constantFrom(...ATTRIBUTES)
  .chain(([name, values]) =>
    fc.constantFrom(...values).map((value): [string, string] => [name, value]),
  );
const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('tree')),
}));

/** Builds the tree with DOM calls: any nesting, even ones an HTML parser would repair. */
function build(doc: Document, node: Tree | string): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  for (const [name, value] of node.attributes) element.setAttribute(name, value);
  for (const child of node.children) element.append(build(doc, child));
  return element;
}

/** Tag soup as text: unbalanced, misnested, attribute fragments. */
const soup = fc
  .array(
    fc.oneof(
      text,
      fc.constantFrom(...TAGS).map((tag) => `<${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      attribute.map(([name, value]) => `<span ${name}="${value}">`),
      fc.constantFrom(
        '<tr><th>Amount due</th><td>',
        '<dl><dt>Due date<dd>',
        '<!--',
        '-->',
        '<',
        '>',
        '&amp;',
        '&#8239;',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const URLS = [
  'https://invoice.stripe.com/i/acct_1/live_2',
  'https://www.paypal.com/invoice/p/#INV2-1',
  'https://acme.invoicing.co/client/invoices/Vol',
  'https://self.example.org/client/invoice/abc',
  'https://my.freshbooks.com/#/link/abc',
  'https://connect.intuit.com/portal/app/x',
  'https://in.xero.com/hP7Mmxpcgl3GfFBrbNEm8Bs5y8zRdX4cPwwoc9gs',
  'https://payments.waveapps.com/invoices/x',
  'https://invoice.zoho.com/SecurePayment?CInvoiceID=1',
  'https://example.com/',
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the shape every reading must have, whatever the page. */
function expectWellFormed(invoice: SiteInvoice | null, adapter: SiteAdapter, url: URL): void {
  if (invoice === null) return;
  expect(invoice.site).toBe(adapter.id);
  expect(invoice.url).toBe(url.href);
  for (const amount of [invoice.amountMinor, invoice.amountDueMinor]) {
    if (amount !== null) expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
  }
  expect(invoice.amountMinor !== null || invoice.invoiceNumber !== null).toBe(true);
  if (invoice.currency !== null) expect(invoice.currency).toMatch(/^[A-Z]{3}$/);
  for (const date of [invoice.issueDate, invoice.dueDate]) {
    if (date !== null) {
      expect(date).toMatch(DATE);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  }
  for (const value of [
    invoice.clientName,
    invoice.clientEmail,
    invoice.issuerName,
    invoice.invoiceNumber,
  ]) {
    if (value !== null) expect(value.length > 0 && value === value.trim()).toBe(true);
  }
  if (invoice.clientEmail !== null) expect(invoice.clientEmail).toContain('@');
  expect(['open', 'partly_paid', 'paid', 'overdue', 'unknown']).toContain(invoice.status);
  expect(invoice.confidence).toBeGreaterThanOrEqual(0);
  expect(invoice.confidence).toBeLessThanOrEqual(1);
}

function parseWithAll(root: ParentNode, href: string): void {
  const url = new URL(href);
  for (const adapter of SITE_ADAPTERS) expectWellFormed(adapter.parse(root, url), adapter, url);
}

describe('adapters parse arbitrary pages safely', () => {
  it('DOM trees built element by element', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 4 }), fc.constantFrom(...URLS), (trees, href) => {
        const doc = emptyDocument();
        for (const node of trees) doc.body.append(build(doc, node));
        parseWithAll(doc, href);
        parseWithAll(doc.body, href);
      }),
      { numRuns: 150 },
    );
  }, 30_000);

  it('tag soup parsed by DOMParser', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom(...URLS), (html, href) => {
        parseWithAll(parseHtml(html), href);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
