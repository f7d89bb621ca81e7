/**
 * The PDF worker in Node (worker_threads), for benches: the same `servePdfJobs` the extension's
 * PDF worker runs, so a bench can time reads under the same kill budget.
 */
import { parentPort } from 'node:worker_threads';
import { servePdfJobs } from '@/utils/pdf/worker-main';

const port = parentPort;
if (port)
  servePdfJobs({
    post: (reply) => port.postMessage(reply),
    listen: (onJob) => port.on('message', onJob),
  });
