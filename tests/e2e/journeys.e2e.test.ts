/**
 * Issue 14's journeys in real Chromium, each one a user's path that went wrong before: the
 * confirmed reason drives the message in the Gmail panel and the popup alike.
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
  type Harness,
} from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d401';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  h = await launch();
});
afterAll(async () => h?.close());

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

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function seedClient(
  page: Page,
  name: string,
  email: string,
  invoice: { number: string; amountMinor: number; currency: string },
): Promise<string> {
  const { id } = await send<{ id: string }>(page, 'ui-bg:createClient', {
    name,
    emails: [email],
    language: 'en',
  });
  await send(page, 'ui-bg:addInvoice', {
    clientId: id,
    ...invoice,
    issueDate: day(-40),
    dueDate: day(-10),
  });
  return id;
}

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

describe('journey 2: an overpayment asks first, and the credit stays with its client', () => {
  it('names the difference, records it as that client’s credit, and leaves the others’ totals alone', async () => {
    const popup = await openPopup(h);
    await popup.setViewportSize({ width: 420, height: 700 });
    await seedClient(popup, 'Overpaid Oy', 'ap@overpaid.example', {
      number: 'OP-1',
      amountMinor: 4800_50,
      currency: 'EUR',
    });
    await seedClient(popup, 'Big Debtor AG', 'ap@bigdebtor.example', {
      number: 'BD-1',
      amountMinor: 99_999_999_99,
      currency: 'EUR',
    });
    await popup.reload();
    const row = popup.locator('.client-row', { hasText: 'Overpaid Oy' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.click();
    await popup.waitForSelector('.client-title');
    await popup.getByRole('button', { name: 'Payment', exact: true }).click();
    await popup.fill('#payment-amount', '99999');
    await popup.press('#payment-amount', 'Enter');
    const question = popup.getByTestId('payment-over');
    await expect.poll(() => question.count(), { timeout: 5_000 }).toBe(1);
    expect(await question.innerText()).toContain('€95,198.50');
    // Nothing is recorded before the answer.
    expect(
      (await readStore<{ type: string }>(h.worker, 'events')).filter(
        (e) => e.type === 'payment_received',
      ),
    ).toHaveLength(0);
    await question.getByRole('button').click();
    await popup.waitForSelector('[data-testid="client-credit"]', { timeout: 10_000 });
    expect(await popup.getByTestId('client-credit').innerText()).toBe('€95,198.50');

    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await popup.waitForSelector('.total-owed', { timeout: 10_000 });
    // The portfolio still shows what Big Debtor owes, in full; the credit is shown apart.
    expect(await popup.locator('.total[data-currency="EUR"] .total-owed').innerText()).toBe(
      '€99,999,999.99',
    );
    expect(await popup.getByTestId('totals-credit').innerText()).toContain('€95,198.50');
    await popup.close();
  });
});

describe('journey 3: an ambiguous amount is asked, with both readings', () => {
  it('"12.345" in a EUR payment is refused, showing €12,345.00 and 12.345 EUR', async () => {
    const popup = await openPopup(h);
    const row = popup.locator('.client-row', { hasText: 'Big Debtor AG' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.click();
    await popup.waitForSelector('.client-title');
    const before = (await readStore(h.worker, 'events')).length;
    await popup.getByRole('button', { name: 'Payment', exact: true }).click();
    expect(await popup.locator('.entry-form').innerText()).toContain('For example 1,234.56');
    await popup.fill('#payment-amount', '12.345');
    await popup.press('#payment-amount', 'Enter');
    const error = popup.locator('.entry-form .field-error');
    await expect.poll(() => error.count(), { timeout: 5_000 }).toBeGreaterThan(0);
    const text = await error.first().innerText();
    expect(text).toContain('€12,345.00');
    expect(text).toContain('12.345 EUR');
    expect((await readStore(h.worker, 'events')).length).toBe(before);
    // Typed so that it reads one way only, it is recorded.
    await popup.fill('#payment-amount', '12345');
    await popup.press('#payment-amount', 'Enter');
    await expect
      .poll(async () => (await readStore(h.worker, 'events')).length, { timeout: 5_000 })
      .toBe(before + 1);
    await popup.close();
  });
});

describe('journey 4: dates are sanity-checked', () => {
  it('refuses a payment dated tomorrow and a promise for yesterday, recording nothing', async () => {
    const popup = await openPopup(h);
    const row = popup.locator('.client-row', { hasText: 'Big Debtor AG' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.click();
    await popup.waitForSelector('.client-title');
    const before = (await readStore(h.worker, 'events')).length;

    await popup.getByRole('button', { name: 'Payment', exact: true }).click();
    await popup.fill('#payment-amount', '100');
    await popup.fill('#payment-date', day(1));
    await popup.press('#payment-amount', 'Enter');
    await expect
      .poll(() => popup.locator('#payment-date-error').innerText(), { timeout: 5_000 })
      .toContain('future');
    await popup.keyboard.press('Escape');

    await popup.getByRole('button', { name: 'Promise', exact: true }).click();
    await popup.fill('#promise-date', day(-1));
    await popup.press('#promise-date', 'Enter');
    await expect
      .poll(() => popup.locator('#promise-date-error').innerText(), { timeout: 5_000 })
      .toContain('passed');
    expect((await readStore(h.worker, 'events')).length).toBe(before);
    await popup.close();
  });

  it('an invoice without a due date says what is assumed', async () => {
    const popup = await openPopup(h);
    const row = popup.locator('.client-row', { hasText: 'Big Debtor AG' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.click();
    await popup.waitForSelector('.client-title');
    await popup.getByRole('button', { name: 'Invoice', exact: true }).click();
    expect(await popup.locator('#invoice-due-hint').innerText()).toContain('is assumed');
    await popup.close();
  });
});

describe('journey 5: mistakes can be undone, and the log keeps what was deleted', () => {
  let clientId = '';
  const owed = (popup: Page) => popup.getByTestId('client-owed').innerText();

  it('Undo right after a wrong payment; Delete (with confirmation) on a note; the balance follows', async () => {
    const popup = await openPopup(h);
    await popup.setViewportSize({ width: 420, height: 800 });
    clientId = await seedClient(popup, 'Undo Ltd', 'ap@undo.example', {
      number: 'UN-1',
      amountMinor: 1000_00,
      currency: 'EUR',
    });
    await popup.reload();
    await popup.locator('.client-row', { hasText: 'Undo Ltd' }).click();
    await popup.waitForSelector('.client-title');
    expect(await owed(popup)).toBe('€1,000.00');

    await popup.getByRole('button', { name: 'Payment', exact: true }).click();
    await popup.fill('#payment-amount', '400');
    await popup.press('#payment-amount', 'Enter');
    await expect.poll(() => owed(popup), { timeout: 10_000 }).toBe('€600.00');
    await popup.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => owed(popup), { timeout: 10_000 }).toBe('€1,000.00');
    // Append-only: the payment stays in the log, struck through, with who deleted it and when.
    const voided = popup.locator('.tl-voided[data-type="payment_received"]');
    await expect.poll(() => voided.count(), { timeout: 10_000 }).toBe(1);
    expect(await voided.locator('del.tl-title').count()).toBe(1);
    expect(await voided.locator('.tl-void-note').innerText()).toMatch(/^Deleted by you on /);
    const events = (await readStore<{ type: string; clientId: string }>(h.worker, 'events')).filter(
      (e) => e.clientId === clientId,
    );
    expect(events.filter((e) => e.type === 'payment_received')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'event_voided')).toHaveLength(1);

    await popup.getByRole('button', { name: 'Note', exact: true }).click();
    await popup.fill('#note-text', 'Wrong client, sorry');
    await popup
      .locator('form.entry-form')
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    const note = popup.locator('.tl[data-type="note"]:not(.tl-voided)');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    await note.getByRole('button', { name: /^Delete “Note” of / }).click();
    // Nothing happens before the confirmation.
    expect(await popup.locator('.tl-voided[data-type="note"]').count()).toBe(0);
    await note.getByRole('button', { name: 'Delete entry' }).click();
    await expect
      .poll(() => popup.locator('.tl-voided[data-type="note"]').count(), { timeout: 10_000 })
      .toBe(1);
    expect(await owed(popup)).toBe('€1,000.00');
    await popup.screenshot({ path: `${OUTPUT_DIR}/popup-undo-en.png`, fullPage: true });
    await popup.close();
  });

  it('a follow-up can be moved to another day and deleted', async () => {
    const popup = await openPopup(h);
    const dueAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const f = await send<{ id: string }>(popup, 'ui-bg:setFollowup', {
      clientId,
      invoiceId: null,
      dueAt,
      note: 'call Anna',
    });
    await popup.reload();
    await popup.locator('.client-row', { hasText: 'Undo Ltd' }).click();
    const row = popup.locator(`.followup[data-followup-id="${f.id}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.getByRole('button', { name: 'Move', exact: true }).click();
    const target = `${day(9)}T14:30`;
    await row.getByLabel('New date and time').fill(target);
    await row.locator('form').getByRole('button', { name: 'Move', exact: true }).click();
    await expect
      .poll(
        async () =>
          (await readStore<{ id: string; dueAt: string }>(h.worker, 'followups')).find(
            (x) => x.id === f.id,
          )?.dueAt,
        { timeout: 10_000 },
      )
      .toBe(await popup.evaluate((v) => new Date(v).toISOString(), target));

    await popup
      .locator(`.followup[data-followup-id="${f.id}"]`)
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect
      .poll(
        async () =>
          (await readStore<{ id: string; status: string }>(h.worker, 'followups')).find(
            (x) => x.id === f.id,
          )?.status,
        { timeout: 10_000 },
      )
      .toBe('cancelled');
    await expect.poll(() => popup.locator(`.followup[data-followup-id="${f.id}"]`).count()).toBe(0);
    await popup.close();
  });
});

describe('journey 6: after "Mark as sent", what was sent and when the next step is due', () => {
  it('folds the message away, says what went out, and offers no second "Mark as sent"', async () => {
    const popup = await openPopup(h);
    await seedClient(popup, 'Sent Sp. z o.o.', 'ap@sent.example', {
      number: 'SE-1',
      amountMinor: 2500_00,
      currency: 'EUR',
    });
    await popup.reload();
    await popup.locator('.client-row', { hasText: 'Sent Sp. z o.o.' }).click();
    await popup.waitForSelector('.msg-subject', { timeout: 10_000 });
    await popup.getByRole('button', { name: 'Mark as sent', exact: true }).click();
    const sent = popup.getByTestId('sug-sent');
    await expect.poll(() => sent.count(), { timeout: 10_000 }).toBe(1);
    expect(await sent.innerText()).toMatch(/^Sent on .+: .+ by e-mail\.$/);
    expect(await popup.getByTestId('sug-next').innerText()).toMatch(/^Next step, .+, is due from /);
    expect(await popup.locator('.msg-body').count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Mark as sent', exact: true }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Copy', exact: true }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Show the next message now' }).click();
    expect(await popup.locator('.msg-body').count()).toBe(1);
    await popup.close();
  });
});
