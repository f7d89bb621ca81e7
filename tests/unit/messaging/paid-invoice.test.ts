/**
 * Issue 15: an invoice e-mail that says it is already paid records the invoice and its payment,
 * through the real detector, the trust model and the ledger (the user sent it, so both are facts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb } from '../helpers';

const csSender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const pageUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGxq';
const me = { email: 'sam@studio.example', name: 'Sam' };
const client = { email: 'ap@acme.example', name: 'Acme AP' };

function thread(subject: string, text: string) {
  return {
    thread: {
      threadId: 'FMfcgzQXJGxq',
      subject,
      messages: [
        { messageId: 'm1', from: me, to: [client], cc: [], date: '2026-03-01T09:00:00.000Z', text },
      ],
    },
    ownEmails: [me.email],
    pageUrl,
  };
}

describe('an invoice e-mail that says it is already paid', () => {
  let db: FirmlyDB;
  beforeEach(() => {
    db = freshDb();
  });

  it('books the invoice and its payment: nothing is owed', async () => {
    const req = thread(
      'Invoice 2026-031 (paid)',
      'Hello,\n\nPlease find invoice 2026-031 for €900.00, issued 1 March 2026. It has already been paid by card, so no action is needed.\n\nSam',
    );
    await dispatch('cs-bg:readThread', req, csSender, createHandlers(db));
    const invoices = await db.invoices.toArray();
    expect(invoices.map((i) => [i.number, i.amountMinor, i.currency])).toEqual([
      ['2026-031', 90000, 'EUR'],
    ]);
    const types = (await db.events.toArray()).map((e) => e.type).sort();
    expect(types).toEqual(['invoice_seen', 'payment_received'].sort());
    const [summary] = await db.summaries.toArray();
    expect(summary?.balances.EUR ?? 0).toBe(0);
    expect(summary?.credits.EUR ?? 0).toBe(0);
  });

  it('reading it again changes nothing', async () => {
    const req = thread(
      'Rechnung RE-1044',
      'Guten Tag,\n\nanbei Ihre Rechnung RE-1044 über 1.190,00 EUR. Der Betrag wurde bereits per Lastschrift beglichen.',
    );
    const handlers = createHandlers(db);
    await dispatch('cs-bg:readThread', req, csSender, handlers);
    const before = await db.events.count();
    await dispatch('cs-bg:readThread', req, csSender, handlers);
    expect(await db.events.count()).toBe(before);
    expect(await db.invoices.count()).toBe(1);
  });
});
