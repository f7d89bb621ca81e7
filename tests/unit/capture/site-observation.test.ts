// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findAdapter } from '@/utils/sites';
import type { SiteInvoice } from '@/utils/sites/types';
import { observation as observationSchema } from '@/utils/ledger/observation';
import {
  observationFromSiteInvoice,
  siteKey,
  siteObservation,
} from '@/utils/capture/site-observation';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { FIXTURE_CASES, NON_INVOICE } from '../sites/fixture-cases';
import { freshDb } from '../helpers';
import { captureFixture, siteFixture } from './load';

const NOW = new Date('2026-12-05T10:00:00Z');
const STRIPE_URL =
  'https://invoice.stripe.com/i/acct_1Nv0FGQ9RKHgCVdK/live_YWNjdF8xTnYwRkdROVJLSGdDVmRL?s=em';

function observe(doc: Document, href: string) {
  const url = new URL(href);
  const adapter = findAdapter(url);
  if (!adapter) throw new Error(`no adapter for ${href}`);
  return siteObservation(adapter, doc, url, NOW);
}

describe('site pages as status observations', () => {
  it('an open Stripe invoice: the whole amount owed, nothing paid', () => {
    const obs = observe(siteFixture('stripe-open_2026-11-23__constructed.html'), STRIPE_URL);
    expect(obs).toEqual({
      kind: 'status',
      // Scoped by issuer and client (issue 11, finding 6).
      key: 'site:stripe:acme design studio:northwind traders llc:8F2C1A7B-0007',
      at: NOW.toISOString(),
      counterparty: { email: null, name: 'Northwind Traders LLC' },
      source: { kind: 'site', url: STRIPE_URL, messageId: null },
      issuer: 'Acme Design Studio',
      invoice: {
        number: '8F2C1A7B-0007',
        amountMinor: 245000,
        currency: 'USD',
        issueDate: null,
        dueDate: '2026-11-30',
      },
      paidMinor: 0,
    });
  });

  it('a paid Stripe invoice: paid in full', () => {
    const obs = observe(
      siteFixture('stripe-paid-de_2026-11-23__constructed.html'),
      'https://invoice.stripe.com/i/acct_1/live_2',
    );
    expect(obs).toMatchObject({
      key: 'site:stripe:atelier nord:müller & söhne gmbh:4D7E2B19-0012',
      invoice: { amountMinor: 119000, currency: 'EUR' },
      paidMinor: 119000,
    });
  });

  it('a partly paid PayPal invoice: paid = total − amount due', () => {
    const obs = observe(
      siteFixture('paypal-partial-pl_2026-11-23__constructed.html'),
      'https://www.paypal.com/invoice/payerView/details/INV2-QW3E-R4T5-Y6U7-I8O9',
    );
    expect(obs).toMatchObject({
      counterparty: { email: 'ksiegowosc@nowak-logistyka.example', name: 'Piotr Nowak' },
      invoice: { number: 'FV/2026/10/17', amountMinor: 492000, currency: 'PLN' },
      paidMinor: 200000,
    });
  });

  it('skips a page that shows neither the amount nor the client', () => {
    const kase = FIXTURE_CASES.find((c) => c.file.startsWith('invoice-ninja-paid-classic'));
    expect(kase?.expected.amountMinor).toBeNull();
    expect(observe(siteFixture(kase!.file), kase!.url)).toBeNull();
  });

  it('claims nothing on a shop page', () => {
    const url = new URL(NON_INVOICE.url);
    const doc = siteFixture(NON_INVOICE.file);
    expect(findAdapter(url)).toBeNull();
    // Even an adapter forced onto it finds no invoice to report.
    for (const kase of FIXTURE_CASES) {
      const adapter = findAdapter(new URL(kase.url));
      if (adapter) expect(siteObservation(adapter, doc, url, NOW)).toBeNull();
    }
  });

  it.each(FIXTURE_CASES.map((c) => [c.file, c] as const))(
    '%s: an observation the background accepts, stable on re-reading',
    (_file, kase) => {
      const first = observe(siteFixture(kase.file), kase.url);
      const again = observe(siteFixture(kase.file), kase.url);
      const readable =
        kase.expected.currency !== null &&
        (kase.expected.amountMinor ?? kase.expected.amountDueMinor ?? 0) > 0;
      if (
        !readable ||
        kase.expected.status === 'unknown' ||
        (!kase.expected.clientName && !kase.expected.clientEmail)
      ) {
        expect(first).toBeNull();
        return;
      }
      expect(first).not.toBeNull();
      expect(observationSchema.safeParse(first).success).toBe(true);
      expect(again?.key).toBe(first?.key);
      expect(first!.paidMinor).toBeLessThanOrEqual(first!.invoice.amountMinor);
      expect(first!.paidMinor === first!.invoice.amountMinor).toBe(kase.expected.status === 'paid');
    },
  );
});

describe('observationFromSiteInvoice rules', () => {
  const base: SiteInvoice = {
    site: 'wave',
    url: 'https://payments.waveapps.com/invoices/abc/pay?utm_source=mail#top',
    clientName: '  Lakeshore   Dental ',
    clientEmail: 'Admin@Lakeshore.example',
    issuerName: 'Me',
    invoiceNumber: null,
    amountMinor: 113000,
    amountDueMinor: 13000,
    currency: 'USD',
    issueDate: '2026-11-01',
    dueDate: 'soon',
    status: 'partly_paid',
    confidence: 0.8,
  };

  it('keys by the page path (no query) when the invoice shows no number, and cleans values', () => {
    const obs = observationFromSiteInvoice(base, NOW);
    expect(obs?.key).toBe(
      'site:wave:me:admin@lakeshore.example:payments.waveapps.com/invoices/abc/pay#top',
    );
    expect(obs?.counterparty).toEqual({
      email: 'admin@lakeshore.example',
      name: 'Lakeshore Dental',
    });
    expect(obs?.invoice.dueDate).toBeNull();
    expect(obs?.paidMinor).toBe(100000);
  });

  it('keys by the invoice number when there is one', () => {
    const scope = { issuer: 'Studio', client: { email: 'ap@acme.example', name: null } };
    expect(siteKey('xero', ' INV-0342 ', new URL('https://in.xero.com/abc'), scope)).toBe(
      'site:xero:studio:ap@acme.example:INV-0342',
    );
  });

  it.each<[string, Partial<SiteInvoice>]>([
    ['void or unreadable status', { status: 'unknown' }],
    ['no currency', { currency: null }],
    ['no client at all', { clientName: null, clientEmail: null }],
    ['a paid page without its total', { status: 'paid', amountMinor: null, amountDueMinor: 0 }],
    ['a partly paid page without its total', { amountMinor: null }],
    ['a zero invoice', { amountMinor: 0, amountDueMinor: 0, status: 'open' }],
  ])('returns null for %s', (_why, patch) => {
    expect(observationFromSiteInvoice({ ...base, ...patch }, NOW)).toBeNull();
  });

  it('takes an open invoice’s amount due as its total when the total is not shown', () => {
    const obs = observationFromSiteInvoice(
      { ...base, status: 'open', amountMinor: null, amountDueMinor: 5000 },
      NOW,
    );
    expect(obs).toMatchObject({ invoice: { amountMinor: 5000 }, paidMinor: 0 });
  });

  it('drops an e-mail that is not one, keeping the name', () => {
    const obs = observationFromSiteInvoice({ ...base, clientEmail: 'call us' }, NOW);
    expect(obs?.counterparty).toEqual({ email: null, name: 'Lakeshore Dental' });
  });
});

describe('the debt log sees one invoice and one payment', () => {
  it('open page twice, then the paid page twice: one invoice, one payment', async () => {
    const db = freshDb();
    const open = observe(siteFixture('stripe-open_2026-11-23__constructed.html'), STRIPE_URL)!;
    const paid = observe(captureFixture('stripe-paid-same-invoice__constructed.html'), STRIPE_URL)!;
    expect(paid.key).toBe(open.key);

    expect((await applyObservation(db, open)).status).toBe('applied');
    expect((await applyObservation(db, open)).status).toBe('duplicate');
    expect((await applyObservation(db, paid)).status).toBe('applied');
    expect((await applyObservation(db, paid)).status).toBe('duplicate');

    const invoices = await db.invoices.toArray();
    expect(invoices).toHaveLength(1);
    expect(invoices[0]).toMatchObject({
      number: '8F2C1A7B-0007',
      amountMinor: 245000,
      paidMinor: 245000,
      status: 'paid',
    });
    const payments = (await db.events.toArray()).filter((e) => e.type === 'payment_received');
    expect(payments).toHaveLength(1);
    expect(payments[0]?.data).toMatchObject({ amountMinor: 245000, currency: 'USD' });
  });
});
