/**
 * The PDF worker (a dedicated Web Worker): pdf.js reads one document at a time here, off the
 * background's thread, so a document that hangs pdf.js can be ended by terminating this worker.
 * Started by the offscreen document (Chrome) or the background page (Firefox).
 */
import { defineUnlistedScript } from '#imports';
import { servePdfJobs } from '@/utils/pdf/worker-main';

interface WorkerGlobal {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerGlobal;
  servePdfJobs({
    post: (reply) => scope.postMessage(reply),
    listen: (onJob) => {
      scope.onmessage = (e) => onJob(e.data);
    },
  });
});
