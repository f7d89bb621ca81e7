/**
 * pdf.js inside the real MV3 service worker (Chromium): the popup sends a PDF's bytes, the
 * background reads it with pdfText + detectInvoice (no `import()`, no Worker: pdf.js runs its
 * in-thread worker) and answers with the invoice's facts; a damaged PDF gets a clear message.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, openPopup, type Harness } from './harness';

let h: Harness | null = null;
afterAll(async () => h?.close());

type Reply<T> = { res?: T; err?: { message: string } };

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

const pdf = (id: string): Buffer => readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`);

describe('PDF reading in the service worker', () => {
  it('reads an invoice PDF sent by an extension page', async () => {
    h = await launch();
    const page = await openPopup(h);
    const t0 = Date.now();
    const reply = await send<{ status: string; facts: Record<string, unknown> }>(
      page,
      'ui-bg:readPdf',
      { name: 'faktura.pdf', bytesBase64: pdf('pl-standard').toString('base64') },
    );
    console.log(`first PDF read in the service worker: ${Date.now() - t0} ms`);
    expect(reply.status).toBe('read');
    expect(reply.facts).toMatchObject({
      kind: 'invoice',
      invoiceNumber: 'INV-2026-103',
      currency: 'PLN',
      issueDate: '2026-03-05',
      dueDate: '2026-03-19',
    });
  });

  it('answers a damaged PDF with a clear message, and keeps working', async () => {
    const page = await openPopup(h!);
    const bytes = pdf('de-standard');
    const broken = await send<{ status: string; message: string }>(page, 'ui-bg:readPdf', {
      name: 'broken.pdf',
      bytesBase64: bytes.subarray(0, 600).toString('base64'),
    });
    expect(broken.status).toBe('unreadable');
    expect(broken.message).toMatch(/enter the amount/);
    const ok = await send<{ status: string; facts: { currency: string } }>(page, 'ui-bg:readPdf', {
      name: 'rechnung.pdf',
      bytesBase64: bytes.toString('base64'),
    });
    expect(ok.facts.currency).toBe('EUR');
  });
});
