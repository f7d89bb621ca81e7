/**
 * Chrome's offscreen document for PDF reading: an MV3 service worker can start no Worker, this
 * page can. It runs pdf.js in the PDF worker with a time budget per document and answers the
 * background's requests. It holds nothing else; the background closes it when idle.
 */
import { browser } from '#imports';
import { base64ToBytes } from '@/utils/pdf/base64';
import { PdfReadError } from '@/utils/pdf/errors';
import { createKillableReader } from '@/utils/pdf/killable-reader';
import { PDF_BUDGET_MS } from '@/utils/pdf/budget';
import { webPdfWorker } from '@/utils/pdf/web-worker';
import { offscreenPdfRequest } from '@/utils/protocol/attachments';

const reader = createKillableReader({
  spawn: () => webPdfWorker(browser.runtime.getURL('/pdf-worker.js')),
  budgetMs: PDF_BUDGET_MS,
});

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Every extension message reaches this page too; answer only the background's PDF requests.
  const req = offscreenPdfRequest.safeParse(message);
  if (!req.success || sender.id !== browser.runtime.id || sender.tab) return false;
  const bytes = base64ToBytes(req.data.bytesBase64);
  (bytes ? reader.read(bytes) : Promise.reject(new PdfReadError('malformed'))).then(
    (text) => sendResponse({ text }),
    (e: unknown) => sendResponse({ problem: e instanceof PdfReadError ? e.problem : 'malformed' }),
  );
  return true;
});
