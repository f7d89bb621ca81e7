// HTML e-mails: visible text extraction and schema.org Invoice markup (JSON-LD, microdata, RDFa).
// Fixtures: tests/fixtures/invoice-pages/ (Google's Gmail invoice markup example and the
// schema.org Invoice examples; their headers say where they come from).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectInvoice, extractSchemaOrgInvoice } from '@/utils/detect';
import { htmlToText } from '@/utils/detect/html';

const page = (name: string): string =>
  readFileSync(
    fileURLToPath(new URL(`../../fixtures/invoice-pages/${name}`, import.meta.url)),
    'utf8',
  );

/** The schema.org examples file holds several snippets under MICRODATA:/RDFA:/JSON: headings. */
function sdoSnippets(): Array<[string, string]> {
  const text = page('sdo-invoice-examples.txt');
  const out: Array<[string, string]> = [];
  for (const block of text.split(/\n(?=TYPES:)/)) {
    const id = /#eg-\d+/.exec(block)?.[0] ?? '?';
    for (const kind of ['MICRODATA', 'RDFA', 'JSON']) {
      const m = new RegExp(`\\n${kind}:\\n([\\s\\S]*?)(?=\\n[A-Z-]+:\\n|$)`).exec(block);
      if (m?.[1]) out.push([`${id} ${kind}`, m[1]]);
    }
  }
  return out;
}

describe('htmlToText', () => {
  it('drops tags, scripts, styles and comments and decodes entities', () => {
    const html =
      '<html><head><title>x</title><style>p{color:red}</style></head><body><!-- hidden -->' +
      '<p>Total&nbsp;due: &euro;1.234,56 &amp; more</p><script>var a = "<p>no</p>";</script>' +
      '<div>Caf&eacute; &#8470; 5 &#x20AC;</div></body></html>';
    expect(htmlToText(html)).toBe('Total due: €1.234,56 & more\nCafé № 5 €');
  });

  it('keeps table rows on their own lines with cells apart', () => {
    const html =
      '<table><tr><td>Amount due</td><td>$49.00</td></tr><tr><td>Due date</td><td>Mar 17, 2025</td></tr></table>';
    expect(htmlToText(html)).toBe('Amount due | $49.00\nDue date | Mar 17, 2025');
  });

  it('leaves out quoted replies', () => {
    expect(htmlToText('<div>New text</div><blockquote><p>Invoice 99 for $5</p></blockquote>')).toBe(
      'New text',
    );
  });
});

describe('extractSchemaOrgInvoice', () => {
  it('reads Gmail invoice markup (JSON-LD and microdata)', () => {
    const html = page('google_gmail_markup_invoice_example.html');
    expect(extractSchemaOrgInvoice(html)).toEqual({
      kind: 'invoice',
      amountMinor: 7000,
      currency: 'USD',
      dueDate: '2015-11-22',
    });
    const microdataOnly = html.replace(/<script[\s\S]*?<\/script>/, '');
    expect(extractSchemaOrgInvoice(microdataOnly)).toEqual({
      kind: 'invoice',
      amountMinor: 7000,
      currency: 'USD',
      dueDate: '2015-11-22',
    });
  });

  const snippets = sdoSnippets();
  it('finds the schema.org example snippets', () => {
    expect(snippets.length).toBe(9);
  });

  it.each(snippets.filter(([id]) => id.startsWith('#eg-0374')))(
    '%s: bill with a total due',
    (_id, html) => {
      expect(extractSchemaOrgInvoice(html)).toMatchObject({
        amountMinor: 20000,
        currency: 'USD',
        dueDate: '2015-01-30',
      });
    },
  );

  it.each(snippets.filter(([id]) => id.startsWith('#eg-0375')))(
    '%s: a paid invoice',
    (_id, html) => {
      expect(extractSchemaOrgInvoice(html)).toMatchObject({
        kind: 'payment_confirmation',
        amountMinor: 0,
        dueDate: '2015-01-30',
      });
    },
  );

  it.each(snippets.filter(([id]) => id.startsWith('#eg-0376')))(
    '%s: an Order is not an Invoice',
    (_id, html) => {
      expect(extractSchemaOrgInvoice(html)).toBeNull();
    },
  );

  it('ignores broken JSON-LD and returns null without markup', () => {
    expect(
      extractSchemaOrgInvoice('<script type="application/ld+json">{"@type": "Invoice",</script>'),
    ).toBeNull();
    expect(extractSchemaOrgInvoice('<p>Invoice 5 for $10</p>')).toBeNull();
  });
});

describe('detectInvoice with HTML', () => {
  it('lets schema.org win over the prose', () => {
    const html =
      '<p>Your bill is ready. Amount: $65.00</p>' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Invoice",' +
      '"confirmationNumber":"UT-2291","totalPaymentDue":{"@type":"PriceSpecification","price":"70.00","priceCurrency":"USD"},' +
      '"paymentDueDate":"2025-06-30","paymentStatus":"https://schema.org/PaymentDue"}</script>';
    expect(detectInvoice({ subject: 'Your statement', text: '', html })).toMatchObject({
      kind: 'invoice',
      invoiceNumber: 'UT-2291',
      amountMinor: 7000,
      currency: 'USD',
      dueDate: '2025-06-30',
    });
  });

  it('pairs a table header row with the value row below it', () => {
    const html =
      '<table><tr><th>Invoice number</th><th>Issue date</th><th>Due date</th><th>Amount due</th></tr>' +
      '<tr><td>A-7781</td><td>01/04/2025</td><td>15/04/2025</td><td>€ 480,00</td></tr></table>';
    expect(detectInvoice({ subject: 'Invoice available', text: '', html })).toMatchObject({
      kind: 'invoice',
      invoiceNumber: 'A-7781',
      amountMinor: 48000,
      currency: 'EUR',
      issueDate: '2025-04-01',
      dueDate: '2025-04-15',
    });
  });

  it('reads the visible text when the plain-text part is missing', () => {
    const html =
      '<table><tr><td>Rechnung</td><td>RE-2024-77</td></tr><tr><td>Gesamtbetrag</td><td>1.190,00&nbsp;&euro;</td></tr>' +
      '<tr><td>F&auml;llig am</td><td>16.10.2024</td></tr></table>';
    expect(detectInvoice({ subject: 'Ihre Rechnung', text: '', html })).toMatchObject({
      kind: 'invoice',
      invoiceNumber: 'RE-2024-77',
      amountMinor: 119000,
      currency: 'EUR',
      dueDate: '2024-10-16',
    });
  });
});
