/**
 * A Gmail thread whose invoice is only in its PDF attachment, in real Chromium: the user sent
 * "Faktura FV/12/2026" with a two-line cover note and the invoice as a PDF chip. The content
 * script fetches the attachment from Gmail's own origin (routed here to a generated PDF), the
 * background reads it with pdf.js, and the panel and the debt log carry the PDF's amount and due
 * date. No request goes to any other origin, and the attachment is fetched once.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PDF_SPECS } from '../fixtures/pdf/specs';
import { fixture, launch, readStore, serveDocument, waitFor, type Harness } from './harness';
import { panel } from './panel-probe';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/1935c8a1b2c3d601';
// The chip's download URL in the fixture (HTML-unescaped).
const ATTACHMENT_URL =
  'https://mail.google.com/mail/u/0/?ui=2&ik=5f2a9c1d7e&attid=0.1' +
  '&permmsgid=msg-f:1816431190000000201&th=1935c8a1b2c3d601&view=att&disp=safe';
const PDF = 'pl-standard';
const expected = PDF_SPECS.find((s) => s.id === PDF)!.expected;

let h: Harness | null = null;
afterAll(async () => h?.close());

type Row = Record<string, unknown>;

describe('Gmail thread with a PDF invoice attached', () => {
  let page: Page;
  const requests: string[] = [];
  let attachmentFetches = 0;

  it('reads the amount and due date from the attachment into the debt log', async () => {
    h = await launch();
    // The user's own address, as the user states it in Settings.
    await h.worker.evaluate(() =>
      chrome.storage.local.set({ uiSettings: { ownEmails: ['anna@nowak-studio.example'] } }),
    );
    h.context.on('request', (r) => requests.push(r.url()));
    await serveDocument(
      h.context,
      'https://mail.google.com/**',
      fixture('gmail/thread_pl_pdf-attachment_2026-12__constructed.html'),
    );
    // Registered last, so it wins over the document route for this one URL.
    await h.context.route(
      (url) => url.href === ATTACHMENT_URL,
      (route) => {
        attachmentFetches++;
        return route.fulfill({
          status: 200,
          contentType: 'application/pdf',
          body: readFileSync(`tests/fixtures/pdf/generated/${PDF}.pdf`),
        });
      },
    );
    page = await h.context.newPage();
    await page.goto(THREAD_URL);

    const invoices = await waitFor(async () => {
      const rows = await readStore<Row>(h!.worker, 'invoices');
      return rows.length ? rows : null;
    }, 30_000);
    expect(expected.amountMinor).toBeGreaterThan(0);
    expect(invoices).toEqual([
      expect.objectContaining({
        amountMinor: expected.amountMinor,
        currency: 'PLN',
        dueDate: expected.dueDate,
        status: 'open',
      }),
    ]);
    const clients = await readStore<Row>(h.worker, 'clients');
    expect(clients).toEqual([
      expect.objectContaining({ emails: ['piotr.wisniewski@klient.example'] }),
    ]);
  });

  it('shows the PDF amount and due date in the panel', async () => {
    // The panel's shadow root is closed: read through the CDP probe (tests/e2e/panel-probe.ts).
    const card = panel(page);
    await expect.poll(() => card.locator('.pdf').count(), { timeout: 15_000 }).toBe(1);
    const amount = new Intl.NumberFormat('en', { minimumFractionDigits: 2 }).format(
      expected.amountMinor! / 100,
    );
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
      new Date(expected.dueDate!),
    );
    const note = await card.locator('.pdf').innerText();
    expect(note).toContain('From the attached PDF');
    expect(note).toContain(amount);
    expect(note).toContain(due);
    expect(await card.innerText()).toContain(amount);
  });

  it('asked no other origin, and fetched the attachment once', async () => {
    // The panel's own insertion and later DOM changes refresh the thread: no second fetch.
    await page.waitForTimeout(1500);
    expect(attachmentFetches).toBe(1);
    const web = requests.filter((u) => !/^(chrome-extension|data):/.test(u));
    expect(web.length).toBeGreaterThan(0);
    expect(web.filter((u) => new URL(u).origin !== 'https://mail.google.com')).toEqual([]);
  });
});
