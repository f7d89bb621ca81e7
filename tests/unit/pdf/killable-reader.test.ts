import { describe, expect, it } from 'vitest';
import { createKillableReader, type PdfWorkerHandle } from '@/utils/pdf/killable-reader';
import { PdfReadError } from '@/utils/pdf/errors';
import type { PdfJob } from '@/utils/pdf/worker-protocol';

/** A scripted worker: `answer` decides what it replies to each job (nothing = it hangs). */
function fakeWorker(answer: (job: PdfJob) => unknown, log: string[]): () => PdfWorkerHandle {
  let n = 0;
  return () => {
    const name = `w${++n}`;
    log.push(`spawn ${name}`);
    let onMessage: (data: unknown) => void = () => undefined;
    let onCrash: () => void = () => undefined;
    return {
      listen(m, c) {
        onMessage = m;
        onCrash = c;
        queueMicrotask(() => onMessage({ ready: true }));
      },
      post(job) {
        const reply = answer(job);
        if (reply === 'crash') setTimeout(() => onCrash(), 1);
        else if (reply !== undefined) setTimeout(() => onMessage(reply), 1);
      },
      terminate: () => log.push(`terminate ${name}`),
    };
  };
}

const bytes = (...b: number[]) => new Uint8Array(b);

describe('createKillableReader', () => {
  it('returns the text the worker read, reusing one worker', async () => {
    const log: string[] = [];
    const reader = createKillableReader({
      spawn: fakeWorker((job) => ({ id: job.id, text: `read ${job.bytes.length}` }), log),
      budgetMs: 200,
    });
    expect(await reader.read(bytes(1, 2))).toBe('read 2');
    expect(await reader.read(bytes(1, 2, 3))).toBe('read 3');
    expect(log).toEqual(['spawn w1']);
  });

  it('passes on the reason the worker could not read a PDF', async () => {
    const reader = createKillableReader({
      spawn: fakeWorker((job) => ({ id: job.id, problem: 'encrypted' }), []),
      budgetMs: 200,
    });
    await expect(reader.read(bytes(1))).rejects.toMatchObject({ problem: 'encrypted' });
  });

  it('terminates a worker that overruns the budget, and starts a fresh one for the next PDF', async () => {
    const log: string[] = [];
    const reader = createKillableReader({
      // The first document hangs the worker; the rest read.
      spawn: fakeWorker(
        (job) => (job.bytes[0] === 9 ? undefined : { id: job.id, text: 'ok' }),
        log,
      ),
      budgetMs: 60,
    });
    const started = Date.now();
    const hung = reader.read(bytes(9));
    const next = reader.read(bytes(1));
    await expect(hung).rejects.toBeInstanceOf(PdfReadError);
    await expect(hung).rejects.toMatchObject({ problem: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await next).toBe('ok');
    expect(log).toEqual(['spawn w1', 'terminate w1', 'spawn w2']);
  });

  it('answers a crashed worker as a damaged PDF and recovers', async () => {
    const log: string[] = [];
    const reader = createKillableReader({
      spawn: fakeWorker((job) => (job.bytes[0] === 7 ? 'crash' : { id: job.id, text: 'ok' }), log),
      budgetMs: 500,
    });
    await expect(reader.read(bytes(7))).rejects.toMatchObject({ problem: 'malformed' });
    expect(await reader.read(bytes(1))).toBe('ok');
    expect(log).toEqual(['spawn w1', 'terminate w1', 'spawn w2']);
  });

  it('ignores malformed or foreign replies (they cannot stand in for the answer)', async () => {
    const reader = createKillableReader({
      spawn: fakeWorker((job) => ({ id: job.id + 1, text: 'not yours' }), []),
      budgetMs: 60,
    });
    await expect(reader.read(bytes(1))).rejects.toMatchObject({ problem: 'timeout' });
    const shapeless = createKillableReader({
      spawn: fakeWorker((job) => ({ id: job.id, text: 42 }), []),
      budgetMs: 60,
    });
    await expect(shapeless.read(bytes(1))).rejects.toMatchObject({ problem: 'timeout' });
  });

  it('gives up on a worker that never gets ready', async () => {
    const log: string[] = [];
    const reader = createKillableReader({
      spawn: () => {
        log.push('spawn');
        return {
          listen: () => undefined,
          post: () => undefined,
          terminate: () => log.push('kill'),
        };
      },
      budgetMs: 50,
      bootMs: 50,
    });
    await expect(reader.read(bytes(1))).rejects.toMatchObject({ problem: 'timeout' });
    expect(log).toEqual(['spawn', 'kill']);
  });
});
