// Issue 11, faults: IndexedDB quota exceeded gives a clear message, and nothing is lost. The
// quota error is simulated by a Dexie middleware that refuses writes the way IndexedDB does.
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { QUOTA_MESSAGE, isQuotaError } from '@/utils/db/quota';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';

const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

function dbWithQuota() {
  const db = freshDb();
  const quota = { full: false };
  db.use({
    stack: 'dbcore',
    name: 'quota-simulator',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            quota.full
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req),
        };
      },
    }),
  });
  return { db, quota };
}

async function everything(db: ReturnType<typeof freshDb>) {
  return {
    clients: await db.clients.toArray(),
    invoices: await db.invoices.toArray(),
    events: await db.events.toArray(),
    summaries: await db.summaries.toArray(),
    followups: await db.followups.toArray(),
  };
}

describe('IndexedDB quota exceeded', () => {
  it('a new invoice is refused with a clear message and nothing recorded is lost', async () => {
    const { db, quota } = dbWithQuota();
    const handlers = createHandlers(db);
    await knowTheUser();
    await dispatch('cs-bg:observe', { observations: [invoiceObservation()] }, gmail, handlers);
    const before = await everything(db);
    expect(before.events).toHaveLength(1);

    quota.full = true;
    const second = invoiceObservation({ key: 'msg-2', number: 'INV-2' });
    const error = await dispatch(
      'cs-bg:observe',
      { observations: [second] },
      gmail,
      handlers,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(QUOTA_MESSAGE);
    expect((error as Error).message).toMatch(/run out of storage.*Nothing was changed/);

    quota.full = false;
    expect(await everything(db)).toEqual(before);
    // Once there is room again the same observation goes through.
    await dispatch('cs-bg:observe', { observations: [second] }, gmail, handlers);
    expect(await db.invoices.count()).toBe(2);
  });

  it('a payment recorded by hand is refused the same way', async () => {
    const { db, quota } = dbWithQuota();
    const handlers = createHandlers(db);
    await knowTheUser();
    await dispatch('cs-bg:observe', { observations: [invoiceObservation()] }, gmail, handlers);
    const clientId = (await db.clients.toArray())[0]!.id;
    const before = await everything(db);
    quota.full = true;
    const payment = {
      clientId,
      invoiceId: null,
      at: '2026-11-23T10:00:00Z',
      data: {
        type: 'payment_received',
        invoiceId: null,
        amountMinor: 100,
        currency: 'EUR',
        reference: null,
      },
    };
    await expect(dispatch('ui-bg:recordEvent', payment, gmail, handlers)).rejects.toThrow(
      QUOTA_MESSAGE,
    );
    quota.full = false;
    expect(await everything(db)).toEqual(before);
  });

  it('recognises quota errors wrapped by Dexie', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(inner)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failures: [inner] })).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
  });
});
