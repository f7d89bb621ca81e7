/**
 * Issue 14's journeys in real Chromium, each one a user's path that went wrong before: the
 * confirmed reason drives the message in the Gmail panel and the popup alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { fixture, launch, openPopup, OUTPUT_DIR, serveDocument, type Harness } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => h?.close());

const panel = (page: Page) => page.locator('[data-firmly-panel] .card');

/** The popup opened on one client's page. */
async function popupClient(name: string): Promise<Page> {
  const popup = await openPopup(h);
  const row = popup.locator('.client-row', { hasText: name });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await row.click();
  await popup.waitForSelector('.msg-subject', { timeout: 10_000 });
  return popup;
}

describe('journey 1: the confirmed reason drives the message', () => {
  let page: Page;

  it('before Confirm, panel and popup follow the reading "cash-flow trouble", unconfirmed', async () => {
    await serveDocument(
      h.context,
      'https://mail.google.com/**',
      fixture('gmail/thread_en_2026-11__constructed.html'),
    );
    page = await h.context.newPage();
    await page.goto(THREAD_URL);
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(async () => panel(page).locator('.reply select').inputValue(), { timeout: 10_000 })
      .toBe('cash_flow');
    await expect
      .poll(() => panel(page).locator('.subject').innerText(), { timeout: 10_000 })
      .toContain('proposed payment plan');

    // "Open as new draft" before confirming: not the "slipped through" reminder.
    const opened = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Open as new draft' }).click();
    const draft = await opened;
    const url = new URL(draft.url());
    expect(url.searchParams.get('su')).toContain('proposed payment plan');
    expect(url.searchParams.get('body')).not.toMatch(/slipped through/);
    await draft.close();

    const popup = await popupClient('Dana Lee');
    expect(await popup.locator('.msg-subject').inputValue()).toContain('proposed payment plan');
    expect(await popup.locator('.chip.reason').innerText()).toBe('Short of cash · unconfirmed');
    await popup.close();
  });

  it('after Confirm with another reason, both views follow the confirmed reason', async () => {
    await panel(page).locator('.reply select').selectOption('forgot');
    await panel(page).locator('.reply button.primary').click();
    await expect.poll(() => panel(page).locator('.reply').count()).toBe(0);
    await expect
      .poll(() => panel(page).locator('.subject').innerText(), { timeout: 10_000 })
      .toContain('payment details');

    const popup = await popupClient('Dana Lee');
    expect(await popup.locator('.msg-subject').inputValue()).toContain('payment details');
    expect(await popup.locator('.chip.reason').innerText()).not.toMatch(/unconfirmed/i);
    await popup.close();
    await page.close();
  });
});
