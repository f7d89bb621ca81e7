/**
 * Reads PDFs in a separate worker and kills it when a document takes too long. pdf.js can block
 * its thread synchronously on a damaged file (the fuzz bench once saw 340 s in getTextContent),
 * so a timer in the same thread never fires; terminating the worker always works. The next
 * document gets a fresh worker. Pure: the caller says how to spawn a worker (a Web Worker in the
 * browser, worker_threads in Node).
 */
import { PdfReadError } from './errors';
import { workerReply, type JobAnswer, type PdfJob } from './worker-protocol';

/** The few things the reader needs from a worker, whatever kind it is. */
export interface PdfWorkerHandle {
  post(job: PdfJob): void;
  /** `onMessage` for each message; `onCrash` when the worker dies or fails to load. */
  listen(onMessage: (data: unknown) => void, onCrash: () => void): void;
  terminate(): void;
}

export interface KillableReaderOptions {
  spawn: () => PdfWorkerHandle;
  /** Per document, from the moment a ready worker gets it. */
  budgetMs: number;
  /** For a new worker to load pdf.js and say it is ready. */
  bootMs?: number;
}

export interface KillableReader {
  /** The document's text, or a PdfReadError (timeout when the worker had to be killed). */
  read(bytes: Uint8Array): Promise<string>;
  /** Starts a worker (if none) and waits until pdf.js is loaded in it. */
  warm(): Promise<void>;
  /** Terminates the worker (idle documents should not hold pdf.js in memory). */
  close(): void;
  /** Workers started, killed on the budget, and crashed, since creation. */
  stats(): { spawned: number; killed: number; crashed: number };
}

interface Slot {
  worker: PdfWorkerHandle;
  ready: Promise<void>;
  /** The job in flight: its id and where its answer goes. */
  job: { id: number; answer: (a: JobAnswer) => void } | null;
}

export function createKillableReader(opts: KillableReaderOptions): KillableReader {
  const bootMs = opts.bootMs ?? 15_000;
  let slot: Slot | null = null;
  let nextId = 1;
  // One document at a time: pdf.js is single-threaded, and a kill must only hit its own job.
  let queue: Promise<unknown> = Promise.resolve();
  const counts = { spawned: 0, killed: 0, crashed: 0 };

  const kill = (s: Slot): void => {
    s.worker.terminate();
    if (slot === s) slot = null;
  };

  const start = (): Slot => {
    const worker = opts.spawn();
    counts.spawned++;
    let markReady: () => void = () => undefined;
    let markDead: () => void = () => undefined;
    const s: Slot = {
      worker,
      job: null,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        markDead = () => reject(new PdfReadError('malformed'));
      }),
    };
    s.ready.catch(() => undefined);
    worker.listen(
      (data) => {
        const reply = workerReply.safeParse(data);
        if (!reply.success) return;
        if ('ready' in reply.data) return markReady();
        if (s.job?.id !== reply.data.id) return;
        s.job.answer('text' in reply.data ? { text: reply.data.text } : reply.data);
      },
      () => {
        counts.crashed++;
        markDead();
        s.job?.answer({ problem: 'malformed' });
        kill(s);
      },
    );
    return s;
  };

  const ready = async (): Promise<Slot> => {
    const s = (slot ??= start());
    let bootTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        s.ready,
        new Promise<never>((_, reject) => {
          bootTimer = setTimeout(() => reject(new PdfReadError('timeout')), bootMs);
        }),
      ]);
    } catch (e) {
      kill(s);
      throw e;
    } finally {
      clearTimeout(bootTimer);
    }
    return s;
  };

  const readOne = async (bytes: Uint8Array): Promise<string> => {
    const s = await ready();
    const id = nextId++;
    const answer = await new Promise<JobAnswer>((resolve) => {
      const timer = setTimeout(() => {
        s.job = null;
        counts.killed++;
        kill(s);
        resolve({ problem: 'timeout' });
      }, opts.budgetMs);
      s.job = {
        id,
        answer: (a) => {
          clearTimeout(timer);
          s.job = null;
          resolve(a);
        },
      };
      s.worker.post({ id, bytes });
    });
    if ('problem' in answer) throw new PdfReadError(answer.problem);
    return answer.text;
  };

  return {
    read(bytes) {
      const job = queue.then(() => readOne(bytes));
      queue = job.catch(() => undefined);
      return job;
    },
    async warm() {
      await ready();
    },
    close() {
      if (slot) kill(slot);
    },
    stats: () => ({ ...counts }),
  };
}
