import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@/utils/background/router';
import type { Handlers } from '@/utils/background/router';
import { ledgerHandlers } from '@/utils/background/ledger-handlers';
import { sitesHandlers } from '@/utils/background/sites-handlers';
import type { FirmlyDB } from '@/utils/db/database';
import type { Observation } from '@/utils/ledger/observation';
import { USER_EMAIL, freshDb } from '../helpers';
import { uiSettings } from '@/utils/settings/store';
import { defaultUiSettings } from '@/utils/settings/schema';

const csSender = { id: 'ext', url: 'https://invoice.stripe.com/i/acct_1/live_2', tab: { id: 7 } };
const uiSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };

/** Only the areas these requests need (the full set pulls in every other area's modules). */
const createHandlers = (db: FirmlyDB, capture = async () => ({ tabId: 1 })) =>
  ({ ...ledgerHandlers(db), ...sitesHandlers(db, capture) }) as unknown as Handlers;

const status = (paidMinor: number): Observation => ({
  kind: 'status',
  key: 'site:stripe:8F2C1A7B-0007',
  at: '2026-11-20T10:00:00.000Z',
  counterparty: { email: null, name: 'Northwind Traders LLC' },
  source: { kind: 'site', url: csSender.url, messageId: null },
  // The user's business issued it (an approved issuer name), so it is recorded.
  issuer: 'Lindqvist Studio',
  invoice: {
    number: '8F2C1A7B-0007',
    amountMinor: 245000,
    currency: 'USD',
    issueDate: null,
    dueDate: '2026-11-09',
  },
  paidMinor,
});

describe('cs-bg:invoiceStatus', () => {
  let db: FirmlyDB;
  beforeEach(async () => {
    db = freshDb();
    await uiSettings.set({
      ...defaultUiSettings,
      ownEmails: [USER_EMAIL],
      approvedIssuers: ['Lindqvist Studio'],
    });
  });

  it('finds the invoice a page reported, by its key, and counts days overdue', async () => {
    const handlers = createHandlers(db);
    const { results } = await dispatch(
      'cs-bg:observe',
      { observations: [status(0)] },
      csSender,
      handlers,
    );
    const state = await dispatch(
      'cs-bg:invoiceStatus',
      {
        key: 'site:stripe:8F2C1A7B-0007',
        clientId: results[0]!.clientId,
        invoiceNumber: '8F2C1A7B-0007',
        today: '2026-11-23',
      },
      csSender,
      handlers,
    );
    expect(state).toMatchObject({
      status: 'open',
      remainingMinor: 245000,
      currency: 'USD',
      daysOverdue: 14,
    });

    await dispatch('cs-bg:observe', { observations: [status(245000)] }, csSender, handlers);
    const paid = await dispatch(
      'cs-bg:invoiceStatus',
      {
        key: 'site:stripe:8F2C1A7B-0007',
        clientId: null,
        invoiceNumber: null,
        today: '2026-11-23',
      },
      csSender,
      handlers,
    );
    expect(paid).toMatchObject({ status: 'paid', remainingMinor: 0, daysOverdue: 0 });
  });

  it('falls back to the client’s invoice with that number (first seen elsewhere, e.g. in Gmail)', async () => {
    const handlers = createHandlers(db);
    const gmail: Observation = {
      ...status(0),
      kind: 'invoice',
      key: 'gmail:msg-1',
      source: { kind: 'gmail', url: null, messageId: 'msg-1' },
      sender: USER_EMAIL,
    } as Observation;
    const { results } = await dispatch(
      'cs-bg:observe',
      { observations: [gmail] },
      csSender,
      handlers,
    );
    const state = await dispatch(
      'cs-bg:invoiceStatus',
      {
        key: 'site:stripe:unknown',
        clientId: results[0]!.clientId,
        invoiceNumber: '8F2C1A7B-0007',
        today: '2026-11-10',
      },
      csSender,
      handlers,
    );
    expect(state).toMatchObject({ status: 'open', daysOverdue: 1 });
  });

  it('answers null for an invoice it does not know', async () => {
    const state = await dispatch(
      'cs-bg:invoiceStatus',
      { key: 'site:xero:nothing', clientId: null, invoiceNumber: null },
      csSender,
      createHandlers(db),
    );
    expect(state).toBeNull();
  });

  it('rejects a malformed request', async () => {
    await expect(
      dispatch(
        'cs-bg:invoiceStatus',
        { key: '', clientId: null, invoiceNumber: null },
        csSender,
        createHandlers(db),
      ),
    ).rejects.toThrow(/Invalid cs-bg:invoiceStatus request/);
  });
});

describe('ui-bg:captureActiveTab', () => {
  it('asks the capture service for the given or the active tab', async () => {
    const db = freshDb();
    const capture = vi.fn(async (tabId?: number) => ({ tabId: tabId ?? 3 }));
    const handlers = createHandlers(db, capture);
    await expect(dispatch('ui-bg:captureActiveTab', {}, uiSender, handlers)).resolves.toEqual({
      tabId: 3,
    });
    await expect(
      dispatch('ui-bg:captureActiveTab', { tabId: 12 }, uiSender, handlers),
    ).resolves.toEqual({ tabId: 12 });
    await expect(
      dispatch('ui-bg:captureActiveTab', { tabId: -1 }, uiSender, handlers),
    ).rejects.toThrow(/Invalid/);
    expect(capture).toHaveBeenCalledTimes(2);
  });
});
