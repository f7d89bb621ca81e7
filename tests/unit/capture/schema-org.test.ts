// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractSchemaOrgFromDom } from '@/utils/capture/schema-invoice';
import { readJsonLd } from '@/utils/capture/json-ld';
import { readMicrodata, readRdfa } from '@/utils/capture/html-items';
import { captureFixture, parseHtml } from './load';

describe('schema.org Invoice from the DOM, on schema.org examples', () => {
  it.each(['jsonld', 'microdata', 'rdfa'] as const)('eg-0374 (%s): a card bill, due', (variant) => {
    const found = extractSchemaOrgFromDom(captureFixture(`sdo-eg-0374-${variant}.html`));
    expect(found).toEqual({
      format: variant === 'jsonld' ? 'json-ld' : variant,
      clientName: 'Jane Doe',
      clientEmail: null,
      invoiceNumber: null,
      // totalPaymentDue, not the minimum payment of 15.00.
      amountMinor: 20000,
      currency: 'USD',
      issueDate: null,
      dueDate: '2015-01-30',
      paymentStatus: 'due',
    });
  });

  it.each(['jsonld', 'microdata', 'rdfa'] as const)(
    'eg-0375 (%s): a paid furnace invoice with orders',
    (variant) => {
      const found = extractSchemaOrgFromDom(captureFixture(`sdo-eg-0375-${variant}.html`));
      expect(found?.clientName).toBe('Jane Doe');
      expect(found?.amountMinor).toBe(0);
      expect(found?.currency).toBe('USD');
      expect(found?.dueDate).toBe('2015-01-30');
      // The nested Order's orderNumber is not the invoice number.
      expect(found?.invoiceNumber).toBeNull();
      // The RDFa variant states its status with a stray itemprop, which RDFa does not read.
      expect(found?.paymentStatus).toBe(variant === 'rdfa' ? null : 'paid');
    },
  );

  it("reads Gmail's invoice markup: JSON-LD first, a price with its symbol, a date-time due date", () => {
    const doc = captureFixture('gmail-markup-invoice.html');
    const found = extractSchemaOrgFromDom(doc);
    expect(found).toMatchObject({
      format: 'json-ld',
      amountMinor: 7000,
      currency: 'USD',
      dueDate: '2015-11-22',
      clientName: null,
      paymentStatus: 'due',
    });
    // Without the JSON-LD block the same invoice is read from its microdata.
    doc.querySelector('script')?.remove();
    expect(extractSchemaOrgFromDom(doc)).toMatchObject({
      format: 'microdata',
      amountMinor: 7000,
      currency: 'USD',
      dueDate: '2015-11-22',
    });
  });

  it('finds nothing on a page without an Invoice', () => {
    const order = parseHtml(
      '<div itemscope itemtype="https://schema.org/Order"><span itemprop="orderNumber">123ABC</span>' +
        '<div itemprop="customer" itemscope itemtype="https://schema.org/Person"><b itemprop="name">Jane Doe</b></div></div>',
    );
    expect(extractSchemaOrgFromDom(order)).toBeNull();
    expect(extractSchemaOrgFromDom(parseHtml('<p>Invoice INV-1, total $10.00</p>'))).toBeNull();
  });
});

describe('JSON-LD reading', () => {
  const page = (...blocks: string[]) =>
    parseHtml(
      blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('') + '<p>hi</p>',
    );

  it('skips a broken block and reads the next one', () => {
    const doc = page(
      '{ "@type": "Invoice", ',
      JSON.stringify({ '@type': 'Invoice', identifier: 'A-1' }),
    );
    expect(extractSchemaOrgFromDom(doc)?.invoiceNumber).toBe('A-1');
  });

  it('finds an Invoice inside @graph, with prefixed and array types', () => {
    const doc = page(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Billing' },
          {
            '@type': ['schema:Invoice', 'Thing'],
            identifier: { '@type': 'PropertyValue', value: '#FV/2026/11/003' },
            customer: {
              '@type': 'Person',
              givenName: 'Anna',
              familyName: 'Nowak',
              email: 'mailto:Anna@Nowak.example',
            },
            totalPaymentDue: { '@type': 'MonetaryAmount', value: 4312.77, currency: 'PLN' },
            paymentDueDate: '2026-12-01',
            dateIssued: '2026-11-17',
          },
        ],
      }),
    );
    expect(extractSchemaOrgFromDom(doc)).toMatchObject({
      format: 'json-ld',
      invoiceNumber: 'FV/2026/11/003',
      clientName: 'Anna Nowak',
      clientEmail: 'anna@nowak.example',
      amountMinor: 431277,
      currency: 'PLN',
      issueDate: '2026-11-17',
      dueDate: '2026-12-01',
    });
  });

  it('finds an Invoice nested in another item', () => {
    const doc = page(
      JSON.stringify({
        '@type': 'Order',
        partOfInvoice: {
          '@type': 'Invoice',
          identifier: 'N-7',
          totalPaymentDue: { price: '12', priceCurrency: 'EUR' },
        },
      }),
    );
    expect(extractSchemaOrgFromDom(doc)).toMatchObject({
      invoiceNumber: 'N-7',
      amountMinor: 1200,
      currency: 'EUR',
    });
  });

  it('uses each currency’s minor digits (JPY 0, KWD 3)', () => {
    const jpy = page(
      JSON.stringify({
        '@type': 'Invoice',
        totalPaymentDue: { price: '120000', priceCurrency: 'JPY' },
      }),
    );
    const kwd = page(
      JSON.stringify({
        '@type': 'Invoice',
        totalPaymentDue: { price: '12.345', priceCurrency: 'kwd' },
      }),
    );
    expect(extractSchemaOrgFromDom(jpy)).toMatchObject({ amountMinor: 120000, currency: 'JPY' });
    expect(extractSchemaOrgFromDom(kwd)).toMatchObject({ amountMinor: 12345, currency: 'KWD' });
  });

  it('drops a malformed customer e-mail but keeps the name', () => {
    const doc = page(
      JSON.stringify({ '@type': 'Invoice', customer: { name: 'ACME', email: 'not an address' } }),
    );
    expect(extractSchemaOrgFromDom(doc)).toMatchObject({ clientName: 'ACME', clientEmail: null });
  });

  it('bounds deep nesting instead of recursing without end', () => {
    const deep =
      '{"@type":"Thing","about":'.repeat(5000) +
      '{"@type":"Invoice","identifier":"deep"}' +
      '}'.repeat(5000);
    const doc = page(deep);
    expect(() => readJsonLd(doc)).not.toThrow();
    // Nothing that deep is taken for the page's invoice.
    expect(extractSchemaOrgFromDom(doc)).toBeNull();
  });
});

describe('microdata and RDFa reading', () => {
  it("keeps a nested item's properties out of the outer item", () => {
    const [invoice] = readMicrodata(captureFixture('sdo-eg-0374-microdata.html'));
    expect(invoice?.types).toEqual(['Invoice']);
    // "name" belongs to the broker and the customer, not to the invoice itself.
    expect(invoice?.props.name).toBeUndefined();
    expect(Object.keys(invoice?.props ?? {})).toEqual(
      expect.arrayContaining([
        'description',
        'broker',
        'customer',
        'paymentDueDate',
        'totalPaymentDue',
        'paymentStatus',
      ]),
    );
  });

  it('reads values from content, href and datetime attributes', () => {
    const doc = parseHtml(
      '<div vocab="https://schema.org/" typeof="Invoice">' +
        '<meta property="identifier" content="R-12">' +
        '<time property="paymentDueDate" datetime="2026-03-01">1 March</time>' +
        '<a property="customer" typeof="Organization" href="/c/1"><span property="name">Globex</span></a>' +
        '<span property="totalPaymentDue" typeof="PriceSpecification"><span property="price" content="99.90">99,90 €</span><meta property="priceCurrency" content="EUR"></span>' +
        '</div>',
    );
    expect(readRdfa(doc)).toHaveLength(1);
    expect(extractSchemaOrgFromDom(doc)).toMatchObject({
      format: 'rdfa',
      invoiceNumber: 'R-12',
      dueDate: '2026-03-01',
      clientName: 'Globex',
      amountMinor: 9990,
      currency: 'EUR',
    });
  });
});

describe('microdata on a real-world-deep page', () => {
  it('reads properties many wrapper elements below the item', () => {
    const open = '<div>'.repeat(60);
    const close = '</div>'.repeat(60);
    const doc = parseHtml(
      `<body itemscope itemtype="https://schema.org/Invoice">${open}<span itemprop="identifier">D-60</span>${close}</body>`,
    );
    expect(extractSchemaOrgFromDom(doc)?.invoiceNumber).toBe('D-60');
  });
});
