/**
 * Issue 11, findings 5 and 6 and the "worker stopped mid-write" fault: concurrent identical
 * thread readings never duplicate a client; keys are scoped by issuer and client; a client and
 * its invoice are written together or not at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch, type Handlers } from '@/utils/background/router';
import { observationFromSiteInvoice } from '@/utils/capture/site-observation';
import { captureObservation } from '@/utils/capture/capture-form';
import { applyObservation } from '@/utils/ledger/apply-observation';
import { createClient } from '@/utils/db/repository';
import { advisorSettings } from '@/utils/settings/advisor';
import type { SiteInvoice } from '@/utils/sites/types';
import { freshDb, invoiceObservation } from '../helpers';

const cs = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const USER = 'ana@studio.example';

const thread = {
  threadId: 't-1',
  subject: 'Invoice 2026-017',
  messages: [
    {
      messageId: 'm-1',
      from: { email: USER, name: 'Ana' },
      to: [{ email: 'ap@acme.example', name: 'ACME' }],
      cc: [],
      date: '2026-10-01T09:00:00.000Z',
      text: 'Hi,\n\nInvoice 2026-017 for €4,800.00 is attached, due 31 October 2026.\n\nAna',
    },
  ],
};
const readThread = (h: Handlers) =>
  dispatch('cs-bg:readThread', { thread, ownEmails: [USER], pageUrl: cs.url }, cs, h);

beforeEach(() => fakeBrowser.reset());

describe('finding 5: concurrent identical thread readings', () => {
  it('never create duplicate clients, and the balance is always right (random interleavings)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 5 }),
        async (delays) => {
          const db = freshDb();
          const h = createHandlers(db);
          // Each "tab" starts after a random number of macrotask turns, so the calls interleave.
          const turn = () => new Promise((r) => setTimeout(r, 0));
          await Promise.all(
            delays.map(async (d) => {
              for (let i = 0; i < d; i++) await turn();
              return readThread(h);
            }),
          );
          const clients = await db.clients.toArray();
          expect(clients).toHaveLength(1);
          expect((await db.summaries.get(clients[0]!.id))?.balances).toEqual({ EUR: 480000 });
          expect(await db.invoices.count()).toBe(1);
          expect((await db.addresses.toArray()).map((a) => a.email)).toEqual(['ap@acme.example']);
          db.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it('an address has one owner: a second client with it is refused', async () => {
    const db = freshDb();
    await createClient(db, { name: 'ACME', emails: ['AP@acme.example'] });
    await expect(
      createClient(db, { name: 'ACME 2', emails: ['ap@acme.example '] }),
    ).rejects.toThrow(/already belongs to another client/);
    expect(await db.clients.count()).toBe(1);
  });
});

describe('finding 6: idempotency keys scoped by issuer and client', () => {
  const page = (over: Partial<SiteInvoice>): SiteInvoice => ({
    site: 'stripe',
    url: 'https://invoice.stripe.com/i/acct_1/live_a',
    clientName: 'Client A',
    clientEmail: 'a@client-a.example',
    issuerName: 'Ana Studio',
    invoiceNumber: '0001',
    amountMinor: 30000,
    amountDueMinor: 30000,
    currency: 'EUR',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    status: 'open',
    confidence: 0.9,
    ...over,
  });

  it('two Stripe pages both numbered 0001 for two clients keep both invoices and B’s payment', async () => {
    await advisorSettings.set({ ...(await advisorSettings.get()), businessName: 'Ana Studio' });
    const db = freshDb();
    const h = createHandlers(db);
    const now = new Date('2026-10-10T10:00:00Z');
    const a = observationFromSiteInvoice(page({}), now)!;
    const b = observationFromSiteInvoice(
      page({
        url: 'https://invoice.stripe.com/i/acct_1/live_b',
        clientName: 'Client B',
        clientEmail: 'b@client-b.example',
        amountMinor: 50000,
        amountDueMinor: 0,
        status: 'paid',
      }),
      now,
    )!;
    expect(a.key).not.toBe(b.key);
    const results = (await dispatch('cs-bg:observe', { observations: [a, b] }, cs, h)).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const invoices = await db.invoices.toArray();
    expect(invoices).toHaveLength(2);
    const byClient = new Map(invoices.map((i) => [i.clientId, i]));
    expect(byClient.get(results[0]!.clientId!)).toMatchObject({ amountMinor: 30000, paidMinor: 0 });
    expect(byClient.get(results[1]!.clientId!)).toMatchObject({
      amountMinor: 50000,
      paidMinor: 50000,
      status: 'paid',
    });
    const payments = await db.events.where('type').equals('payment_received').toArray();
    expect(
      payments.map((p) => [p.clientId, p.data.type === 'payment_received' && p.data.amountMinor]),
    ).toEqual([[results[1]!.clientId, 50000]]);
  });

  it('two captures numbered 0001 on one billing site for two clients are two invoices', async () => {
    const form = (clientName: string, clientEmail: string, amount: string) => ({
      clientName,
      clientEmail,
      invoiceNumber: '0001',
      amount,
      currency: 'EUR',
      issueDate: '',
      dueDate: '',
    });
    const now = new Date('2026-10-10T10:00:00Z');
    const url = 'https://billing.example.org/invoices/0001';
    const one = captureObservation(form('A', 'a@client-a.example', '300'), url, now);
    const two = captureObservation(form('B', 'b@client-b.example', '500'), url, now);
    if (!one.ok || !two.ok) throw new Error('forms should be valid');
    expect(one.observation.key).not.toBe(two.observation.key);
    const db = freshDb();
    const h = createHandlers(db);
    await dispatch('cs-bg:observe', { observations: [one.observation, two.observation] }, cs, h);
    expect((await db.invoices.toArray()).map((i) => i.amountMinor).sort()).toEqual([30000, 50000]);
  });

  it('addInvoice refuses another client’s key instead of returning its invoice', async () => {
    const db = freshDb();
    await applyObservation(db, invoiceObservation({ key: 'shared-key' } as never));
    const other = invoiceObservation({ key: 'shared-key', number: 'INV-2' } as never);
    await expect(
      applyObservation(db, { ...other, counterparty: { email: 'b@b.example', name: 'B' } }),
    ).rejects.toThrow(/another client/);
    expect(await db.clients.count()).toBe(1);
  });
});

describe('fault: the service worker stops mid-write', () => {
  afterEach(() => vi.restoreAllMocks());

  it('between the client and its invoice, nothing is left half-written', async () => {
    const db = freshDb();
    await db.open();
    // The write after the client's is where the worker dies.
    vi.spyOn(db.invoices, 'add').mockImplementation(() => {
      throw new Error('service worker stopped');
    });
    await expect(applyObservation(db, invoiceObservation())).rejects.toThrow(/stopped/);
    expect(await db.clients.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.addresses.count()).toBe(0);
    expect(await db.events.count()).toBe(0);
    vi.restoreAllMocks();
    // After the "restart" the same observation is recorded whole.
    const again = await applyObservation(db, invoiceObservation());
    expect(again.status).toBe('applied');
    expect(await db.clients.count()).toBe(1);
    expect(await db.invoices.count()).toBe(1);
  });

  it('between the invoice and its event, nothing is left half-written', async () => {
    const db = freshDb();
    await db.open();
    vi.spyOn(db.events, 'add').mockImplementation(() => {
      throw new Error('service worker stopped');
    });
    await expect(applyObservation(db, invoiceObservation())).rejects.toThrow(/stopped/);
    expect({ clients: await db.clients.count(), invoices: await db.invoices.count() }).toEqual({
      clients: 0,
      invoices: 0,
    });
  });
});
