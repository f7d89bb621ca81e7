/** A PDF worker as a Web Worker (offscreen document, Firefox background page). */
import type { PdfWorkerHandle } from './killable-reader';

export function webPdfWorker(url: string): PdfWorkerHandle {
  const worker = new Worker(url);
  return {
    post(job) {
      // Transferred, not copied; a copy first so the caller's bytes stay usable.
      const bytes = job.bytes.slice();
      worker.postMessage({ id: job.id, bytes }, [bytes.buffer]);
    },
    listen(onMessage, onCrash) {
      worker.onmessage = (e: MessageEvent) => onMessage(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        onCrash();
      };
      worker.onmessageerror = () => onCrash();
    },
    terminate: () => worker.terminate(),
  };
}
