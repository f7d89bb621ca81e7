/**
 * Issue 11, findings 1–3: e-mails and pages from strangers can no longer write the debt log.
 * Each goes through the real background handlers (detector included) as the content scripts
 * would send it; what the trust model refuses becomes a pending suggestion the user confirms.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch, type Handlers } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { observationFromSiteInvoice } from '@/utils/capture/site-observation';
import type { SiteInvoice } from '@/utils/sites/types';
import { uiSettings } from '@/utils/settings/store';
import { advisorSettings } from '@/utils/settings/advisor';
import { freshDb } from '../helpers';

const cs = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const USER = 'ana@studio.example';
const ACME = 'ap@acme.example';
const pageUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGxq';

type Person = { email: string; name: string | null };
const person = (email: string): Person => ({ email, name: null });
function message(id: string, from: string, to: string[], cc: string[], date: string, text: string) {
  return { messageId: id, from: person(from), to: to.map(person), cc: cc.map(person), date, text };
}
function readThread(h: Handlers, subject: string, messages: ReturnType<typeof message>[]) {
  return dispatch(
    'cs-bg:readThread',
    { thread: { threadId: subject, subject, messages }, ownEmails: [USER], pageUrl },
    cs,
    h,
  );
}
const balance = async (db: FirmlyDB, email: string) => {
  const client = await db.clients.where('emails').equals(email).first();
  return client ? ((await db.summaries.get(client.id))?.balances ?? {}) : null;
};

let db: FirmlyDB;
let h: Handlers;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  h = createHandlers(db);
});

describe('finding 1: a stranger’s e-mail books no debt', () => {
  const forged = message(
    'm-forged',
    'billing@attacker.example',
    [ACME],
    [USER],
    '2026-09-20T09:00:00.000Z',
    'Hello,\n\nPlease find attached invoice 2026-099 for €9,000.00, due 15 October 2026.\n\nBilling',
  );

  it('keeps it as a suggestion; confirming with "always trust" books it and remembers the sender', async () => {
    const reading = await readThread(h, 'Invoice 2026-099', [forged]);
    expect(reading.results).toEqual([{ key: 'gmail:m-forged', status: 'pending', clientId: null }]);
    expect(await db.invoices.count()).toBe(0);
    expect(await balance(db, ACME)).toBeNull();
    const [pending] = await dispatch('ui-bg:listPending', {}, ui, h);
    expect(pending).toMatchObject({
      reason: 'unknown_billing_sender',
      approve: { list: 'billingSenders', value: 'billing@attacker.example' },
      observation: { kind: 'invoice', invoice: { number: '2026-099', amountMinor: 900000 } },
    });
    // Reading the thread again does not ask twice.
    await readThread(h, 'Invoice 2026-099', [forged]);
    expect(await dispatch('ui-bg:listPending', {}, ui, h)).toHaveLength(1);

    // The user says it is theirs (their billing system), and to trust that sender.
    const done = await dispatch(
      'ui-bg:confirmPending',
      { key: pending!.key, remember: true },
      ui,
      h,
    );
    expect(done.status).toBe('applied');
    expect(await balance(db, ACME)).toEqual({ EUR: 900000 });
    expect((await uiSettings.get()).billingSenders).toEqual(['billing@attacker.example']);
    expect(await dispatch('ui-bg:listPending', {}, ui, h)).toHaveLength(0);

    // Learned: that sender's next invoice is booked at once.
    const next = {
      ...forged,
      messageId: 'm-next',
      text: forged.text.replace('2026-099', '2026-100'),
    };
    const again = await readThread(h, 'Invoice 2026-100', [next]);
    expect(again.results[0]?.status).toBe('applied');
  });

  it('books the same invoice at once when the user sent it', async () => {
    const own = { ...forged, messageId: 'm-own', from: person(USER), cc: [] };
    const reading = await readThread(h, 'Invoice 2026-099', [own]);
    expect(reading.results[0]?.status).toBe('applied');
    expect(await balance(db, ACME)).toEqual({ EUR: 900000 });
  });

  it('a dismissed suggestion stays dismissed and books nothing', async () => {
    await readThread(h, 'Invoice 2026-099', [forged]);
    const [pending] = await dispatch('ui-bg:listPending', {}, ui, h);
    await dispatch('ui-bg:dismissPending', { key: pending!.key }, ui, h);
    await readThread(h, 'Invoice 2026-099', [forged]);
    expect(await dispatch('ui-bg:listPending', {}, ui, h)).toHaveLength(0);
    expect(await db.invoices.count()).toBe(0);
  });
});

describe('finding 2: only the client (or an approved processor) can mark an invoice paid', () => {
  const invoice = message(
    'm-inv',
    USER,
    [ACME],
    [],
    '2026-10-01T09:00:00.000Z',
    'Hi,\n\nInvoice 2026-017 for €4,800.00 is attached, due 31 October 2026.\n\nAna',
  );
  const paidText = 'We have received your payment of €4,800.00 for invoice 2026-017. Thank you.';

  it('a stranger’s notice is "payment reported": the balance does not change', async () => {
    await readThread(h, 'Invoice 2026-017', [invoice]);
    expect(await balance(db, ACME)).toEqual({ EUR: 480000 });
    const notice = message(
      'm-pay',
      'noreply@attacker.example',
      [USER],
      [],
      '2026-10-05T09:00:00.000Z',
      paidText,
    );
    const reading = await readThread(h, 'Payment received', [notice]);
    expect(reading.results[0]?.status).toBe('pending');
    expect(await balance(db, ACME)).toEqual({ EUR: 480000 });
    expect(await db.events.where('type').equals('payment_received').count()).toBe(0);
    const [reported] = await dispatch('ui-bg:listPending', {}, ui, h);
    expect(reported).toMatchObject({
      reason: 'unverified_payment',
      observation: { kind: 'payment', invoiceNumber: '2026-017', amountMinor: 480000 },
    });
    // The user confirms it: now it pays ACME's invoice.
    await dispatch('ui-bg:confirmPending', { key: reported!.key, remember: false }, ui, h);
    expect(await balance(db, ACME)).toEqual({});
    expect((await uiSettings.get()).paymentSenders).toEqual([]);
  });

  it('the client’s own notice is recorded', async () => {
    await readThread(h, 'Invoice 2026-017', [invoice]);
    const notice = message('m-pay2', ACME, [USER], [], '2026-10-05T09:00:00.000Z', paidText);
    const reading = await readThread(h, 'Payment sent', [notice]);
    expect(reading.results[0]?.status).toBe('applied');
    expect(await balance(db, ACME)).toEqual({});
  });

  it('another client cannot pay ACME’s invoice by naming its number', async () => {
    await readThread(h, 'Invoice 2026-017', [invoice]);
    await dispatch('ui-bg:createClient', { name: 'Other', emails: ['x@other.example'] }, ui, h);
    const notice = message(
      'm-pay3',
      'x@other.example',
      [USER],
      [],
      '2026-10-05T09:00:00.000Z',
      paidText,
    );
    const reading = await readThread(h, 'Paid', [notice]);
    expect(reading.results[0]?.status).toBe('pending');
    expect(await balance(db, ACME)).toEqual({ EUR: 480000 });
  });
});

describe('finding 3: hosted invoice pages need the user as issuer', () => {
  const page = (over: Partial<SiteInvoice>): SiteInvoice => ({
    site: 'stripe',
    url: 'https://invoice.stripe.com/i/acct_1/live_1',
    clientName: 'ACME Corp',
    clientEmail: ACME,
    issuerName: 'Ana Studio',
    invoiceNumber: '2026-017',
    amountMinor: 480000,
    amountDueMinor: 480000,
    currency: 'EUR',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    status: 'open',
    confidence: 0.9,
    ...over,
  });
  const observe = (inv: SiteInvoice) =>
    dispatch(
      'cs-bg:observe',
      { observations: [observationFromSiteInvoice(inv, new Date('2026-10-10T10:00:00Z'))!] },
      cs,
      h,
    );

  it('another party’s "paid" page with the same number and amount pays nothing', async () => {
    await advisorSettings.set({ ...(await advisorSettings.get()), businessName: 'Ana Studio' });
    expect((await observe(page({})).then((r) => r.results[0]))?.status).toBe('applied');
    expect(await balance(db, ACME)).toEqual({ EUR: 480000 });
    const other = page({ issuerName: 'Hosting Co', status: 'paid', amountDueMinor: 0 });
    expect((await observe(other)).results[0]?.status).toBe('pending');
    expect(await balance(db, ACME)).toEqual({ EUR: 480000 });
    expect((await db.invoices.toArray()).map((i) => i.paidMinor)).toEqual([0]);
  });

  it('a bill the user pays never becomes money owed to them', async () => {
    const bill = page({ issuerName: 'Hosting Co', clientName: 'Ana Studio', clientEmail: USER });
    const res = await observe(bill);
    expect(res.results[0]?.status).toBe('pending');
    expect(await db.clients.count()).toBe(0);
    expect(await db.invoices.count()).toBe(0);
    const [pending] = await dispatch('ui-bg:listPending', {}, ui, h);
    expect(pending).toMatchObject({
      reason: 'unknown_issuer',
      approve: { list: 'approvedIssuers', value: 'Hosting Co' },
    });
  });

  it('an approved issuer name (learned by confirming) is recorded from then on', async () => {
    await observe(page({ issuerName: 'Ana S.' }));
    const [pending] = await dispatch('ui-bg:listPending', {}, ui, h);
    await dispatch('ui-bg:confirmPending', { key: pending!.key, remember: true }, ui, h);
    expect((await uiSettings.get()).approvedIssuers).toEqual(['Ana S.']);
    const second = page({ issuerName: 'Ana S.', invoiceNumber: '2026-018' });
    expect((await observe(second)).results[0]?.status).toBe('applied');
    expect(await balance(db, ACME)).toEqual({ EUR: 960000 });
  });
});
