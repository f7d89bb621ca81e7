/**
 * The constructed invoice PDFs (tests/fixtures/pdf/specs.ts, printed by Chromium) read through
 * pdfText + detectInvoice: every document's fields, and a score per field and language printed
 * for the report.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '@/utils/detect';
import { pdfText } from '@/utils/pdf';
import { PDF_SPECS, type Expected } from '../../fixtures/pdf/specs';

const FIELDS = [
  'kind',
  'invoiceNumber',
  'amountMinor',
  'currency',
  'issueDate',
  'dueDate',
] as const;
const read = (id: string): Uint8Array =>
  new Uint8Array(readFileSync(`tests/fixtures/pdf/generated/${id}.pdf`));

const got = new Map<string, Expected>();

describe('invoice PDFs', () => {
  it('has at least 30 documents in 12 language variants with 4 negatives', () => {
    expect(PDF_SPECS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(PDF_SPECS.map((s) => s.lang)).size).toBe(12);
    expect(PDF_SPECS.filter((s) => s.expected.kind === 'other')).toHaveLength(4);
  });

  it.each(PDF_SPECS.map((s) => [s.id, s] as const))('%s', async (_id, spec) => {
    const text = await pdfText(read(spec.id));
    const found = detectInvoice({ subject: '', text });
    const fields = Object.fromEntries(FIELDS.map((f) => [f, found[f]])) as unknown as Expected;
    got.set(spec.id, fields);
    expect(fields).toEqual(spec.expected);
  });

  it('scores per field and language (printed)', () => {
    const rows: string[] = [];
    const langs = [...new Set(PDF_SPECS.map((s) => s.lang))];
    let right = 0;
    let all = 0;
    for (const lang of [...langs, 'all']) {
      const specs = PDF_SPECS.filter((s) => lang === 'all' || s.lang === lang);
      const cells = FIELDS.map((f) => {
        const ok = specs.filter((s) => got.get(s.id)?.[f] === s.expected[f]).length;
        if (lang !== 'all') {
          right += ok;
          all += specs.length;
        }
        return `${f}=${ok}/${specs.length}`;
      });
      rows.push(`${lang.padEnd(6)} ${cells.join('  ')}`);
    }
    console.log(`PDF fixture scores (pdfText + detectInvoice):\n${rows.join('\n')}`);
    expect(all).toBe(PDF_SPECS.length * FIELDS.length);
    expect(right / all).toBeGreaterThan(0.95);
  });
});

describe('pdfText on a printed document', () => {
  it('joins pages in order: the totals of a long invoice come after its items', async () => {
    const text = await pdfText(read('en-GB-page2'));
    expect(text.indexOf('Logo files — 34')).toBeGreaterThan(text.indexOf('Invoice No.'));
    expect(text.indexOf('Total (incl. VAT)')).toBeGreaterThan(text.indexOf('Logo files — 34'));
    expect(text).toContain('\n\n');
  });
  it('keeps an item row on one line, cells two spaces apart', async () => {
    const text = await pdfText(read('de-standard'));
    expect(text).toMatch(/^Softwareentwicklung {2,}1 {2,}1\.350,00 € {2,}1\.350,00 €$/m);
  });
  it('reads Hebrew in logical order', async () => {
    const text = await pdfText(read('he-standard'));
    expect(text).toMatch(/^סה"כ כולל מע"מ {2,}₪2,419\.00$/m);
  });
});
