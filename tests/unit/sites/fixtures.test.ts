// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAdapter, SITE_ADAPTERS, type SiteInvoice } from '@/utils/sites';
import { FIXTURE_CASES, NON_INVOICE } from './fixture-cases';
import { loadFixture } from './load-fixture';

/** Attributes a redesign typically renames: classes and test/automation hooks. */
function stripStyleHooks(doc: Document): void {
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      if (name === 'class' || name.startsWith('data-')) element.removeAttribute(name);
    }
  }
}

function coreFields(invoice: SiteInvoice | null): Partial<SiteInvoice> | null {
  if (!invoice) return null;
  const { invoiceNumber, amountMinor, amountDueMinor, currency, dueDate, status } = invoice;
  return { invoiceNumber, amountMinor, amountDueMinor, currency, dueDate, status };
}

describe('site adapters on constructed fixtures', () => {
  it.each(FIXTURE_CASES)('$file is found by URL and read', ({ file, url, expected }) => {
    const pageUrl = new URL(url);
    const adapter = findAdapter(pageUrl);
    expect(adapter?.id).toBe(expected.site);
    const invoice = adapter?.parse(loadFixture(file), pageUrl) ?? null;
    expect(invoice).not.toBeNull();
    const { confidence, ...fields } = invoice as SiteInvoice;
    expect(fields).toEqual({ ...expected, url: pageUrl.href });
    expect(confidence).toBeGreaterThan(0.3);
    expect(confidence).toBeLessThanOrEqual(1);
  });

  it.each(FIXTURE_CASES)('$file still reads without classes and data-* hooks', ({ file, url }) => {
    const pageUrl = new URL(url);
    const adapter = findAdapter(pageUrl);
    if (!adapter) throw new Error(`no adapter for ${url}`);
    const original = adapter.parse(loadFixture(file), pageUrl);
    const drifted = loadFixture(file);
    stripStyleHooks(drifted);
    expect(coreFields(adapter.parse(drifted, pageUrl))).toEqual(coreFields(original));
  });

  it('fixtures with full detail read with more confidence than a page that hides its amounts', () => {
    const confidenceOf = (file: string): number => {
      const found = FIXTURE_CASES.find((item) => item.file === file);
      if (!found) throw new Error(file);
      const url = new URL(found.url);
      return findAdapter(url)?.parse(loadFixture(file), url)?.confidence ?? 0;
    };
    expect(confidenceOf('invoice-ninja-paid-de_2026-11-23__constructed.html')).toBeGreaterThan(
      confidenceOf('invoice-ninja-paid-classic_2026-11-23__constructed.html'),
    );
  });

  it('no adapter claims the non-invoice page, by URL or by content', () => {
    const url = new URL(NON_INVOICE.url);
    expect(findAdapter(url)).toBeNull();
    const doc = loadFixture(NON_INVOICE.file);
    for (const adapter of SITE_ADAPTERS) expect(adapter.parse(doc, url), adapter.id).toBeNull();
  });

  it('Invoice Ninja needs its markers off invoicing.co: a look-alike portal page is not claimed', () => {
    const url = new URL('https://crm.example.net/client/invoices/42');
    const doc = loadFixture('invoice-ninja-partial_2026-11-23__constructed.html');
    const ninja = SITE_ADAPTERS.find((adapter) => adapter.id === 'invoice-ninja');
    expect(ninja?.parse(doc, url)).not.toBeNull();
    for (const marker of Array.from(doc.querySelectorAll('#entity-details, meta[name="pdf-url"]')))
      marker.remove();
    expect(ninja?.parse(doc, url)).toBeNull();
  });
});
