/**
 * Follow-ups in real Chromium: an alarm a few seconds ahead fires and shows a notification; after
 * closing the browser and relaunching with the same profile, a pending follow-up's alarm is back.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launch, openPopup, waitFor, type Harness } from './harness';

let h: Harness | null = null;
afterAll(async () => h?.close());

describe('follow-ups in Chromium', () => {
  it('fire as notifications and survive a browser restart', async () => {
    h = await launch();
    const page = await openPopup(h);
    // Record a client through the real protocol from an extension page.
    const clientId = await page.evaluate(async () => {
      const send = (type: string, data: unknown) =>
        new Promise<{ res?: unknown; err?: { message: string } }>((resolve) =>
          chrome.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, resolve),
        );
      const created = await send('ui-bg:createClient', {
        name: 'ACME Corp',
        emails: ['ap@acme.example'],
      });
      return (created.res as { id: string }).id;
    });
    const setFollowup = (dueAt: string, note: string) =>
      page.evaluate(
        async ([id, due, text]) =>
          new Promise<{ res?: { id: string }; err?: { message: string } }>((resolve) =>
            chrome.runtime.sendMessage(
              {
                id: 2,
                type: 'ui-bg:setFollowup',
                data: { clientId: id, invoiceId: null, dueAt: due, note: text },
                timestamp: Date.now(),
              },
              resolve,
            ),
          ),
        [clientId, dueAt, note] as const,
      );

    const soon = await setFollowup(
      new Date(Date.now() + 3_000).toISOString(),
      'Call about the invoice',
    );
    expect(soon.err).toBeUndefined();
    const later = await setFollowup(
      new Date(Date.now() + 7 * 86_400_000).toISOString(),
      'Next week',
    );
    expect(later.err).toBeUndefined();

    const alarms = await h.worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name).sort()).toEqual(
      [`followup:${soon.res!.id}`, `followup:${later.res!.id}`].sort(),
    );

    const shown = await waitFor(async () => {
      const all = await h!.worker.evaluate(() => chrome.notifications.getAll());
      return Object.keys(all).find((id) => id.includes(soon.res!.id));
    }, 20_000);
    expect(shown).toBe(`firmly-followup:${soon.res!.id}`);
    await waitFor(
      async () => (await h!.worker.evaluate(() => chrome.action.getBadgeText({}))) === '1',
      5_000,
    );
    expect(await h.worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');

    // Close the browser; relaunch with the same profile: the alarm is reconciled from the database.
    const profile = h.profileDir;
    await h.close({ keepProfile: true });
    h = await launch(profile);
    const names = await waitFor(async () => {
      const list = await h!.worker.evaluate(() => chrome.alarms.getAll());
      return list.some((a) => a.name === `followup:${later.res!.id}`)
        ? list.map((a) => a.name)
        : null;
    }, 15_000);
    expect(names).toContain(`followup:${later.res!.id}`);
    // The fired one is not scheduled again.
    expect(names).not.toContain(`followup:${soon.res!.id}`);
  });
});
