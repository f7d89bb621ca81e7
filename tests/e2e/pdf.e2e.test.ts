/**
 * PDF reading in real Chromium (MV3): the popup sends a PDF's bytes, the service worker hands
 * them to the offscreen document, whose PDF worker runs pdfText (pdf.js is not in the service
 * worker's bundle), then runs detectInvoice and answers with the invoice's facts. A damaged PDF
 * gets a clear message; a PDF that blocks pdf.js gets the worker terminated on its budget.
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

describe('PDF reading through the offscreen document', () => {
  it('reads an invoice PDF sent by an extension page', async () => {
    h = await launch();
    const page = await openPopup(h);
    const t0 = Date.now();
    const reply = await send<{ status: string; facts: Record<string, unknown> }>(
      page,
      'ui-bg:readPdf',
      { name: 'faktura.pdf', bytesBase64: pdf('pl-standard').toString('base64') },
    );
    console.log(`first PDF read (offscreen document + PDF worker start): ${Date.now() - t0} ms`);
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

  it('read them in the offscreen document, not in the service worker', async () => {
    const docs = await h!.worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never] })).map(
        (c) => c.documentUrl,
      ),
    );
    expect(docs).toEqual([`chrome-extension://${h!.extensionId}/pdf-offscreen.html`]);
    // pdf.js is not loaded into the service worker at all.
    expect(await h!.worker.evaluate(() => 'pdfjsWorker' in globalThis)).toBe(false);
  });

  it('ends a PDF that blocks pdf.js on the budget, and reads the next one', async () => {
    const page = await openPopup(h!);
    // Without the kill, pdf.js does not return from this file within 40 s (see its README).
    const hanging = readFileSync('tests/fixtures/pdf/hang/blocks-pdfjs.pdf');
    const t0 = Date.now();
    const stuck = await send<{ status: string; problem: string; message: string }>(
      page,
      'ui-bg:readPdf',
      { name: 'stuck.pdf', bytesBase64: hanging.toString('base64') },
    );
    const ms = Date.now() - t0;
    console.log(`PDF that blocks pdf.js answered after ${ms} ms`);
    expect(stuck).toMatchObject({ status: 'unreadable', problem: 'timeout' });
    expect(stuck.message).toMatch(/enter the amount/);
    expect(ms).toBeLessThan(15_000);
    const next = await send<{ status: string; facts: { currency: string } }>(
      page,
      'ui-bg:readPdf',
      { name: 'faktura.pdf', bytesBase64: pdf('pl-standard').toString('base64') },
    );
    expect(next.facts.currency).toBe('PLN');
  });
});
