import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { createFollowupService } from '@/utils/background/followup-service';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { createClient } from '@/utils/db/repository';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';

const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const cs = { id: 'ext', tab: { id: 1 } };

describe('follow-up service on the fake browser', () => {
  let db: FirmlyDB;
  let handlers: ReturnType<typeof createHandlers>;
  let service: ReturnType<typeof createFollowupService>;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
    db = freshDb();
    service = createFollowupService(db, async () => ({
      headline: 'Send the second reminder',
      draftUrl: 'https://mail.google.com/mail/u/0/?view=cm',
    }));
    handlers = createHandlers(db, { hooks: service, refreshFollowups: () => service.refresh() });
  });

  const call = <K extends keyof typeof handlers>(name: K, data: unknown) =>
    dispatch(name, data, ui, handlers);

  async function clientWithDebt() {
    await knowTheUser();
    const res = await dispatch(
      'cs-bg:observe',
      { observations: [invoiceObservation({ amountMinor: 50000 })] },
      cs,
      handlers,
    );
    return res.results[0]!.clientId!;
  }

  it('mirrors a new follow-up to an alarm and logs it', async () => {
    const clientId = await clientWithDebt();
    const dueAt = new Date(Date.now() + 3_600_000).toISOString();
    const f = await call('ui-bg:setFollowup', { clientId, invoiceId: null, dueAt, note: 'Chase' });
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime])).toEqual([
      [`followup:${f.id}`, Date.parse(dueAt)],
    ]);
    expect(
      (await db.events.where('type').equals('followup_set').toArray()).map((e) => e.clientId),
    ).toEqual([clientId]);
  });

  it('refuses a follow-up in the past or with an invalid date, changing nothing', async () => {
    const clientId = await clientWithDebt();
    await expect(
      call('ui-bg:setFollowup', {
        clientId,
        invoiceId: null,
        dueAt: '2020-01-01T00:00:00Z',
        note: '',
      }),
    ).rejects.toThrow('A follow-up must be in the future');
    await expect(
      call('ui-bg:setFollowup', { clientId, invoiceId: null, dueAt: 'next thursday', note: '' }),
    ).rejects.toThrow(/dueAt/);
    expect(await db.followups.count()).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('notifies with the client, amount and next step when the alarm fires, and counts it on the badge', async () => {
    const clientId = await clientWithDebt();
    const f = await call('ui-bg:setFollowup', {
      clientId,
      invoiceId: null,
      dueAt: new Date(Date.now() + 60_000).toISOString(),
      note: '',
    });
    await db.followups.update(f.id, { dueAt: new Date(Date.now() - 1000).toISOString() });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: `followup:${f.id}`,
      scheduledTime: Date.now() - 1000,
      periodInMinutes: undefined,
    } as Browser.alarms.Alarm);
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1),
    );
    const [shown] = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown?.title).toBe('Follow up with ACME Corp');
    expect(shown?.message).toContain('$500.00');
    expect(shown?.message).toContain('Send the second reminder');
    expect(shown?.buttons?.map((b) => b.title)).toEqual(['Open draft', 'Snooze 1 day']);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    expect((await db.followups.get(f.id))?.firedAt).not.toBeNull();
  });

  it('snoozes by a day and clears the badge when handled', async () => {
    const clientId = await clientWithDebt();
    const f = await call('ui-bg:setFollowup', {
      clientId,
      invoiceId: null,
      dueAt: new Date(Date.now() + 60_000).toISOString(),
      note: '',
    });
    const snoozed = await call('ui-bg:snoozeFollowup', { id: f.id });
    expect(Date.parse(snoozed.dueAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    await call('ui-bg:completeFollowup', { id: f.id });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('gives one digest for follow-ups missed while the browser was closed', async () => {
    const client = await createClient(db, { name: 'Late Co', emails: ['a@late.example'] });
    const past = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    await db.followups.bulkAdd(
      [1, 2, 3].map((h) => ({
        id: `f${h}`,
        clientId: client.id,
        invoiceId: null,
        dueAt: past(h),
        note: '',
        status: 'pending' as const,
        createdAt: past(48),
        firedAt: null,
      })),
    );
    await service.reconcile();
    await vi.waitFor(
      async () =>
        expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['firmly-digest']),
      { timeout: 4000 },
    );
    expect((await db.followups.toArray()).every((f) => f.firedAt)).toBe(true);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    // A second start does not repeat the digest.
    await fakeBrowser.notifications.clear('firmly-digest');
    await service.reconcile();
    await new Promise((r) => setTimeout(r, 1700));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('a promise to pay schedules a follow-up the day after; a payment clearing the balance cancels it', async () => {
    const clientId = await clientWithDebt();
    const promised = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await call('ui-bg:recordEvent', {
      clientId,
      invoiceId: null,
      at: new Date().toISOString(),
      data: { type: 'promise_to_pay', promisedDate: promised, amountMinor: null, currency: null },
    });
    const [pending] = await call('ui-bg:listFollowups', { clientId });
    expect((pending?.dueAt.slice(0, 10) ?? '') > promised).toBe(true);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);

    await call('ui-bg:recordEvent', {
      clientId,
      invoiceId: null,
      at: new Date().toISOString(),
      data: {
        type: 'payment_received',
        invoiceId: null,
        amountMinor: 50000,
        currency: 'USD',
        reference: null,
      },
    });
    expect(await call('ui-bg:listFollowups', { clientId })).toEqual([]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('deleting a client removes its follow-ups and alarms', async () => {
    const clientId = await clientWithDebt();
    await call('ui-bg:setFollowup', {
      clientId,
      invoiceId: null,
      dueAt: new Date(Date.now() + 60_000).toISOString(),
      note: '',
    });
    await call('ui-bg:deleteClient', { clientId });
    expect(await db.followups.count()).toBe(0);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
