/**
 * PDF reading speed: pages/s and ms per typical one-page invoice, for pdfText alone and for
 * pdfText + detectInvoice, over the constructed fixture PDFs. Prints figures, asserts nothing.
 * Run: npx tsx tests/bench/pdf.bench.ts
 */
import { readFileSync } from 'node:fs';
import { detectInvoice } from '@/utils/detect';
import { pdfText } from '@/utils/pdf';
import { PDF_SPECS } from '../fixtures/pdf/specs';

const docs = PDF_SPECS.map((s) => ({
  id: s.id,
  bytes: new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${s.id}.pdf`)),
}));
const onePage = docs.filter((d) => !d.id.endsWith('page2'));
const pagesOf = (id: string) => (id.endsWith('page2') ? 2 : 1);

// Warm-up: pdf.js's first document pays for its lazy set-up.
const c0 = performance.now();
await pdfText(onePage[0]!.bytes);
console.log(`first document (cold): ${(performance.now() - c0).toFixed(0)} ms`);

for (const withDetector of [false, true]) {
  const rounds = 5;
  let pages = 0;
  let onePageMs = 0;
  let onePageCount = 0;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const s = performance.now();
      const text = await pdfText(d.bytes);
      if (withDetector) detectInvoice({ subject: '', text });
      const ms = performance.now() - s;
      pages += pagesOf(d.id);
      if (pagesOf(d.id) === 1) {
        onePageMs += ms;
        onePageCount++;
      }
    }
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `${withDetector ? 'pdfText + detectInvoice' : 'pdfText alone'}: ${(pages / secs).toFixed(1)} pages/s, ` +
      `${(onePageMs / onePageCount).toFixed(1)} ms per one-page invoice (${docs.length} PDFs × ${rounds})`,
  );
}
