import { describe, expect, it } from 'vitest';
import { ALL_SITE_MATCHES, findAdapter, SITE_ADAPTERS, type SiteId } from '@/utils/sites';

/** Hosted invoice pages of each site (positives) and look-alikes that are not (negatives). */
const URLS: Record<SiteId, { yes: string[]; no: string[] }> = {
  stripe: {
    yes: [
      'https://invoice.stripe.com/i/acct_1Nv0FGQ9RKHgCVdK/live_YWNjdF8xTnYwRkdROVJL?s=em',
      'https://invoice.stripe.com/i/acct_abcdefghijklmno/invst_abcdefghijklmnop0123456789',
      'https://pay.stripe.com/invoice/invst_abcdefghijklmnop0123456789',
    ],
    no: [
      'https://stripe.com/invoicing',
      'https://invoice.stripe.com/',
      'https://invoice.stripe.com/i/acct_1Nv0FGQ9RKHgCVdK',
      'https://dashboard.stripe.com/invoices/in_1Nv0FG',
      'http://invoice.stripe.com/i/acct_1/live_2',
      'https://invoice.stripe.com.evil.example/i/acct_1/live_2',
    ],
  },
  paypal: {
    yes: [
      'https://www.paypal.com/invoice/p/#INV2-8RZK-5WQJ-3CWD-LM2F',
      'https://www.paypal.com/invoice/payerView/details/INV2-8RZK-5WQJ-3CWD-LM2F',
    ],
    no: [
      'https://www.paypal.com/invoice/p/',
      'https://www.paypal.com/invoice/manage',
      'https://www.paypal.com/myaccount/summary',
      'https://www.paypal.com.evil.example/invoice/p/#INV2-1',
    ],
  },
  'invoice-ninja': {
    yes: [
      'https://acme.invoicing.co/client/invoice/5e8c1f0b2a9d4c7e8f6a1b3c5d7e9f0a',
      'https://acme.invoicing.co/client/invoices/VolejRejNm',
      'https://billing.example.org/client/invoices/VolejRejNm',
      'http://ninja.local/portal/client/invoice/8b1f3c5d7e9f0a2b',
    ],
    no: [
      'https://acme.invoicing.co/client/invoices',
      'https://acme.invoicing.co/client/invoices/payment',
      'https://acme.invoicing.co/client/dashboard',
      'https://acme.invoicing.co/client/invoice/5e8c1f0b/download_pdf',
      'https://acme.invoicing.co/client/quotes/VolejRejNm',
      'ftp://billing.example.org/client/invoices/VolejRejNm',
    ],
  },
  freshbooks: {
    yes: [
      'https://my.freshbooks.com/#/link/Vx4kq9ZrT2mLp8Wd',
      'https://my.freshbooks.com/#/invoice/2418873-18421',
      'https://acmestudio.freshbooks.com/view/St2gThomas3a',
      'https://acmestudio.freshbooks.com/invoices/18421',
    ],
    no: [
      'https://my.freshbooks.com/#/dashboard',
      'https://www.freshbooks.com/invoice-templates',
      'https://acmestudio.freshbooks.com/view',
      'https://freshbooks.com.evil.example/view/St2g',
    ],
  },
  quickbooks: {
    yes: [
      'https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-7f3c2a1e9b8d4c6f0a5e3b1d',
      'https://app.qbo.intuit.com/app/customerview?txnId=1042&nameId=58',
    ],
    no: [
      'https://connect.intuit.com/',
      'https://app.qbo.intuit.com/app/homepage',
      'https://quickbooks.intuit.com/invoicing/',
    ],
  },
  xero: {
    yes: [
      'https://in.xero.com/hP7Mmxpcgl3GfFBrbNEm8Bs5y8zRdX4cPwwoc9gs',
      'https://in.xero.com/Invoices/View/3b6f2c1a-9d8e-4f7a-b5c3-1e2d4f6a8b0c',
    ],
    no: [
      'https://in.xero.com/',
      'https://in.xero.com/login',
      'https://go.xero.com/AccountsReceivable/Search.aspx',
    ],
  },
  wave: {
    yes: [
      'https://next.waveapps.com/6f1d2c3b-4a5e-4f60-9b8a-7c6d5e4f3a2b/invoices/2093848812/view',
      'https://payments.waveapps.com/invoices/QnVzaW5lc3M6NmYxZDJj/pay',
    ],
    no: [
      'https://next.waveapps.com/6f1d2c3b-4a5e-4f60-9b8a-7c6d5e4f3a2b/invoices',
      'https://next.waveapps.com/6f1d2c3b-4a5e-4f60-9b8a-7c6d5e4f3a2b/dashboard',
      'https://payments.waveapps.com/',
      'https://www.waveapps.com/invoicing',
    ],
  },
  zoho: {
    yes: [
      'https://invoice.zoho.com/SecurePayment?CInvoiceID=2-5f8e9c0d1a2b3c4d5e6f',
      'https://invoice.zoho.eu/portal/acmestudio/secure?CInvoiceID=2-5f8e9c0d1a2b',
      'https://invoice.zoho.in/portal/kirandesign/secure?CInvoiceID=2-5f8e9c0d1a2b3c4d5e6f',
      'https://zohosecurepay.in/books/acmestudio/secure?CInvoiceID=2-5f8e9c0d1a2b',
      'https://zohosecurepay.com/invoice/acmestudio/secure?CInvoiceID=2-77',
    ],
    no: [
      'https://invoice.zoho.com/app',
      'https://invoice.zoho.com/',
      'https://www.zoho.com/invoice/',
      'https://zohosecurepay.com/',
      'https://invoice.zoho.com.evil.example/SecurePayment?CInvoiceID=1',
    ],
  },
};

/** A manifest match pattern as a RegExp (scheme and host exact or `*.`, path glob incl. query). */
function patternToRegExp(pattern: string): RegExp {
  const parsed = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme = '', host = '', path = ''] = parsed;
  const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const hostSource = host.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host.slice(2))}` : escape(host);
  const schemeSource = scheme === '*' ? 'https?' : scheme;
  return new RegExp(`^${schemeSource}://${hostSource}${escape(path).replace(/\*/g, '.*')}$`);
}

/** What a browser matches a content script against: the URL without its fragment. */
function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

describe('site adapters: URLs', () => {
  for (const adapter of SITE_ADAPTERS) {
    const { yes, no } = URLS[adapter.id];
    it.each(yes)(`${adapter.id} matches %s`, (url) => {
      expect(adapter.matchesUrl(new URL(url))).toBe(true);
      expect(findAdapter(new URL(url))?.id).toBe(adapter.id);
    });
    it.each(no)(`${adapter.id} does not match %s`, (url) => {
      expect(adapter.matchesUrl(new URL(url))).toBe(false);
    });
  }

  it('every adapter has a table of URLs', () => {
    expect(Object.keys(URLS).sort()).toEqual(SITE_ADAPTERS.map((adapter) => adapter.id).sort());
  });

  it('URLs of other sites match no other adapter', () => {
    for (const [site, { yes }] of Object.entries(URLS)) {
      for (const url of yes) {
        const others = SITE_ADAPTERS.filter(
          (adapter) => adapter.id !== site && adapter.matchesUrl(new URL(url)),
        );
        expect(
          others.map((adapter) => adapter.id),
          url,
        ).toEqual([]);
      }
    }
  });

  it('manifest patterns are well-formed and cover every hosted page the adapters accept', () => {
    expect(new Set(ALL_SITE_MATCHES).size).toBe(ALL_SITE_MATCHES.length);
    for (const adapter of SITE_ADAPTERS) {
      const patterns = adapter.matches.map(patternToRegExp);
      for (const pattern of adapter.matches) expect(ALL_SITE_MATCHES).toContain(pattern);
      for (const url of URLS[adapter.id].yes) {
        // Self-hosted Invoice Ninja portals are reached through a runtime-granted host permission.
        if (adapter.id === 'invoice-ninja' && !new URL(url).hostname.endsWith('.invoicing.co'))
          continue;
        const target = withoutFragment(url);
        expect(
          patterns.some((pattern) => pattern.test(target)),
          `${adapter.id}: ${url}`,
        ).toBe(true);
      }
    }
  });

  it('unrelated pages have no adapter', () => {
    for (const url of [
      'https://example.com/',
      'https://mail.google.com/mail/u/0/#inbox',
      'https://github.com/invoices/1',
    ]) {
      expect(findAdapter(new URL(url))).toBeNull();
    }
  });
});
