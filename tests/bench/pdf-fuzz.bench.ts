/**
 * 2,000 mutated invoice PDFs through pdfText: prints crashes (anything but a PdfReadError),
 * reads over 2 s, and the slowest. A figure, not a test: timings depend on the machine.
 * Run: npx tsx tests/bench/pdf-fuzz.bench.ts
 */
import { readFileSync } from 'node:fs';
import { pdfText, PdfReadError } from '@/utils/pdf';
import { mutate, prng } from '../unit/pdf/mutate';

const pdf = (id: string) => new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`));
const seeds = ['en-US-standard', 'pl-terms', 'he-standard', 'ru-receipt', 'it-page2'].map(pdf);
const rnd = prng(20261202);
const outcomes: Record<string, number> = {};
const slow: string[] = [];
let crashes = 0;
let slowest = 0;
const t0 = performance.now();
for (let i = 0; i < 2000; i++) {
  const input = mutate(seeds[i % seeds.length] ?? new Uint8Array(), rnd);
  const start = performance.now();
  let outcome = 'text';
  try {
    await pdfText(input);
  } catch (e) {
    if (e instanceof PdfReadError) outcome = e.problem;
    else {
      outcome = 'crash';
      crashes++;
    }
  }
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  const ms = performance.now() - start;
  slowest = Math.max(slowest, ms);
  if (ms > 2000) slow.push(`#${i} ${Math.round(ms)} ms`);
}
console.log(
  `pdf fuzz: 2000 mutated PDFs in ${((performance.now() - t0) / 1000).toFixed(1)} s; ` +
    `outcomes ${JSON.stringify(outcomes)}; crashes ${crashes}; over 2 s: ${slow.length}` +
    `${slow.length ? ` (${slow.join(', ')})` : ''}; slowest ${Math.round(slowest)} ms`,
);
