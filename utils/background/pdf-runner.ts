/**
 * Where the background reads PDFs. pdf.js never loads in the background itself: it would be
 * parsed on every service-worker wake-up (~530 KB gzip), and a damaged PDF can block its thread.
 * - Chrome (MV3): the service worker can start no Worker, so an offscreen document (reason
 *   WORKERS) runs the PDF worker and answers by message.
 * - Firefox (MV2): the background page starts the PDF worker itself.
 * Either way the worker is terminated when a document overruns its budget.
 */
import { browser, type Browser } from '#imports';
import { bytesToBase64 } from '@/utils/pdf/base64';
import { PdfReadError } from '@/utils/pdf/errors';
import { createKillableReader } from '@/utils/pdf/killable-reader';
import { PDF_BUDGET_MS } from '@/utils/pdf/budget';
import type { PdfTextReader } from '@/utils/pdf/read-attachment';
import { webPdfWorker } from '@/utils/pdf/web-worker';
import { OFFSCREEN_PDF_TARGET, offscreenPdfReply } from '@/utils/protocol/attachments';

export type PdfRunner = 'offscreen' | 'worker' | 'none';

/** Which way this background can read PDFs, from what its global scope offers. */
export function choosePdfRunner(env: { offscreen?: unknown; Worker?: unknown }): PdfRunner {
  const offscreen = env.offscreen as { createDocument?: unknown } | undefined;
  if (typeof offscreen?.createDocument === 'function') return 'offscreen';
  if (typeof env.Worker === 'function') return 'worker';
  return 'none';
}

const WORKER_URL = '/pdf-worker.js';
const OFFSCREEN_URL = '/pdf-offscreen.html';
// An idle offscreen document (and its worker holding pdf.js) is closed after this.
const IDLE_CLOSE_MS = 60_000;

function offscreenReader(): PdfTextReader {
  let opening: Promise<void> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;

  const open = async (): Promise<void> => {
    const contexts = await browser.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    });
    if (contexts.length) return;
    await browser.offscreen
      .createDocument({
        url: OFFSCREEN_URL,
        reasons: ['WORKERS' as Browser.offscreen.Reason],
        justification: 'Reads the text of PDF invoices in a worker that can be stopped.',
      })
      .catch((e: unknown) => {
        // Created meanwhile by a request this worker did not see (a previous wake-up).
        if (!/single offscreen/i.test(String(e))) throw e;
      });
  };

  const closeWhenIdle = (): void => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (busy === 0) void browser.offscreen.closeDocument().catch(() => undefined);
    }, IDLE_CLOSE_MS);
  };

  return async (bytes) => {
    busy++;
    clearTimeout(idle);
    try {
      opening ??= open().finally(() => (opening = null));
      await opening;
      const raw: unknown = await browser.runtime.sendMessage({
        target: OFFSCREEN_PDF_TARGET,
        bytesBase64: bytesToBase64(bytes),
      });
      const reply = offscreenPdfReply.safeParse(raw);
      if (!reply.success) throw new PdfReadError('malformed');
      if ('problem' in reply.data) throw new PdfReadError(reply.data.problem);
      return reply.data.text;
    } catch (e) {
      throw e instanceof PdfReadError ? e : new PdfReadError('malformed');
    } finally {
      busy--;
      closeWhenIdle();
    }
  };
}

function workerReader(): PdfTextReader {
  const reader = createKillableReader({
    spawn: () => webPdfWorker(browser.runtime.getURL(WORKER_URL)),
    budgetMs: PDF_BUDGET_MS,
  });
  let idle: ReturnType<typeof setTimeout> | undefined;
  return async (bytes) => {
    clearTimeout(idle);
    try {
      return await reader.read(bytes);
    } finally {
      idle = setTimeout(() => reader.close(), IDLE_CLOSE_MS);
    }
  };
}

/** The background's PDF text reader for this browser. */
export function backgroundPdfReader(): PdfTextReader {
  const runner = choosePdfRunner({
    offscreen: (browser as { offscreen?: unknown }).offscreen,
    Worker: (globalThis as { Worker?: unknown }).Worker,
  });
  if (runner === 'offscreen') return offscreenReader();
  if (runner === 'worker') return workerReader();
  return () => Promise.reject(new PdfReadError('malformed'));
}
