/**
 * Bad PDFs: encrypted, image-only, truncated, malformed, and a fuzz run of mutated invoices.
 * Each gets a clear message (or text, when the damage spared it) and never throws anything but
 * a PdfReadError nor hangs. Figures are printed for the report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pdfText, PdfReadError } from '@/utils/pdf';
import { mutate, prng } from './mutate';

const pdf = (id: string) => new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`));
const ascii = (s: string) => new TextEncoder().encode(s);

/** A hand-built PDF: objects in order, with a correct xref table. */
function buildPdf(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(out);
}

const PAGE = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'];

/** Standard security handler with a user password we do not know. */
const encrypted = buildPdf(
  [
    ...PAGE,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`,
  ],
  `/Encrypt 4 0 R /ID [<${'33'.repeat(16)}> <${'33'.repeat(16)}>]`,
);

/** A page that only paints an image (a scan): no text layer. */
const imageOnly = buildPdf([
  ...PAGE,
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
  '<< /Length 33 >>\nstream\nq 500 0 0 700 50 50 cm /Im1 Do Q\nendstream',
  '<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\u0000\u00ff\u00ff\u0000\nendstream',
]);

async function problemOf(bytes: Uint8Array): Promise<string> {
  try {
    await pdfText(bytes);
    return 'text';
  } catch (e) {
    if (!(e instanceof PdfReadError)) throw e;
    return e.problem;
  }
}

describe('bad PDFs give a clear message', () => {
  it('encrypted', async () => {
    expect(await problemOf(encrypted)).toBe('encrypted');
    await expect(pdfText(encrypted)).rejects.toThrow('password-protected; enter the amount');
  });
  it('image-only (scanned)', async () => {
    await expect(pdfText(imageOnly)).rejects.toThrow(
      'this PDF has no text layer; enter the amount',
    );
  });
  it('truncated', async () => {
    expect(await problemOf(pdf('en-US-standard').subarray(0, 1500))).toBe('malformed');
  });
  it('not a PDF at all', async () => {
    expect(await problemOf(ascii('<html>invoice</html>'))).toBe('malformed');
    expect(await problemOf(new Uint8Array(0))).toBe('malformed');
  });
});

describe('fuzz (short; the 2,000-case run with timings is tests/bench/pdf-fuzz.bench.ts)', () => {
  it('300 mutated PDFs: every one gives text or a PdfReadError', async () => {
    const seeds = ['en-US-standard', 'he-standard', 'ru-receipt'].map(pdf);
    const rnd = prng(7);
    const crashes: string[] = [];
    for (let i = 0; i < 300; i++) {
      const input = mutate(seeds[i % seeds.length] ?? new Uint8Array(), rnd);
      try {
        await problemOf(input);
      } catch (e) {
        crashes.push(`#${i}: ${String(e)}`);
      }
    }
    expect(crashes).toEqual([]);
  }, 600_000);
});
