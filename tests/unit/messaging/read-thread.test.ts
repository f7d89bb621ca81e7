// @vitest-environment happy-dom
/**
 * `cs-bg:readThread`: the Gmail content script sends the parsed thread; the background runs the
 * real detector on it and records what it finds. Fixture threads go through the real parser.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { checkSender, dispatch } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { parseThread } from '@/utils/webmail/gmail/thread';
import { freshDb } from '../helpers';
import { loadFixture } from '../webmail/gmail/fixtures';

const csSender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
const pageUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJGxq';

function request(fixture: string, own: string) {
  const thread = parseThread(loadFixture(fixture));
  if (!thread) throw new Error(`${fixture}: no thread parsed`);
  return { thread, ownEmails: [own], pageUrl };
}

async function counts(db: FirmlyDB) {
  return { clients: await db.clients.count(), events: await db.events.count() };
}

describe('reading a Gmail thread in the background', () => {
  let db: FirmlyDB;
  beforeEach(() => {
    db = freshDb();
  });

  it('records the invoice the user sent, lists the client reply, and reads its language', async () => {
    const req = request('thread_en_2026-11__constructed.html', 'sam@carterdesign.example');
    const reading = await dispatch('cs-bg:readThread', req, csSender, createHandlers(db));
    expect(reading.results.filter((r) => r.status === 'applied').length).toBeGreaterThan(0);
    expect(reading.emails[0]).toBe('dana.lee@northwind.example');
    expect(reading.replies.length).toBeGreaterThan(0);
    expect(reading.language).toBe('en');
    const invoices = await db.invoices.toArray();
    expect(invoices.map((i) => [i.amountMinor, i.currency])).toContainEqual([125000, 'USD']);
  });

  it('reads a Polish thread and answers in Polish', async () => {
    const req = request('thread_pl_2026-11__constructed.html', 'anna@nowak-studio.example');
    const reading = await dispatch('cs-bg:readThread', req, csSender, createHandlers(db));
    expect(reading.emails).toContain('piotr.wisniewski@klient.example');
    expect(reading.language).toBe('pl');
    const invoices = await db.invoices.toArray();
    expect(invoices.map((i) => i.number)).toContain('FV/2026/10/014');
  });

  it('is idempotent: reading the same thread again adds nothing', async () => {
    const req = request('thread_en_2026-11__constructed.html', 'sam@carterdesign.example');
    const handlers = createHandlers(db);
    await dispatch('cs-bg:readThread', req, csSender, handlers);
    const before = await counts(db);
    const again = await dispatch('cs-bg:readThread', req, csSender, handlers);
    expect(again.results.every((r) => r.status !== 'applied')).toBe(true);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses a malformed thread and changes nothing', async () => {
    const req = request('thread_en_2026-11__constructed.html', 'sam@carterdesign.example');
    const bad = {
      ...req,
      thread: { ...req.thread, messages: req.thread.messages.map((m) => ({ ...m, date: 'soon' })) },
    };
    await expect(dispatch('cs-bg:readThread', bad, csSender, createHandlers(db))).rejects.toThrow(
      /cs-bg:readThread/,
    );
    expect(await counts(db)).toEqual({ clients: 0, events: 0 });
  });

  it('is refused when it does not come from a tab', () => {
    const ui = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
    expect(checkSender('cs-bg:readThread', ui, 'ext', 'chrome-extension://ext/')).toMatch(/tab/);
    expect(checkSender('cs-bg:readThread', csSender, 'ext', 'chrome-extension://ext/')).toBeNull();
  });
});

describe('own addresses (issue 11, finding 8)', () => {
  it('prefers the Settings list over what the page says', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { uiSettings } = await import('@/utils/settings/store');
    const { defaultUiSettings } = await import('@/utils/settings/schema');
    fakeBrowser.reset();
    await uiSettings.set({ ...defaultUiSettings, ownEmails: ['sam@carterdesign.example'] });
    const db = freshDb();
    // The page misread the account as the client: Settings still says who the user is.
    const req = request('thread_en_2026-11__constructed.html', 'dana.lee@northwind.example');
    const reading = await dispatch('cs-bg:readThread', req, csSender, createHandlers(db));
    expect(reading.emails[0]).toBe('dana.lee@northwind.example');
    expect((await db.clients.toArray()).map((c) => c.emails)).toEqual([
      ['dana.lee@northwind.example'],
    ]);
    fakeBrowser.reset();
  });
});
