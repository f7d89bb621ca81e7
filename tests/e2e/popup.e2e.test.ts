/**
 * The toolbar popup in real Chromium: clients seeded through the real protocol, found by search,
 * a partial payment recorded through the form (balance and chart change), a follow-up set, and
 * screenshots in English and Hebrew (right to left) saved to tests/output/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, launch, openPopup, readStore, waitFor, type Harness } from './harness';

let h: Harness | null = null;
afterAll(async () => h?.close());

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

type Reply<T> = { res?: T; err?: { message: string } };

/** Sends one protocol request from an extension page, as the popup itself does. */
async function send<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, d]) =>
      new Promise<Reply<unknown>>((resolve) =>
        chrome.runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e9), type: t, data: d, timestamp: Date.now() },
          resolve,
        ),
      ),
    [type, data] as const,
  );
  if (reply.err) throw new Error(`${type}: ${reply.err.message}`);
  return reply.res as T;
}

async function seed(page: Page) {
  const client = async (name: string, emails: string[], language: string | null) =>
    (await send<{ id: string }>(page, 'ui-bg:createClient', { name, emails, language })).id;
  const invoice = (
    clientId: string,
    number: string,
    amountMinor: number,
    currency: string,
    issue: number,
    due: number,
  ) =>
    send(page, 'ui-bg:addInvoice', {
      clientId,
      number,
      amountMinor,
      currency,
      issueDate: day(issue),
      dueDate: day(due),
    });
  const pay = (clientId: string, amountMinor: number, currency: string, at: number) =>
    send(page, 'ui-bg:recordEvent', {
      clientId,
      invoiceId: null,
      at: new Date(Date.now() + at * 86_400_000).toISOString(),
      data: { type: 'payment_received', invoiceId: null, amountMinor, currency, reference: null },
    });

  const harbor = await client('Harbor & Finch Inc.', ['ap@harborfinch.example'], 'en');
  await invoice(harbor, 'HF-2026-031', 2400_00, 'USD', -150, -120);
  await pay(harbor, 2400_00, 'USD', -95);
  await invoice(harbor, 'HF-2026-044', 1800_00, 'USD', -100, -70);
  await pay(harbor, 1800_00, 'USD', -52);
  await invoice(harbor, 'HF-2026-058', 3250_00, 'USD', -64, -34);
  await send(page, 'ui-bg:recordEvent', {
    clientId: harbor,
    invoiceId: null,
    at: new Date(Date.now() - 20 * 86_400_000).toISOString(),
    data: {
      type: 'reminder_sent',
      templateId: 'reminder_gentle',
      stage: 'overdue_gentle',
      channel: 'email',
    },
  });
  const kowalski = await client(
    'Kowalski i Wspólnicy sp. z o.o.',
    ['ksiegowosc@kowalski.example'],
    'pl',
  );
  await invoice(kowalski, 'FV/2026/09/014', 12_300_00, 'PLN', -60, -46);
  await invoice(kowalski, 'FV/2026/10/021', 4_920_00, 'PLN', -30, -16);
  const levi = await client('Levi Design Studio', ['office@levi.example'], 'he');
  await invoice(levi, '2026-117', 8_500_00, 'ILS', -20, 5);
  const muller = await client('Müller GmbH', ['buchhaltung@mueller.example'], 'de');
  await invoice(muller, 'RE-88', 950_00, 'EUR', -10, 20);
  await client('Paid-up Pty Ltd', ['hello@paidup.example'], null);
  return { harbor, kowalski };
}

const listPainted = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('firmly:list-painted').length > 0, null, {
    timeout: 15_000,
  });

describe('popup in Chromium', () => {
  it('finds a client, records a partial payment, sets a follow-up; English and Hebrew screenshots', async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    h = await launch();
    const page = await openPopup(h);
    await page.setViewportSize({ width: 420, height: 600 });
    const { harbor } = await seed(page);

    await page.reload();
    await listPainted(page);
    const names = await page.locator('.client-name').allTextContents();
    expect(names[0]).toBe('Kowalski i Wspólnicy sp. z o.o.'); // 46 days late
    expect(names).toContain('Paid-up Pty Ltd');
    expect(await page.locator('.total').count()).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(OUTPUT_DIR, 'popup-en.png') });

    // Search by invoice number; Enter opens the single match.
    await page.fill('#client-search', 'HF-2026-05');
    await page.waitForFunction(() => document.querySelectorAll('.client-row').length === 1);
    await page.press('#client-search', 'Enter');
    await page.waitForSelector('.client-title');
    expect(await page.locator('.client-title').textContent()).toBe('Harbor & Finch Inc.');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('client-title');
    await page.waitForSelector('.msg-body');
    expect(await page.locator('[data-testid="client-owed"]').textContent()).toBe('$3,250.00');
    const paidBefore = Number(await page.locator('svg.flow-chart').getAttribute('data-paid'));
    expect(await page.locator('[data-testid="client-average"]').textContent()).toMatch(
      /^\d+ days$/,
    );

    // Record a partial payment through the form.
    await page.getByRole('button', { name: 'Payment', exact: true }).click();
    await page.waitForSelector('#payment-amount');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('payment-invoice');
    await page.fill('#payment-amount', '1,250.00');
    await page.press('#payment-amount', 'Enter');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="client-owed"]')?.textContent === '$2,000.00',
    );
    expect(Number(await page.locator('svg.flow-chart').getAttribute('data-paid'))).toBe(
      paidBefore + 1250_00,
    );
    expect(await page.locator('svg.flow-chart').getAttribute('data-outstanding')).toBe(
      String(2000_00),
    );
    const invoices = await readStore<{ number: string; paidMinor: number; status: string }>(
      h.worker,
      'invoices',
    );
    expect(invoices.find((i) => i.number === 'HF-2026-058')).toMatchObject({
      paidMinor: 1250_00,
      status: 'partly_paid',
    });

    // Set a follow-up for tomorrow at 9:00.
    await page.getByRole('button', { name: 'Set follow-up' }).click();
    await page.check('input[name="followup-when"][value="tomorrow"]');
    await page.fill('#followup-note', 'Ask about the rest');
    await page.locator('.picker button[type="submit"]').click();
    const followups = await waitFor(async () => {
      const rows = await readStore<{ clientId: string; dueAt: string; note: string }>(
        h!.worker,
        'followups',
      );
      return rows.length ? rows : null;
    });
    expect(followups?.[0]).toMatchObject({ clientId: harbor, note: 'Ask about the rest' });
    const due = new Date(followups![0]!.dueAt);
    expect([due.getHours(), due.getMinutes()]).toEqual([9, 0]);
    // The row is committed before the background mirrors it to an alarm: wait for the alarm.
    const alarm = await waitFor(async () => {
      const alarms = await h!.worker.evaluate(() => chrome.alarms.getAll());
      return alarms.find((a) => a.name.startsWith('followup:')) ?? null;
    });
    expect(alarm?.scheduledTime).toBe(due.getTime());
    await page.waitForSelector('.followup');

    // Let the "follow-up set" toast fade before the picture.
    await page.waitForFunction(() => !document.querySelector('.toast-visible'), null, {
      timeout: 10_000,
    });
    await page.waitForTimeout(400); // the fade-out itself
    await page.screenshot({ path: join(OUTPUT_DIR, 'popup-client-en.png'), fullPage: true });

    // Hebrew: the setting is stored as the options page would store it, then the popup reopens.
    await page.evaluate(() =>
      chrome.storage.local.set({ uiSettings: { uiLanguage: 'he', theme: 'light' } }),
    );
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await listPainted(page);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('.totals-label').textContent()).toBe('חייבים לך');
    await page.screenshot({ path: join(OUTPUT_DIR, 'popup-he.png') });

    // Dark: the automatic theme follows the system's colour scheme.
    await page.evaluate(() =>
      chrome.storage.local.set({ uiSettings: { uiLanguage: 'en', theme: 'auto' } }),
    );
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await listPainted(page);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 24, 30)');
    await page.screenshot({ path: join(OUTPUT_DIR, 'popup-dark-en.png') });
  });
});
