import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import {
  checkSender,
  dispatch,
  registerHandlers,
  unknownMessageReply,
} from '@/utils/background/router';
import { sendMessage, removeAllListeners } from '@/utils/messaging';
import type { FirmlyDB } from '@/utils/db/database';
import { freshDb, invoiceObservation, knowTheUser } from '../helpers';

const uiSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const csSender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };

async function snapshot(db: FirmlyDB) {
  return {
    clients: await db.clients.count(),
    invoices: await db.invoices.count(),
    events: await db.events.count(),
    summaries: await db.summaries.count(),
  };
}

describe('background request validation', () => {
  let db: FirmlyDB;
  beforeEach(() => {
    db = freshDb();
  });

  it.each([
    ['a non-object', 'hello'],
    ['no observations', { observations: [] }],
    [
      'a bad e-mail',
      {
        observations: [
          { ...invoiceObservation(), counterparty: { email: 'not-mail', name: null } },
        ],
      },
    ],
    [
      'a float amount',
      {
        observations: [
          {
            ...invoiceObservation(),
            invoice: {
              number: '1',
              amountMinor: 12.5,
              currency: 'USD',
              issueDate: null,
              dueDate: null,
            },
          },
        ],
      },
    ],
    [
      'a lower-case currency',
      {
        observations: [
          {
            ...invoiceObservation(),
            invoice: {
              number: '1',
              amountMinor: 1250,
              currency: 'usd',
              issueDate: null,
              dueDate: null,
            },
          },
        ],
      },
    ],
    ['an unknown kind', { observations: [{ ...invoiceObservation(), kind: 'gift' }] }],
    ['a bad date', { observations: [{ ...invoiceObservation(), at: '23/11/2026' }] }],
  ])('rejects %s with a clear error and changes nothing', async (_label, payload) => {
    const before = await snapshot(db);
    await expect(dispatch('cs-bg:observe', payload, csSender, createHandlers(db))).rejects.toThrow(
      /Invalid cs-bg:observe request: /,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('names the failing field', async () => {
    const bad = {
      observations: [{ ...invoiceObservation(), counterparty: { email: 'x', name: null } }],
    };
    await expect(dispatch('cs-bg:observe', bad, csSender, createHandlers(db))).rejects.toThrow(
      'observations.0.counterparty.email',
    );
  });

  it('accepts a valid observation', async () => {
    await knowTheUser();
    const res = await dispatch(
      'cs-bg:observe',
      { observations: [invoiceObservation()] },
      csSender,
      createHandlers(db),
    );
    expect(res.results).toEqual([expect.objectContaining({ status: 'applied' })]);
    expect(await snapshot(db)).toEqual({ clients: 1, invoices: 1, events: 1, summaries: 1 });
  });

  it('refuses UI requests from web pages and content-script requests from outside tabs', () => {
    expect(checkSender('ui-bg:listClients', uiSender, 'ext', 'chrome-extension://ext/')).toBeNull();
    expect(checkSender('ui-bg:listClients', csSender, 'ext', 'chrome-extension://ext/')).toMatch(
      /extension page/,
    );
    expect(checkSender('cs-bg:observe', csSender, 'ext', 'chrome-extension://ext/')).toBeNull();
    expect(checkSender('cs-bg:observe', uiSender, 'ext', 'chrome-extension://ext/')).toMatch(
      /from a tab/,
    );
    expect(
      checkSender('cs-bg:observe', { ...csSender, id: 'other' }, 'ext', 'chrome-extension://ext/'),
    ).toMatch(/not this extension/);
  });

  it('answers unknown message types with an error', () => {
    expect(unknownMessageReply({ type: 'steal-data', data: {} })).toEqual({
      err: { message: 'Unknown message type "steal-data"' },
    });
    expect(unknownMessageReply(42)).toEqual({ err: { message: 'Unknown message format' } });
    expect(unknownMessageReply({ type: 'cs-bg:observe' })).toBeUndefined();
  });

  it('round-trips through the real messaging library on the fake browser', async () => {
    fakeBrowser.reset();
    removeAllListeners();
    const origin = fakeBrowser.runtime.getURL('/');
    const unregister = registerHandlers(createHandlers(db), {
      extensionId: fakeBrowser.runtime.id,
      extensionOrigin: origin,
    });
    try {
      // The fake browser gives no sender URL, so UI requests are refused: the sender check is live.
      await expect(sendMessage('ui-bg:listClients', {})).rejects.toThrow(
        /Refused ui-bg:listClients/,
      );
    } finally {
      unregister();
    }
  });
});
