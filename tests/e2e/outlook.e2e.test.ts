/**
 * Outlook on the web in real Chromium: constructed reading-pane fixtures (see their headers in
 * tests/fixtures/outlook) are served at each Outlook host's real URL shape with a strict CSP; the
 * built extension's Outlook content script reads them, the background records the debt, and the
 * panel shows the amount, the lateness and the reason read from the client's reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { panel } from './panel-probe';
import { fixture, launch, OUTPUT_DIR, readStore, waitFor, type Harness } from './harness';

/** A CSP in the spirit of Outlook's: no inline or foreign script, nothing framed. */
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const ITEM = 'AAQkADAwATMwMAItYjBiZi03YmY3LTAwAi0wMAoAEABjgKbAj7DwSKnW58xs6QY7';
const EN = 'outlook/conversation_en_2026-12__constructed.html';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => h?.close());

type Row = Record<string, unknown>;

async function serve(origin: string, html: string): Promise<void> {
  await h.context.unroute(`${origin}/**`).catch(() => {});
  await h.context.route(`${origin}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': CSP },
          body: html,
        })
      : route.fulfill({ status: 404, body: '' }),
  );
}

async function open(url: string, path = EN): Promise<Page> {
  await serve(new URL(url).origin, fixture(path));
  const page = await h.context.newPage();
  await page.goto(url);
  return page;
}

describe('Outlook conversation → debt log → panel', () => {
  let page: Page;

  it('reads the conversation on outlook.office.com and records the client and the invoice', async () => {
    page = await open(`https://outlook.office.com/mail/inbox/id/${encodeURIComponent(ITEM)}`);
    const invoices = await waitFor(async () => {
      const rows = await readStore<Row>(h.worker, 'invoices');
      return rows.length ? rows : null;
    }, 15_000);
    expect(invoices).toEqual([
      expect.objectContaining({ number: 'INV-2026-014', amountMinor: 125000, currency: 'USD' }),
    ]);
    const clients = await readStore<Row>(h.worker, 'clients');
    expect(clients).toEqual([
      expect.objectContaining({ name: 'Dana Lee', emails: ['dana.lee@northwind.example'] }),
    ]);
    const seen = (await readStore<Row>(h.worker, 'events')).filter(
      (e) => e.type === 'invoice_seen',
    );
    expect(seen).toHaveLength(1);
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
      path: `${OUTPUT_DIR}/outlook-panel-en.png`,
      clip: { x: 0, y: 0, width: 1200, height: 480 },
    });
  });

  it('opens a new message through the compose deep link on the same host', async () => {
    const popupPromise = h.context.waitForEvent('page');
    await panel(page).getByRole('button', { name: 'Open as new draft' }).click();
    const draft = await popupPromise;
    const url = new URL(draft.url());
    expect(url.origin + url.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(url.searchParams.get('to')).toBe('dana.lee@northwind.example');
    expect(url.searchParams.get('subject')).toContain('INV-2026-014');
    // The client said they can't pay this month: the draft follows that reading (issue 14), an
    // instalment offer that names the amount owed; the subject names the invoice.
    expect(url.searchParams.get('body')).toContain('1,250.00');
    await draft.close();
  });

  it('navigating between conversations leaves one panel and adds no duplicate events', async () => {
    const other = 'AAQkADAwATMwMAItZGVkZS0wMAoAEABDEUTSCH0000000001';
    const swap = async (path: string, name: string) => {
      const html = fixture(name);
      await page.evaluate(
        ([p, doc]) => {
          const next = new DOMParser().parseFromString(doc, 'text/html');
          history.pushState({}, '', p);
          document.querySelector('[role=main]')!.replaceWith(next.querySelector('[role=main]')!);
        },
        [path, html] as const,
      );
    };
    const onePanelFor = async (who: string) => {
      await expect
        .poll(
          async () =>
            (await panel(page).count()) === 1 && (await panel(page).innerText()).includes(who),
          {
            timeout: 10_000,
          },
        )
        .toBe(true);
    };
    await swap(`/mail/inbox/id/${other}`, 'outlook/conversation_de_2026-12__constructed.html');
    await onePanelFor('Dana Lee');
    await expect
      .poll(async () => (await panel(page).innerText()).includes('€'), { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(1500);
    const afterB = (await readStore<Row>(h.worker, 'events')).length;
    await swap('/mail/inbox', 'outlook/conversation_en_2026-12__constructed.html');
    await expect
      .poll(() => page.locator('[data-firmly-panel]').count(), { timeout: 10_000 })
      .toBe(0);
    await swap(`/mail/inbox/id/${ITEM}`, 'outlook/conversation_en_2026-12__constructed.html');
    await onePanelFor('$1,250.00');
    await swap(`/mail/inbox/id/${other}`, 'outlook/conversation_de_2026-12__constructed.html');
    await onePanelFor('€');
    await page.waitForTimeout(1500);
    expect(await page.locator('[data-firmly-panel]').count()).toBe(1);
    expect((await readStore<Row>(h.worker, 'events')).length).toBe(afterB);
    await page.close();
  });
});

describe('Outlook hosts and URL shapes', () => {
  it.each([
    ['https://outlook.office365.com', `/mail/0/inbox/id/${ITEM}`],
    ['https://outlook.cloud.microsoft', `/mail/id/${ITEM}`],
    ['https://outlook.live.com', `/mail/0/inbox/id/${encodeURIComponent(ITEM)}`],
  ])('%s%s shows the panel with the amount', async (origin, path) => {
    const page = await open(origin + path);
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await panel(page).innerText()).toContain('$1,250.00');
    await page.close();
  });
});

describe('Outlook reply insertion', () => {
  it('"Insert reminder" fills the open reply editor', async () => {
    const page = await open(
      `https://outlook.office.com/mail/inbox/id/${ITEM}`,
      'outlook/conversation_en-reply-open_2026-12__constructed.html',
    );
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    await panel(page).getByRole('button', { name: 'Insert reminder' }).click();
    await expect.poll(() => panel(page).locator('[role=status]').innerText()).toContain('inserted');
    const text = await page.locator('#editorParent_1 [contenteditable=true]').innerText();
    expect(text).toContain('INV-2026-014');
    await page.close();
  });
});

describe('hostile Outlook conversation', () => {
  it('200 messages and markup in names and bodies: text only, nothing runs', async () => {
    const page = await open(
      `https://outlook.office.com/mail/inbox/id/${ITEM}`,
      'outlook/conversation_hostile_2026-12__constructed.html',
    );
    await expect.poll(() => panel(page).count(), { timeout: 15_000 }).toBe(1);
    expect(await panel(page).locator('img, script, iframe, style').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });
});
