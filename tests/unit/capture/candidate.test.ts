// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { detectInvoice } from '@/utils/detect';
import { readCaptureCandidate, type TextFindings } from '@/utils/capture/candidate';
import { captureFixture, parseHtml } from './load';

const visibleText = (doc: Document) => doc.body?.textContent ?? '';

const nothing: TextFindings = {
  kind: 'other',
  invoiceNumber: null,
  amountMinor: null,
  currency: null,
  issueDate: null,
  dueDate: null,
};

describe('capture candidate', () => {
  it('takes everything from schema.org JSON-LD when the page has it', () => {
    const doc = captureFixture('billing-portal-jsonld__constructed.html');
    const detect = vi.fn(detectInvoice);
    const candidate = readCaptureCandidate(doc, visibleText(doc), doc.title, detect);
    expect(candidate).toEqual({
      origin: 'schema.org',
      clientName: 'Harbor Logistics Ltd',
      clientEmail: 'accounts@harbor-logistics.example',
      invoiceNumber: 'INV-2026-031',
      amountMinor: 184050,
      currency: 'EUR',
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      paymentStatus: 'due',
    });
    // Complete markup: no need to read the text at all.
    expect(detect).not.toHaveBeenCalled();
  });

  it('falls back to the text detector on a page without markup', () => {
    const doc = captureFixture('plain-text-invoice__constructed.html');
    const candidate = readCaptureCandidate(doc, visibleText(doc), doc.title, detectInvoice);
    expect(candidate).toMatchObject({
      origin: 'text',
      clientName: null,
      clientEmail: null,
      invoiceNumber: '2026-118',
      amountMinor: 230000,
      currency: 'USD',
      issueDate: '2026-11-10',
      dueDate: '2026-12-10',
      paymentStatus: null,
    });
  });

  it('lets the text fill what the markup leaves out, but never splits amount from currency', () => {
    const doc = parseHtml(
      '<div itemscope itemtype="https://schema.org/Invoice">' +
        '<div itemprop="customer" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Initech</span></div>' +
        '<div itemprop="totalPaymentDue" itemscope itemtype="https://schema.org/PriceSpecification"><span itemprop="price">500.00</span><meta itemprop="priceCurrency" content="GBP"></div>' +
        '</div>',
    );
    const fromText: TextFindings = {
      kind: 'invoice',
      invoiceNumber: 'T-9',
      amountMinor: 99900,
      currency: 'USD',
      issueDate: '2026-01-02',
      dueDate: '2026-02-01',
    };
    const candidate = readCaptureCandidate(doc, 'Invoice T-9 …', 'Invoice', () => fromText);
    expect(candidate).toMatchObject({
      origin: 'schema.org',
      clientName: 'Initech',
      invoiceNumber: 'T-9',
      amountMinor: 50000,
      currency: 'GBP',
      issueDate: '2026-01-02',
      dueDate: '2026-02-01',
    });
  });

  it('ignores what the detector says about text that is not an invoice', () => {
    const doc = parseHtml('<p>Our prices start at $9.99 a month.</p>');
    const detect = () => ({ ...nothing, amountMinor: 999, currency: 'USD' });
    expect(readCaptureCandidate(doc, visibleText(doc), 'Pricing', detect)).toMatchObject({
      origin: 'none',
      amountMinor: null,
      currency: null,
    });
  });

  it('survives a detector that throws', () => {
    const doc = parseHtml('<p>Invoice 1</p>');
    const detect = (): TextFindings => {
      throw new Error('boom');
    };
    expect(readCaptureCandidate(doc, visibleText(doc), '', detect).origin).toBe('none');
  });

  it('proposes nothing on an ordinary page', () => {
    const doc = parseHtml(
      '<h1>Weekend hiking trails</h1><p>Ten walks within an hour of the city.</p>',
    );
    expect(readCaptureCandidate(doc, visibleText(doc), doc.title, detectInvoice)).toMatchObject({
      origin: 'none',
      invoiceNumber: null,
      amountMinor: null,
    });
  });
});
