/**
 * Dates are sanity-checked (issue 14, journey 4): a payment dated in the future and a promise for
 * a day already past are refused by the background whatever view sends them; a new promise
 * replaces the follow-up of the earlier one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { appendEvent, createClient } from '@/utils/db/repository';
import { eventDateProblem } from '@/utils/ledger/date-sanity';
import { dayAfterPromise } from '@/utils/followups/plan';
import { cancelEarlierPromiseFollowups } from '@/utils/followups/promise-replace';
import { pendingFollowups, setFollowup } from '@/utils/followups/repository';
import { localIsoDate } from '@/utils/legal/calendar';
import { freshDb } from '../helpers';

const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const DAY = 86_400_000;
const manual = { kind: 'manual', url: null, messageId: null } as const;

describe('date sanity', () => {
  let db: FirmlyDB;
  beforeEach(() => {
    db = freshDb();
  });

  it('names the problem of a future payment and of a past promise, and passes the rest', () => {
    const now = new Date();
    const pay = {
      type: 'payment_received' as const,
      invoiceId: null,
      amountMinor: 100,
      currency: 'EUR',
      reference: null,
    };
    expect(eventDateProblem(new Date(+now + 2 * DAY).toISOString(), pay, now)).toBe(
      'payment_in_future',
    );
    expect(eventDateProblem(now.toISOString(), pay, now)).toBeNull();
    expect(eventDateProblem(new Date(+now - DAY).toISOString(), pay, now)).toBeNull();
    const promise = (d: Date) => ({
      type: 'promise_to_pay' as const,
      promisedDate: localIsoDate(d),
      amountMinor: null,
      currency: null,
    });
    expect(eventDateProblem(now.toISOString(), promise(new Date(+now - DAY)), now)).toBe(
      'promise_in_past',
    );
    expect(eventDateProblem(now.toISOString(), promise(now), now)).toBeNull();
  });

  it('the background refuses them and records nothing', async () => {
    const handlers = createHandlers(db);
    const client = await createClient(db, { name: 'ACME', emails: ['ap@acme.example'] });
    const before = await db.events.count();
    await expect(
      dispatch(
        'ui-bg:recordEvent',
        {
          clientId: client.id,
          invoiceId: null,
          at: new Date(Date.now() + 3 * DAY).toISOString(),
          data: {
            type: 'payment_received',
            invoiceId: null,
            amountMinor: 500,
            currency: 'EUR',
            reference: null,
          },
        },
        ui,
        handlers,
      ),
    ).rejects.toThrow(/future/);
    await expect(
      dispatch(
        'ui-bg:recordEvent',
        {
          clientId: client.id,
          invoiceId: null,
          at: new Date().toISOString(),
          data: {
            type: 'promise_to_pay',
            promisedDate: localIsoDate(new Date(Date.now() - 3 * DAY)),
            amountMinor: null,
            currency: null,
          },
        },
        ui,
        handlers,
      ),
    ).rejects.toThrow(/past/);
    expect(await db.events.count()).toBe(before);
  });

  it('a new promise cancels the follow-up of the earlier one and keeps the others', async () => {
    const client = await createClient(db, { name: 'ACME', emails: ['ap@acme.example'] });
    const tz = new Date().getTimezoneOffset();
    const promise = async (date: string, key: string) =>
      (
        await appendEvent(db, {
          clientId: client.id,
          invoiceId: null,
          at: new Date().toISOString(),
          data: { type: 'promise_to_pay', promisedDate: date, amountMinor: null, currency: null },
          source: manual,
          idempotencyKey: key,
        })
      ).event;
    const first = localIsoDate(new Date(Date.now() + 5 * DAY));
    const second = localIsoDate(new Date(Date.now() + 12 * DAY));
    await promise(first, 'p1');
    const old = await setFollowup(
      db,
      { clientId: client.id, invoiceId: null, dueAt: dayAfterPromise(first, tz), note: 'promised' },
      new Date(),
    );
    const mine = await setFollowup(
      db,
      {
        clientId: client.id,
        invoiceId: null,
        dueAt: new Date(Date.now() + 2 * DAY).toISOString(),
        note: 'call them',
      },
      new Date(),
    );
    const renewed = await promise(second, 'p2');
    expect(await cancelEarlierPromiseFollowups(db, renewed, tz)).toEqual([old.id]);
    expect((await pendingFollowups(db, client.id)).map((f) => f.id)).toEqual([mine.id]);
  });
});
