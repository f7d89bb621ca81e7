// @vitest-environment happy-dom
/**
 * Issue 14, items 5 and 6 in the popup: Undo right after an action, Delete (with confirmation)
 * on a timeline entry, which then shows struck through with who deleted it and when; after "Mark
 * as sent", what was sent and when the next step is due, instead of the same message again.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addInvoice, createClient } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import {
  NOW,
  button,
  click,
  eventually,
  mountApp,
  preloadViews,
  rig,
  settle,
  submit,
  type,
  unmountAll,
} from './harness';

const manual = { kind: 'manual' as const, url: null, messageId: null };

/** One client with one invoice of €1,500.00, 45 days overdue on NOW. */
async function seed(db: FirmlyDB) {
  const c = await createClient(db, { name: 'Harbor & Finch', emails: ['ap@harbor.example'] });
  await addInvoice(
    db,
    {
      clientId: c.id,
      number: 'HF-2',
      amountMinor: 1500_00,
      currency: 'EUR',
      issueDate: '2026-04-01',
      dueDate: '2026-05-01',
      source: manual,
    },
    { idempotencyKey: 'u-inv', at: '2026-04-01T09:00:00.000Z', eventType: 'invoice_added' },
  );
  return c;
}

async function openClient() {
  const base = rig();
  const c = await seed(base.db);
  const r = mountApp(base, 'en', ['en'], c.id);
  await eventually(() => expect(r.root.querySelector('.msg-body')).not.toBeNull());
  return r;
}

const owed = (root: HTMLElement) => root.querySelector('[data-testid="client-owed"]')?.textContent;

vi.setConfig({ testTimeout: 20_000 });
beforeAll(preloadViews, 30_000);
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

describe('undo and delete', () => {
  it('Undo in the toast after a payment takes it back; the entry stays, struck through', async () => {
    const r = await openClient();
    click(button(r.root, 'Payment'));
    await settle();
    type(r.root.querySelector('#payment-amount'), '500');
    submit(r.root.querySelector('form.entry-form'));
    await eventually(() => expect(owed(r.root)).toBe('€1,000.00'));
    const toast = document.querySelector('.toast')!;
    await eventually(() => expect(toast.textContent).toContain('Payment recorded'));
    click(button(toast, 'Undo'));
    await eventually(() => expect(owed(r.root)).toBe('€1,500.00'));
    const voided = r.root.querySelector('.tl-voided[data-type="payment_received"]');
    expect(voided?.querySelector('del.tl-title')?.textContent).toBe('Payment received');
    expect(voided?.querySelector('.tl-void-note')?.textContent).toMatch(
      /^Deleted by you on Jun 15/,
    );
    // A deleted entry offers no Delete of its own.
    expect(voided?.querySelector('.tl-delete')).toBeNull();
    expect(await r.db.events.where('type').equals('payment_received').count()).toBe(1);
  });

  it('Delete asks first, then strikes the entry through; Undo restores it', async () => {
    const r = await openClient();
    const entry = () => r.root.querySelector('.tl[data-type="invoice_added"]')!;
    click(entry().querySelector('.tl-delete'));
    expect(entry().textContent).toContain('no longer counts');
    expect(r.root.querySelector('.tl-voided')).toBeNull();
    click(button(entry(), 'Cancel'));
    expect(entry().querySelector('.tl-confirm')).toBeNull();
    click(entry().querySelector('.tl-delete'));
    click(button(entry(), 'Delete entry'));
    await eventually(() => expect(entry().classList.contains('tl-voided')).toBe(true));
    expect(owed(r.root)).toBe('nothing owed');
    // The deleted invoice is still named in the struck-through entry.
    expect(entry().textContent).toContain('for No. HF-2');
    click(button(document.querySelector('.toast')!, 'Undo'));
    await eventually(() => expect(owed(r.root)).toBe('€1,500.00'));
    expect(r.root.querySelector('.tl-voided')).toBeNull();
  });
});

describe('mark as sent', () => {
  it('shows what was sent and when the next step is due, not the same message again', async () => {
    const r = await openClient();
    click(button(r.root, 'Mark as sent'));
    await eventually(() =>
      expect(r.root.querySelector('[data-testid="sug-sent"]')?.textContent).toMatch(
        /^Sent on Jun 15, 2026.*: .+ by e-mail\.$/,
      ),
    );
    expect(r.root.querySelector('[data-testid="sug-next"]')?.textContent).toMatch(
      /^Next step, .+, is due from /,
    );
    expect(r.root.querySelector('.msg-body')).toBeNull();
    expect(() => button(r.root, 'Mark as sent')).toThrow();
    expect(() => button(r.root, 'Copy')).toThrow();
    // Wanting to send earlier is still possible, on request.
    click(button(r.root, 'Show the next message now'));
    expect(r.root.querySelector('.msg-body')).not.toBeNull();
    expect(button(r.root, 'Mark as sent')).toBeTruthy();
    // Undo in the toast takes the "sent" back: the message is due again.
    click(button(document.querySelector('.toast')!, 'Undo'));
    await eventually(() => expect(r.root.querySelector('[data-testid="sug-sent"]')).toBeNull());
    expect(r.root.querySelector('.msg-body')).not.toBeNull();
  });
});
