/**
 * Delete (void) and Undo in the debt log (issue 14, item 5): nothing is erased, a void event names
 * the cancelled entry, and balances, credit, counters and advice follow it.
 */
import { describe, expect, it } from 'vitest';
import { addInvoice, appendEvent, createClient } from '@/utils/db/repository';
import { voidEvent, VoidError } from '@/utils/ledger/void-event';
import { getClientDetail } from '@/utils/ledger/queries';
import { updateInvoice } from '@/utils/ledger/invoice-edit';
import { setFollowup } from '@/utils/followups/repository';
import { ledgerHandlers } from '@/utils/background/ledger-handlers';
import { requestSchemas } from '@/utils/protocol';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb } from '../helpers';

const MANUAL = { kind: 'manual', url: null, messageId: null } as const;
let n = 0;

async function setup() {
  const db = freshDb();
  const client = await createClient(db, { name: 'ACME', emails: ['ap@acme.example'] });
  const { invoice } = await addInvoice(
    db,
    {
      clientId: client.id,
      number: 'INV-1',
      amountMinor: 480_050,
      currency: 'EUR',
      issueDate: '2026-10-01',
      dueDate: '2026-10-31',
      source: MANUAL,
    },
    { idempotencyKey: 'inv-1', at: '2026-10-01T09:00:00.000Z', eventType: 'invoice_added' },
  );
  return { db, client, invoice };
}

async function pay(db: FirmlyDB, clientId: string, amountMinor: number, invoiceId: string | null) {
  n += 1;
  const { event } = await appendEvent(db, {
    clientId,
    invoiceId,
    at: '2026-11-05T10:00:00.000Z',
    data: { type: 'payment_received', invoiceId, amountMinor, currency: 'EUR', reference: null },
    source: MANUAL,
    idempotencyKey: `pay-${n}`,
  });
  return event;
}

describe('voiding entries of the debt log', () => {
  it('a voided payment stops counting; the log keeps it, struck through with its void', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 100_000, invoice.id);
    expect((await db.summaries.get(client.id))!.balances).toEqual({ EUR: 380_050 });

    const result = await voidEvent(db, { eventId: payment.id }, new Date('2026-11-06T08:00:00Z'));
    expect(result.restored).toBe(false);
    expect(result.event.data).toMatchObject({ type: 'event_voided', eventId: payment.id });
    expect((await db.invoices.get(invoice.id))!).toMatchObject({ paidMinor: 0, status: 'open' });
    const summary = (await db.summaries.get(client.id))!;
    expect(summary.balances).toEqual({ EUR: 480_050 });
    expect(summary.lastContactAt).toBeNull();
    // Append-only: the payment is still there, and the void next to it.
    expect(await db.events.get(payment.id)).toBeDefined();
    const detail = (await getClientDetail(db, client.id, '2026-11-06'))!;
    expect(detail.events.map((e) => e.type)).toEqual(['invoice_added']);
    expect(detail.voided.map((v) => [v.event.id, v.voidedBy.at])).toEqual([
      [payment.id, '2026-11-06T08:00:00.000Z'],
    ]);
  });

  it('Undo of a delete (voiding the void) restores the entry and its effect', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 480_050, invoice.id);
    const deleted = await voidEvent(db, { eventId: payment.id });
    expect((await db.invoices.get(invoice.id))!.status).toBe('open');
    const undone = await voidEvent(db, { eventId: deleted.event.id });
    expect(undone.restored).toBe(true);
    expect(undone.target.id).toBe(payment.id);
    expect((await db.invoices.get(invoice.id))!).toMatchObject({
      paidMinor: 480_050,
      status: 'paid',
    });
    expect((await db.summaries.get(client.id))!.balances).toEqual({});
    const detail = (await getClientDetail(db, client.id, '2026-11-06'))!;
    expect(detail.voided).toEqual([]);
    expect(detail.events.map((e) => e.id)).toContain(payment.id);
  });

  it('an overpayment voided takes its credit back', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 9_999_900, invoice.id);
    expect((await db.summaries.get(client.id))!.credits).toEqual({ EUR: 9_519_850 });
    await voidEvent(db, { eventId: payment.id });
    const summary = (await db.summaries.get(client.id))!;
    expect(summary.credits).toEqual({});
    expect(summary.balances).toEqual({ EUR: 480_050 });
  });

  it('deleting an invoice removes it from what is owed; its payment becomes credit; Undo brings both back', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 80_050, invoice.id);
    const added = (await db.events.where('invoiceId').equals(invoice.id).toArray()).find(
      (e) => e.type === 'invoice_added',
    )!;
    const deleted = await voidEvent(db, { invoiceId: invoice.id });
    expect(deleted.target.id).toBe(added.id);
    expect(await db.invoices.get(invoice.id)).toBeUndefined();
    let summary = (await db.summaries.get(client.id))!;
    expect(summary.open).toEqual([]);
    expect(summary.credits).toEqual({ EUR: 80_050 });
    // The void keeps the invoice, so the timeline can still name it.
    expect(deleted.event.data).toMatchObject({ invoice: { id: invoice.id, number: 'INV-1' } });

    await voidEvent(db, { eventId: deleted.event.id });
    expect((await db.invoices.get(invoice.id))!).toMatchObject({
      paidMinor: 80_050,
      status: 'partly_paid',
    });
    summary = (await db.summaries.get(client.id))!;
    expect(summary.credits).toEqual({});
    expect(summary.balances).toEqual({ EUR: 400_000 });
    expect(await db.events.get(payment.id)).toBeDefined();
  });

  it('deleting a correction puts the earlier amount back; a later edit makes it refuse', async () => {
    const { db, client, invoice } = await setup();
    await updateInvoice(db, invoice.id, { amountMinor: 1_234_500 });
    const correction = (await db.events.where('clientId').equals(client.id).toArray()).find(
      (e) => e.type === 'invoice_corrected',
    )!;
    await voidEvent(db, { eventId: correction.id });
    expect((await db.invoices.get(invoice.id))!.amountMinor).toBe(480_050);
    expect((await db.summaries.get(client.id))!.balances).toEqual({ EUR: 480_050 });

    await updateInvoice(db, invoice.id, { amountMinor: 500_000 });
    const second = (await db.events.where('clientId').equals(client.id).toArray()).find(
      (e) => e.data.type === 'invoice_corrected' && e.data.after.amountMinor === 500_000,
    )!;
    await updateInvoice(db, invoice.id, { amountMinor: 600_000 });
    await expect(voidEvent(db, { eventId: second.id })).rejects.toMatchObject({
      code: 'superseded',
    });
    expect((await db.invoices.get(invoice.id))!.amountMinor).toBe(600_000);
  });

  it('counters and the reason follow: a deleted reminder, reason or promise stops counting', async () => {
    const { db, client } = await setup();
    const reminder = await appendEvent(db, {
      clientId: client.id,
      invoiceId: null,
      at: '2026-11-02T09:00:00.000Z',
      data: { type: 'reminder_sent', templateId: null, stage: 'overdue_gentle', channel: 'email' },
      source: MANUAL,
      idempotencyKey: 'rem-1',
    });
    const reason = await appendEvent(db, {
      clientId: client.id,
      invoiceId: null,
      at: '2026-11-03T09:00:00.000Z',
      data: { type: 'reason_recorded', reason: 'cash_flow', evidence: null, confirmedByUser: true },
      source: MANUAL,
      idempotencyKey: 'reason-1',
    });
    expect((await db.summaries.get(client.id))!).toMatchObject({
      remindersSent: 1,
      lastReason: 'cash_flow',
    });
    await voidEvent(db, { eventId: reminder.event.id });
    await voidEvent(db, { eventId: reason.event.id });
    expect((await db.summaries.get(client.id))!).toMatchObject({
      remindersSent: 0,
      lastReason: null,
      lastContactAt: null,
    });
  });

  it('deleting a follow-up entry cancels the follow-up', async () => {
    const { db, client } = await setup();
    const now = new Date('2026-11-01T09:00:00Z');
    const f = await setFollowup(
      db,
      { clientId: client.id, invoiceId: null, dueAt: '2026-11-10T09:00:00.000Z', note: '' },
      now,
    );
    const set = (await db.events.where('clientId').equals(client.id).toArray()).find(
      (e) => e.type === 'followup_set',
    )!;
    await voidEvent(db, { eventId: set.id }, now);
    expect((await db.followups.get(f.id))!.status).toBe('cancelled');
  });

  it('refuses twice, unknown entries, and an Undo of an Undo', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 100, invoice.id);
    const first = await voidEvent(db, { eventId: payment.id });
    await expect(voidEvent(db, { eventId: payment.id })).rejects.toMatchObject({
      code: 'already_voided',
    });
    await expect(voidEvent(db, { eventId: 'nope' })).rejects.toBeInstanceOf(VoidError);
    const restore = await voidEvent(db, { eventId: first.event.id });
    await expect(voidEvent(db, { eventId: restore.event.id })).rejects.toMatchObject({
      code: 'not_voided',
    });
    // Deleting it again is a new void; the log now holds three voids and one payment.
    await voidEvent(db, { eventId: payment.id });
    expect((await db.summaries.get(client.id))!.balances).toEqual({ EUR: 480_050 });
    expect(await db.events.where('type').equals('event_voided').count()).toBe(3);
  });
});

describe('the void request', () => {
  it('is validated: exactly one of eventId or invoiceId; recordEvent refuses a hand-made void', () => {
    const schema = requestSchemas['ui-bg:voidEvent'];
    expect(schema.safeParse({ eventId: 'e1' }).success).toBe(true);
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ eventId: 'a', invoiceId: 'b' }).success).toBe(false);
    expect(schema.safeParse({ eventId: '' }).success).toBe(false);
    expect(schema.safeParse({ eventId: 'a', extra: 1 }).success).toBe(false);
    const record = requestSchemas['ui-bg:recordEvent'].safeParse({
      clientId: 'c',
      invoiceId: null,
      at: '2026-11-01T09:00:00.000Z',
      data: { type: 'event_voided', eventId: 'x', voidedType: 'payment_received', invoice: null },
    });
    expect(record.success).toBe(false);
  });

  it('answers a refusal with its code and changes nothing', async () => {
    const { db, client, invoice } = await setup();
    const payment = await pay(db, client.id, 100, invoice.id);
    const handlers = ledgerHandlers(db);
    const ok = await handlers['ui-bg:voidEvent']({ eventId: payment.id }, {});
    expect('event' in ok).toBe(true);
    const count = await db.events.count();
    expect(await handlers['ui-bg:voidEvent']({ eventId: payment.id }, {})).toEqual({
      error: 'already_voided',
    });
    expect(await db.events.count()).toBe(count);
  });
});
