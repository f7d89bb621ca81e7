/**
 * Messages between the code that owns a PDF worker (offscreen document, Firefox background page,
 * a Node bench) and the worker that runs pdf.js. The worker's answers are validated like any
 * other boundary: a confused or compromised worker gets its job refused, not trusted.
 */
import { z } from 'zod';
import type { PdfProblem } from './errors';

/** Host → worker: read this document. */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
}

const problem = z.enum(['encrypted', 'no_text', 'malformed', 'too_large', 'timeout']);

/** Worker → host: ready after pdf.js loaded, then one answer per job. */
export const workerReply = z.union([
  z.object({ ready: z.literal(true) }),
  z.object({ id: z.number().int(), text: z.string().max(1_000_000) }),
  z.object({ id: z.number().int(), problem }),
]);

export type WorkerReply = z.infer<typeof workerReply>;

export type JobAnswer = { text: string } | { problem: PdfProblem };
