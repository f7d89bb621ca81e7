// Issue 11, finding 13: one bad stored setting no longer resets them all, and a write never saves
// the defaults that stood in for fields it did not change.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import { uiSettings } from '@/utils/settings/store';
import { advisorSettings } from '@/utils/settings/advisor';
import { freshDb, invoiceObservation } from '../helpers';

const stored = {
  uiLanguage: 'pl',
  theme: 'sepia', // not a theme this version knows
  gmailPanel: false,
  ownEmails: ['ana@studio.example'],
  ignoredDomains: ['newsletter.example'],
  billingSenders: [],
  paymentSenders: [],
  approvedIssuers: [],
};
const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings are read field by field', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ uiSettings: stored });
  });

  it("a bad theme falls back alone; the user's languages, addresses and ignore list are kept", async () => {
    expect(await uiSettings.get()).toEqual({ ...stored, theme: 'auto' });
  });

  it('"Not a client" adds the domain and writes nothing else back', async () => {
    const db = freshDb();
    const gmail = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
    const handlers = createHandlers(db);
    // Sent from the user's own address (stored above), so the trust model books it.
    const observations = [invoiceObservation({ sender: 'ana@studio.example' })];
    await dispatch('cs-bg:observe', { observations }, gmail, handlers);
    const clientId = (await db.clients.toArray())[0]!.id;
    await dispatch('cs-bg:ignoreClient', { clientId, domain: 'client.example' }, gmail, handlers);
    expect(await raw('uiSettings')).toEqual({
      ...stored,
      ignoredDomains: ['newsletter.example', 'client.example'],
    });
  });

  it('a write changes only the fields it changes; replace (import, erase) writes them all', async () => {
    await uiSettings.set({ ...(await uiSettings.get()), uiLanguage: 'he' });
    expect(await raw('uiSettings')).toEqual({ ...stored, uiLanguage: 'he' });
    await uiSettings.set({ ...(await uiSettings.get()), theme: 'dark' });
    expect(await raw('uiSettings')).toEqual({ ...stored, uiLanguage: 'he', theme: 'dark' });
    await uiSettings.replace({ ...stored, theme: 'light' });
    expect(await raw('uiSettings')).toEqual({ ...stored, theme: 'light' });
  });

  it('an invalid write is refused and changes nothing', async () => {
    await expect(uiSettings.set({ ...stored, theme: 'auto', ownEmails: ['nope'] })).rejects.toThrow(
      /Invalid settings: ownEmails/,
    );
    expect(await raw('uiSettings')).toEqual(stored);
  });

  it('advisor settings too: a bad tone keeps the signature and payment details', async () => {
    await fakeBrowser.storage.local.set({
      advisorSettings: { signature: 'Ana', paymentDetails: 'IBAN PL00', tone: 'shouty' },
    });
    const read = await advisorSettings.get();
    expect([read.signature, read.paymentDetails, read.tone]).toEqual([
      'Ana',
      'IBAN PL00',
      'neutral',
    ]);
    await advisorSettings.update({ senderName: 'Ana Nowak' });
    expect(await raw('advisorSettings')).toMatchObject({ tone: 'shouty', senderName: 'Ana Nowak' });
  });
});
