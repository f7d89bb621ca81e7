// Issue 11, findings 10–12: content-script requests only from the pages that run their script,
// no unbounded payloads, real calendar dates in a sane range, amounts capped and sums exact.
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { checkSenderPage, type SenderPolicy } from '@/utils/background/sender-origins';
import { detectInvoice } from '@/utils/detect';
import type { FirmlyDB } from '@/utils/db/database';
import { MAX_AMOUNT_MINOR, isRealDate } from '@/utils/db/records';
import { addMinor } from '@/utils/money';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';

const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const evil = { id: 'ext', url: 'https://evil.example/', tab: { id: 2 } };
const stripe = { id: 'ext', url: 'https://invoice.stripe.com/i/acct_1/live_x', tab: { id: 3 } };
const policy = (captureTabs: number[] = []): SenderPolicy => ({
  extraSitePatterns: async () => ['https://billing.studio.example/*'],
  captureGranted: async (tabId) => captureTabs.includes(tabId),
});

describe('content-script requests are bound to their pages (finding 10)', () => {
  it.each([
    'cs-bg:ignoreClient',
    'cs-bg:recordEvent',
    'cs-bg:setFollowup',
    'cs-bg:threadContext',
  ] as const)('%s from https://evil.example/ is refused, from Gmail accepted', async (name) => {
    expect(await checkSenderPage(name, evil, policy())).toMatch(/evil\.example may not send/);
    expect(await checkSenderPage(name, gmail, policy())).toBeNull();
    expect(await checkSenderPage(name, stripe, policy())).toMatch(/may not send/);
  });

  it('observations come from Gmail, invoicing sites, approved portals, or a capture the user opened', async () => {
    expect(await checkSenderPage('cs-bg:observe', gmail, policy())).toBeNull();
    expect(await checkSenderPage('cs-bg:observe', stripe, policy())).toBeNull();
    const portal = {
      id: 'ext',
      url: 'https://billing.studio.example/client/invoices/7',
      tab: { id: 4 },
    };
    expect(await checkSenderPage('cs-bg:observe', portal, policy())).toBeNull();
    expect(await checkSenderPage('cs-bg:observe', evil, policy())).toMatch(/may not send/);
    expect(await checkSenderPage('cs-bg:observe', evil, policy([2]))).toBeNull();
    expect(await checkSenderPage('cs-bg:invoiceStatus', evil, policy([2]))).toMatch(/may not send/);
  });

  it('extension pages are checked elsewhere (ui-bg passes this check)', async () => {
    const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
    expect(await checkSenderPage('ui-bg:listClients', ui, policy())).toBeNull();
  });
});

describe('hostile payloads are refused and change nothing (findings 10–12)', () => {
  let db: FirmlyDB;
  let clientId: string;
  beforeEach(async () => {
    db = freshDb();
    await knowTheUser();
    const res = await dispatch(
      'cs-bg:observe',
      { observations: [invoiceObservation()] },
      gmail,
      createHandlers(db),
    );
    clientId = (await db.clients.toArray())[0]!.id;
    expect(res.results).toHaveLength(1);
  });
  const counts = async () => [
    await db.events.count(),
    await db.followups.count(),
    await db.invoices.count(),
  ];
  const event = (data: unknown, invoiceId: string | null = null) => ({
    clientId,
    invoiceId,
    at: '2026-11-23T10:00:00Z',
    data,
  });

  it.each([
    [
      'a 5 MB invoiceId',
      'cs-bg:recordEvent',
      () => event({ type: 'note', text: 'x' }, 'i'.repeat(5 * 1024 * 1024)),
    ],
    [
      '20,000 instalments',
      'cs-bg:recordEvent',
      () =>
        event({
          type: 'plan_agreed',
          instalments: Array.from({ length: 20_000 }, () => ({
            dueDate: '2026-12-01',
            amountMinor: 100,
            currency: 'EUR',
          })),
        }),
    ],
    [
      'an invoice_seen of −999,999,999',
      'cs-bg:recordEvent',
      () =>
        event({
          type: 'invoice_seen',
          invoiceId: 'inv-1',
          amountMinor: -999_999_999,
          currency: 'EUR',
        }),
    ],
    [
      'a promise dated 9999-99-99',
      'cs-bg:recordEvent',
      () =>
        event({
          type: 'promise_to_pay',
          promisedDate: '9999-99-99',
          amountMinor: null,
          currency: null,
        }),
    ],
    [
      'a promise dated 2026-13-45',
      'ui-bg:recordEvent',
      () =>
        event({
          type: 'promise_to_pay',
          promisedDate: '2026-13-45',
          amountMinor: null,
          currency: null,
        }),
    ],
    [
      'a promise dated 31 February',
      'ui-bg:recordEvent',
      () =>
        event({
          type: 'promise_to_pay',
          promisedDate: '2026-02-31',
          amountMinor: null,
          currency: null,
        }),
    ],
    [
      'a follow-up in 9999',
      'cs-bg:setFollowup',
      () => ({ clientId, invoiceId: null, dueAt: '9999-01-01T09:00:00Z', note: '' }),
    ],
    [
      'an event in 1970',
      'ui-bg:recordEvent',
      () => ({ ...event({ type: 'note', text: 'x' }), at: '1970-01-01T00:00:00Z' }),
    ],
    [
      'a payment of 2^53 − 1 minor units',
      'ui-bg:recordEvent',
      () =>
        event({
          type: 'payment_received',
          invoiceId: null,
          amountMinor: Number.MAX_SAFE_INTEGER,
          currency: 'EUR',
          reference: null,
        }),
    ],
  ] as const)('%s', async (_label, name, payload) => {
    const before = await counts();
    await expect(dispatch(name, payload(), gmail, createHandlers(db))).rejects.toThrow(/Invalid/);
    expect(await counts()).toEqual(before);
  });

  it('an invoice due 2026-13-45 or above the amount cap is refused', async () => {
    const handlers = createHandlers(db);
    const invoice = {
      clientId,
      number: 'X-1',
      amountMinor: 100,
      currency: 'EUR',
      issueDate: null,
      dueDate: '2026-13-45',
    };
    await expect(dispatch('ui-bg:addInvoice', invoice, gmail, handlers)).rejects.toThrow(
      /real calendar date/,
    );
    await expect(
      dispatch(
        'ui-bg:addInvoice',
        { ...invoice, dueDate: null, amountMinor: MAX_AMOUNT_MINOR + 1 },
        gmail,
        handlers,
      ),
    ).rejects.toThrow(/too large/);
    await expect(
      dispatch(
        'ui-bg:addInvoice',
        { ...invoice, dueDate: null, amountMinor: MAX_AMOUNT_MINOR },
        gmail,
        handlers,
      ),
    ).resolves.toMatchObject({ amountMinor: MAX_AMOUNT_MINOR });
  });

  it('"€90,071,992,547,409.91" in an e-mail is read but never recorded (finding 11)', async () => {
    const found = detectInvoice({
      subject: 'Invoice 2026-100',
      text: 'Invoice 2026-100 for €90,071,992,547,409.91, due 15 December 2026.',
    });
    // The detector reads it exactly (or not at all); the boundary refuses it either way.
    const amount = found.amountMinor ?? 9_007_199_254_740_991;
    expect(amount).toBe(9_007_199_254_740_991);
    const payload = { observations: [invoiceObservation({ key: 'big', amountMinor: amount })] };
    const before = await counts();
    await expect(dispatch('cs-bg:observe', payload, gmail, createHandlers(db))).rejects.toThrow(
      /too large/,
    );
    expect(await counts()).toEqual(before);
  });
});

describe('dates and sums (findings 11, 12)', () => {
  it('real calendar dates only, 2000-01-01 … 2100-12-31', () => {
    expect(
      ['2026-13-45', '9999-99-99', '2026-02-29', '1999-12-31', '2101-01-01', '2026-1-5'].filter(
        isRealDate,
      ),
    ).toEqual([]);
    expect(['2024-02-29', '2000-01-01', '2100-12-31', '2026-11-23'].every(isRealDate)).toBe(true);
  });

  it('sums are exact or refused, never rounded', () => {
    expect(addMinor(MAX_AMOUNT_MINOR, MAX_AMOUNT_MINOR, 1)).toBe(20_000_000_000_001);
    expect(addMinor(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(RangeError);
    expect(() => addMinor(0.5)).toThrow(RangeError);
    // 901 invoices at the cap would pass 2^53: refused rather than silently rounded.
    expect(() => addMinor(...Array.from({ length: 901 }, () => MAX_AMOUNT_MINOR))).toThrow(
      /too large/,
    );
  });
});
