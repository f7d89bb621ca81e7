/**
 * The body of the PDF worker: loads pdf.js, says it is ready, then reads each document it is
 * sent with `pdfText`. A document that blocks this thread is the host's problem: it terminates
 * the whole worker (see killable-reader.ts), which a promise race inside pdf.js cannot do.
 */
import { pdfText, PdfReadError } from '@/utils/pdf';
import type { PdfJob, WorkerReply } from './worker-protocol';

/** What a worker sees of its global scope (a Web Worker or a Node worker_threads adapter). */
export interface WorkerScope {
  post(reply: WorkerReply): void;
  listen(onJob: (job: unknown) => void): void;
}

function isJob(data: unknown): data is PdfJob {
  const d = data as Partial<PdfJob> | null;
  return typeof d?.id === 'number' && d.bytes instanceof Uint8Array;
}

export function servePdfJobs(scope: WorkerScope): void {
  scope.listen((data) => {
    if (!isJob(data)) return;
    pdfText(data.bytes).then(
      (text) => scope.post({ id: data.id, text }),
      (e: unknown) =>
        scope.post({
          id: data.id,
          problem: e instanceof PdfReadError ? e.problem : 'malformed',
        }),
    );
  });
  scope.post({ ready: true });
}
