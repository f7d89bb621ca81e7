/**
 * Spawns the PDF worker in Node (worker_threads) as a PdfWorkerHandle: the Node twin of
 * utils/pdf/web-worker.ts. Node 20 workers do not inherit tsx's loader, so pdf-node-worker.ts is
 * bundled once with esbuild (tsx's own compiler) into a temporary .mjs.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PdfWorkerHandle } from '@/utils/pdf/killable-reader';

// Inside node_modules so the bundle finds pdfjs-dist (left external, loaded as Node loads it).
const OUT = fileURLToPath(
  new URL(`../../node_modules/.cache/firmly-pdf-worker-${process.pid}.mjs`, import.meta.url),
);

/** Bundles the worker; call once before spawning. */
export async function buildNodePdfWorker(): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('./pdf-node-worker.ts', import.meta.url))],
    outfile: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
}

export function nodePdfWorker(): PdfWorkerHandle {
  const worker = new Worker(OUT);
  return {
    post: (job) => worker.postMessage(job),
    listen(onMessage, onCrash) {
      worker.on('message', onMessage);
      worker.on('error', onCrash);
    },
    terminate: () => void worker.terminate(),
  };
}
