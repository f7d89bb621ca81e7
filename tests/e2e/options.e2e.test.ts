/**
 * The options page in real Chromium: the business profile persists across a reload, a template
 * override previews live and resets, export → erase → import through the page gives back the
 * identical `firmly` IndexedDB content, a bad file is refused without changing anything, and
 * screenshots in English and Hebrew (right to left) go to tests/output/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { OUTPUT_DIR, launch, readStore, type Harness } from './harness';

const STORES = ['clients', 'invoices', 'events', 'followups', 'summaries'] as const;

let h: Harness;
/** Downloaded files go here; only the screenshots are kept in tests/output. */
let downloads = '';
let page: Page;
const pageErrors: string[] = [];

async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of STORES) out[store] = await readStore(h.worker, store);
  return out;
}

/** Sends a protocol request from the page, as the extension's own pages do. */
async function send<T>(type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([t, d]) =>
      new Promise<{ res?: unknown; err?: { message: string } }>((resolve) =>
        chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, resolve),
      ),
    [type, data] as const,
  );
  if (reply.err) throw new Error(reply.err.message);
  return reply.res as T;
}

async function storedAdvisorSettings(): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get('advisorSettings');
    return (all.advisorSettings ?? {}) as Record<string, unknown>;
  });
}

async function seed(): Promise<void> {
  const acme = await send<{ id: string }>('ui-bg:createClient', {
    name: 'ACME, "Ltd"',
    emails: ['ap@acme.example'],
    language: 'en',
  });
  const kow = await send<{ id: string }>('ui-bg:createClient', {
    name: 'Kowalski i Syn sp. z o.o.',
    emails: ['biuro@kowalski.example'],
    language: 'pl',
  });
  const inv = await send<{ id: string }>('ui-bg:addInvoice', {
    clientId: acme.id,
    number: 'INV-2026-7',
    amountMinor: 125000,
    currency: 'EUR',
    issueDate: '2026-09-01',
    dueDate: '2026-10-01',
  });
  await send('ui-bg:addInvoice', {
    clientId: kow.id,
    number: 'FV/2026/10/3',
    amountMinor: 984000,
    currency: 'PLN',
    issueDate: '2026-10-01',
    dueDate: '2026-10-15',
  });
  await send('ui-bg:recordEvent', {
    clientId: acme.id,
    invoiceId: inv.id,
    at: '2026-10-20T09:00:00.000Z',
    data: {
      type: 'payment_received',
      invoiceId: inv.id,
      amountMinor: 25000,
      currency: 'EUR',
      reference: '=wire 7',
    },
  });
  await send('ui-bg:recordEvent', {
    clientId: kow.id,
    invoiceId: null,
    at: '2026-10-21T09:00:00.000Z',
    data: {
      type: 'reason_recorded',
      reason: 'cash_flow',
      evidence: 'nie mamy środków do stycznia',
      confirmedByUser: true,
    },
  });
  await send('ui-bg:setFollowup', {
    clientId: kow.id,
    invoiceId: null,
    dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    note: 'Zadzwonić',
  });
}

beforeAll(async () => {
  downloads = mkdtempSync(join(tmpdir(), 'firmly-options-'));
  h = await launch();
  page = await h.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`chrome-extension://${h.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1, name: 'Firmly settings' }).waitFor();
});

afterAll(async () => {
  await h?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

describe('options page in Chromium', () => {
  it('keeps the business profile after a reload', async () => {
    await page.getByLabel('Your name', { exact: true }).fill('Ola Nowak');
    await page.getByLabel('Business name', { exact: true }).fill('Nowak Design');
    await page.getByLabel('Signature', { exact: true }).fill('Ola Nowak\nNowak Design');
    const profile = page.locator('#profile');
    await profile.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => profile.getByRole('status').textContent()).toBe('Saved.');

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Your name', { exact: true }).inputValue())
      .toBe('Ola Nowak');
    expect(await page.getByLabel('Business name', { exact: true }).inputValue()).toBe(
      'Nowak Design',
    );
    expect(await page.getByLabel('Signature', { exact: true }).inputValue()).toBe(
      'Ola Nowak\nNowak Design',
    );
    expect(await storedAdvisorSettings()).toMatchObject({
      senderName: 'Ola Nowak',
      businessName: 'Nowak Design',
    });
  });

  it('refuses a bad IBAN next to the field', async () => {
    await page.getByLabel('IBAN', { exact: true }).fill('PL00 1234');
    await page.locator('#payment').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#iban-error').textContent()).toMatch(/IBAN is not valid/);
    expect(await page.getByLabel('IBAN', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.getByLabel('IBAN', { exact: true }).fill('PL61 1090 1014 0000 0712 1981 2874');
    await page.locator('#payment').getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await storedAdvisorSettings()).paymentDetails)
      .toBe('IBAN: PL61 1090 1014 0000 0712 1981 2874');
  });

  it('previews a template override live, keeps it, and resets it', async () => {
    const section = page.locator('#templates');
    await page.locator('#template-id').selectOption('reminder_firm');
    const preview = page.getByTestId('template-preview');
    const builtIn = await page.locator('#template-body').inputValue();

    await page
      .locator('#template-body')
      .fill('Dear {{clientName}},\nplease pay {{amount}} today.\n{{signature}}');
    await expect.poll(() => preview.textContent()).toContain('Dear Northwind Studio Ltd,');
    const shown = (await preview.textContent()) ?? '';
    expect(shown).toContain('Nowak Design');
    expect(shown).not.toContain('{{');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => JSON.stringify((await storedAdvisorSettings()).templateOverrides))
      .toContain('please pay {{amount}} today.');

    await page.reload();
    await page.locator('#template-id').selectOption('reminder_firm');
    expect(await page.locator('#template-body').inputValue()).toBe(
      'Dear {{clientName}},\nplease pay {{amount}} today.\n{{signature}}',
    );
    expect(await page.locator('#templates .badge').textContent()).toBe('Your text');

    await page.getByRole('button', { name: 'Reset to default' }).click();
    await page.getByRole('button', { name: 'Click again to restore the built-in text' }).click();
    await expect.poll(() => page.locator('#template-body').inputValue()).toBe(builtIn);
    expect((await storedAdvisorSettings()).templateOverrides).toEqual({});
  });

  it('export → erase → import through the page gives back identical IndexedDB content', async () => {
    await seed();
    const before = await snapshot();
    expect(before.clients).toHaveLength(2);
    expect(before.events!.length).toBeGreaterThanOrEqual(5);
    expect(before.followups).toHaveLength(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download backup (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^firmly-export-\d{4}-\d{2}-\d{2}\.json$/);
    const path = join(downloads, 'backup.json');
    await download.saveAs(path);
    // Version 2: newline-delimited JSON streamed from IndexedDB (issue 11, finding 9).
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    const file = JSON.parse(lines[0]!);
    expect(file).toMatchObject({
      format: 'firmly-export',
      version: 2,
      schemaVersion: expect.any(Number),
    });
    expect(Object.keys(file.settings).sort()).toEqual(['advisorSettings', 'uiSettings']);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ end: true, counts: { clients: 2 } });

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Payments (CSV)' }).click(),
    ]);
    const csvPath = join(downloads, 'payments.csv');
    await csv.saveAs(csvPath);
    const csvText = readFileSync(csvPath, 'utf8');
    expect(csvText).toContain(`"ACME, ""Ltd""",INV-2026-7,EUR,250.00,'=wire 7,manual\r\n`);

    await page.getByRole('button', { name: 'Erase all data…' }).click();
    await page.getByLabel('To confirm, type “erase”').fill('erase');
    await page.getByRole('button', { name: 'Erase everything' }).click();
    await expect
      .poll(() => page.locator('.danger-zone [role="status"]').textContent())
      .toBe('All data and settings have been erased.');
    for (const store of STORES) expect(await readStore(h.worker, store), store).toEqual([]);
    await expect.poll(() => page.getByLabel('Your name', { exact: true }).inputValue()).toBe('');

    await page.locator('#import-file').setInputFiles(path);
    await page.getByRole('button', { name: 'Replace all my data with this backup' }).click();
    await expect
      .poll(() => page.locator('[aria-labelledby="import-title"] [role="status"]').textContent())
      .toContain('Restored.');

    expect(await snapshot()).toEqual(before);
    await expect
      .poll(() => page.getByLabel('Your name', { exact: true }).inputValue())
      .toBe('Ola Nowak');
    expect(await storedAdvisorSettings()).toMatchObject({
      paymentDetails: 'IBAN: PL61 1090 1014 0000 0712 1981 2874',
    });
  });

  it('refuses a bad import file, says which record and field, and changes nothing', async () => {
    const before = await snapshot();
    const lines = readFileSync(join(downloads, 'backup.json'), 'utf8').trim().split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"store":"invoices"')) + 1;
    const entry = JSON.parse(lines[at]!);
    entry.record.amountMinor = 12.5;
    lines[at] = JSON.stringify(entry);
    await page.locator('#import-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(lines.join('\n')),
    });
    await page.getByRole('button', { name: 'Replace all my data with this backup' }).click();
    const alert = page.locator('.import-problems');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('This file was not restored. Your data has not changed.');
    expect(text).toContain(`Invoices, record 2 (id ${entry.record.id}), field “amountMinor”`);
    expect(await snapshot()).toEqual(before);
  });

  it('looks right in English and in Hebrew (right to left)', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Firmly settings' }).waitFor();
    await page.screenshot({ path: join(OUTPUT_DIR, 'options-en.png'), fullPage: true });

    await page.getByLabel('Interface language').selectOption('he');
    await page.getByRole('heading', { level: 1, name: 'הגדרות Firmly' }).waitFor();
    expect(
      await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]),
    ).toEqual(['rtl', 'he']);
    // The section index sits on the right in RTL.
    const nav = await page.locator('nav.section-nav').boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(nav!.x).toBeGreaterThan(main!.x);
    await page.screenshot({ path: join(OUTPUT_DIR, 'options-he.png'), fullPage: true });

    // Back to English for anyone reusing the profile.
    await page.getByLabel('שפת הממשק').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Firmly settings' }).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('switches to the dark theme', async () => {
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByLabel('Theme', { exact: true }).selectOption('dark');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    await page.getByLabel('Theme', { exact: true }).selectOption('auto');
  });
});
