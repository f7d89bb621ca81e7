/**
 * Gmail in real Chromium: constructed thread-view fixtures (see tests/fixtures/gmail/README.md)
 * are served at the real Gmail URL; the built extension's content script reads them, the
 * background writes the `firmly` IndexedDB, the panel appears in the thread, and the popup lists
 * the client with the right balance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { panel } from './panel-probe';
import {
  fixture,
  launch,
  openPopup,
  OUTPUT_DIR,
  readStore,
  serveDocument,
  waitFor,
  type Harness,
} from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => h?.close());

type Row = Record<string, unknown>;

async function openThread(html: string, url = THREAD_URL): Promise<Page> {
  await h.context.unroute('https://mail.google.com/**').catch(() => {});
  await serveDocument(h.context, 'https://mail.google.com/**', html);
  const page = await h.context.newPage();
  await page.goto(url);
  return page;
}

describe('Gmail thread → debt log → popup', () => {
  let page: Page;

  it('reads the open thread and records the client and the invoice', async () => {
    page = await openThread(fixture('gmail/thread_en_2026-11__constructed.html'));
    const invoices = await waitFor(async () => {
      const rows = await readStore<Row>(h.worker, 'invoices');
      return rows.length ? rows : null;
    }, 15_000);
    expect(invoices).toEqual([
      expect.objectContaining({
        number: 'INV-2026-014',
        amountMinor: 125000,
        currency: 'USD',
        dueDate: '2026-11-01',
        status: 'open',
      }),
    ]);
    const clients = await readStore<Row>(h.worker, 'clients');
    expect(clients).toEqual([
      expect.objectContaining({ name: 'Dana Lee', emails: ['dana.lee@northwind.example'] }),
    ]);
    const events = await readStore<Row>(h.worker, 'events');
    expect(events.map((e) => e.type)).toContain('invoice_seen');
    // The user's own reminder (collapsed, no body) and the reply are not invoices.
    expect(events.filter((e) => e.type === 'invoice_seen')).toHaveLength(1);
  });

  it('shows the panel with the amount, lateness and the reason read from the reply', async () => {
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    const text = await panel(page).innerText();
    expect(text).toContain('Dana Lee');
    expect(text).toContain('$1,250.00');
    expect(text).toMatch(/\d+ days late/);
    await expect
      .poll(async () => panel(page).locator('.reply select').inputValue(), { timeout: 10_000 })
      .toBe('cash_flow');
    await page.screenshot({
      path: `${OUTPUT_DIR}/gmail-panel-en.png`,
      clip: { x: 0, y: 0, width: 1200, height: 420 },
    });
  });

  it('records the confirmed reason once', async () => {
    await panel(page).locator('.reply button.primary').click();
    const reasons = await waitFor(async () => {
      const rows = (await readStore<Row>(h.worker, 'events')).filter(
        (e) => e.type === 'reason_recorded',
      );
      return rows.length ? rows : null;
    });
    expect(reasons).toHaveLength(1);
    expect((reasons![0]!.data as Row).reason).toBe('cash_flow');
    await expect.poll(() => panel(page).locator('.reply').count()).toBe(0);
  });

  it('opens a new prefilled draft via Gmail compose URL', async () => {
    const popupPromise = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Open as new draft' }).click();
    const draft = await popupPromise;
    const url = new URL(draft.url());
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('dana.lee@northwind.example');
    expect(url.searchParams.get('su')).toContain('INV-2026-014');
    // The client said they can't pay this month: the draft follows that reading (issue 14), an
    // instalment offer that names the amount owed; the subject names the invoice.
    expect(url.searchParams.get('body')).toContain('1,250.00');
    await draft.close();
  });

  it('navigating away and back leaves one panel and no duplicate events', async () => {
    const before = (await readStore<Row>(h.worker, 'events')).length;
    await page.evaluate(() => (location.hash = '#inbox'));
    await expect.poll(() => page.locator('[data-firmly-panel]').count()).toBe(0);
    await page.evaluate(() => (location.hash = '#inbox/1935c8a1b2c3d401'));
    await expect
      .poll(() => page.locator('[data-firmly-panel]').count(), { timeout: 10_000 })
      .toBe(1);
    await page.waitForTimeout(1200);
    expect(await page.locator('[data-firmly-panel]').count()).toBe(1);
    expect((await readStore<Row>(h.worker, 'events')).length).toBe(before);
  });

  it('the popup lists the client with what they owe', async () => {
    const popup = await openPopup(h);
    const row = popup.locator('.client-row', { hasText: 'Dana Lee' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.innerText()).toContain('$1,250.00');
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.screenshot({ path: `${OUTPUT_DIR}/popup-from-gmail-en.png` });
    await popup.close();
  });
});

describe('Gmail compose insertion', () => {
  it('inserts the reminder into the open reply so the editor holds it above the quote', async () => {
    const page = await openThread(fixture('gmail/thread_inline-reply_2026-11__constructed.html'));
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    await panel(page).getByRole('button', { name: 'Insert reminder' }).click();
    await expect.poll(() => panel(page).locator('[role=status]').innerText()).toContain('inserted');
    const body = page.locator('[g_editable=true][contenteditable=true]');
    const text = await body.innerText();
    // The message follows the client's reply (issue 14); it names the amount owed.
    expect(text).toContain('1,250.00');
    // The quoted history stays below the inserted reminder.
    expect(text.indexOf('1,250.00')).toBeLessThan(text.indexOf('wrote:'));
    await page.close();
  });
});

describe('hostile thread content', () => {
  it('is shown as text and Firmly adds no markup from it', async () => {
    // Mallory is a known client whose very name is markup.
    const popup = await openPopup(h);
    const hostileName = '<img src=x onerror="window.__firmlyHostile=1">Mallory';
    await popup.evaluate(async (name) => {
      const send = (type: string, data: unknown) =>
        new Promise<{ res?: { id: string } }>((resolve) =>
          chrome.runtime.sendMessage({ id: 9, type, data, timestamp: Date.now() }, resolve),
        );
      const created = await send('ui-bg:createClient', { name, emails: ['mallory@evil.example'] });
      await send('ui-bg:addInvoice', {
        clientId: created.res!.id,
        number: 'M-1',
        amountMinor: 999900,
        currency: 'USD',
        issueDate: '2026-10-01',
        dueDate: '2026-10-15',
      });
    }, hostileName);
    await popup.close();

    const page = await openThread(
      fixture('gmail/thread_hostile_2026-11__constructed.html'),
      'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d701',
    );
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    // Markup-looking text stays text inside the panel: no elements were created from it.
    expect(await panel(page).locator('img, script, iframe, style').count()).toBe(0);
    expect(await panel(page).innerText()).toContain(hostileName);
    // The hostile body's invoice claim addressed to the user is not recorded as the user's invoice.
    const invoices = await readStore<Row>(h.worker, 'invoices');
    expect(invoices.map((i) => i.number)).not.toContain('INV-666');
    await page.close();
  });
});
