/**
 * 2,000 mutated invoice PDFs, read the way the extension reads them: in a PDF worker that is
 * terminated when a document overruns its budget (utils/pdf/killable-reader.ts; here a Node
 * worker thread). Prints crashes (anything but a PdfReadError), reads over 2 s, the slowest,
 * and how many workers were killed. A figure, not a test: timings depend on the machine.
 * `--in-thread` reads with pdfText in this thread instead (no kill; how it was before).
 * `--save-slow DIR` writes each input that ended in a timeout to DIR (to make fixtures of them).
 * Run: npx tsx tests/bench/pdf-fuzz.bench.ts [--in-thread] [--count 2000] [--save-slow DIR]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pdfText, PdfReadError } from '@/utils/pdf';
import { PDF_BUDGET_MS } from '@/utils/pdf/budget';
import { createKillableReader } from '@/utils/pdf/killable-reader';
import { mutate, prng } from '../unit/pdf/mutate';
import { buildNodePdfWorker, nodePdfWorker } from './node-pdf-worker';

const inThread = process.argv.includes('--in-thread');
const countArg = process.argv.indexOf('--count');
const COUNT = countArg > 0 ? Number(process.argv[countArg + 1]) : 2000;
const saveArg = process.argv.indexOf('--save-slow');
const SAVE_DIR = saveArg > 0 ? process.argv[saveArg + 1] : undefined;

const pdf = (id: string) => new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`));
const seeds = ['en-US-standard', 'pl-terms', 'he-standard', 'ru-receipt', 'it-page2'].map(pdf);
const rnd = prng(20261202);
const outcomes: Record<string, number> = {};
const slow: string[] = [];
let crashes = 0;
let slowest = 0;

if (!inThread) await buildNodePdfWorker();
const reader = createKillableReader({ spawn: nodePdfWorker, budgetMs: PDF_BUDGET_MS });
const read = inThread ? pdfText : (bytes: Uint8Array) => reader.read(bytes);

const t0 = performance.now();
for (let i = 0; i < COUNT; i++) {
  const input = mutate(seeds[i % seeds.length] ?? new Uint8Array(), rnd);
  // A worker killed on the previous document is replaced first: its start is not this read.
  if (!inThread) await reader.warm();
  const start = performance.now();
  let outcome = 'text';
  try {
    await read(input);
  } catch (e) {
    if (e instanceof PdfReadError) outcome = e.problem;
    else {
      outcome = 'crash';
      crashes++;
    }
  }
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  const ms = performance.now() - start;
  if (SAVE_DIR && outcome === 'timeout') {
    mkdirSync(SAVE_DIR, { recursive: true });
    writeFileSync(`${SAVE_DIR}/fuzz-${i}.pdf`, input);
  }
  slowest = Math.max(slowest, ms);
  if (ms > 2000) slow.push(`#${i} ${Math.round(ms)} ms`);
}
reader.close();
const { killed, crashed } = reader.stats();
console.log(
  `pdf fuzz (${inThread ? 'in this thread' : `PDF worker, ${PDF_BUDGET_MS} ms budget`}): ` +
    `${COUNT} mutated PDFs in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
    `outcomes ${JSON.stringify(outcomes)}; crashes ${crashes}; over 2 s: ${slow.length}` +
    `${slow.length ? ` (${slow.join(', ')})` : ''}; slowest ${Math.round(slowest)} ms` +
    `${inThread ? '' : `; workers killed on the budget ${killed}, crashed ${crashed}`}`,
);
