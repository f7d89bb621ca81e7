/**
 * Loads pdf.js for text extraction only, the same way in Node, a service worker, an offscreen
 * document and a page: the worker module is imported statically and registered as
 * `globalThis.pdfjsWorker`, so pdf.js runs its "fake worker" in this thread and never calls
 * `import()` or `new Worker()` (neither is available in an MV3 service worker). The legacy build
 * is used because the modern one needs newer runtimes than Node 20.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;

export const { getDocument, InvalidPDFException } = pdfjs;
