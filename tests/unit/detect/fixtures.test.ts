// Scores detectInvoice on tests/fixtures/invoice-emails.jsonl: e-mails rendered from the real
// templates and translations of Invoice Ninja, Kill Bill and FOSSBilling (source in each record).
// Each record is read twice: as plain text plus HTML, and as HTML only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectInvoice, type DetectInput } from '@/utils/detect';
import { decimalToMinor } from '@/utils/money';

interface FixtureRecord {
  id: string;
  lang: string;
  kind: string;
  subject: string;
  body: string;
  body_html: string;
  expected: {
    invoiceNumber: string | null;
    amount: number | null;
    currency: string | null;
    issueDate: string | null;
    dueDate: string | null;
  };
}

const path = fileURLToPath(new URL('../../fixtures/invoice-emails.jsonl', import.meta.url));
const records = readFileSync(path, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as FixtureRecord);

const FIELDS = ['kind', 'invoiceNumber', 'amount', 'currency', 'issueDate', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];
interface Tally {
  hit: number;
  total: number;
}

function score(mode: 'text+html' | 'html only') {
  const byField = new Map<Field, Tally>(FIELDS.map((f) => [f, { hit: 0, total: 0 }]));
  const byLang = new Map<string, Tally>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const guesses: string[] = [];
  for (const r of records) {
    const input: DetectInput =
      mode === 'html only'
        ? { subject: r.subject, text: '', html: r.body_html }
        : { subject: r.subject, text: r.body, html: r.body_html };
    const got = detectInvoice(input);
    const e = r.expected;
    const want: Record<Field, string | number | null> = {
      kind: r.kind,
      invoiceNumber: e.invoiceNumber,
      amount:
        e.amount === null || !e.currency ? null : decimalToMinor(String(e.amount), e.currency),
      currency: e.currency,
      issueDate: e.issueDate,
      dueDate: e.dueDate,
    };
    const have: Record<Field, string | number | null> = { ...got, amount: got.amountMinor };
    if (r.kind === 'other' && got.kind !== 'other') falseAlarms.push(`${r.id}: ${got.kind}`);
    for (const f of FIELDS) {
      if (r.kind === 'other' && f !== 'kind') continue;
      if (want[f] === null) {
        // The message does not state it: anything but null is a guess.
        if (have[f] !== null) guesses.push(`${r.id} ${f}: ${JSON.stringify(have[f])}`);
        continue;
      }
      const t = byField.get(f) as Tally;
      const l = byLang.get(r.lang) ?? { hit: 0, total: 0 };
      byLang.set(r.lang, l);
      t.total++;
      l.total++;
      if (have[f] === want[f]) {
        t.hit++;
        l.hit++;
      } else
        misses.push(
          `${r.id} ${f}: got ${JSON.stringify(have[f])}, want ${JSON.stringify(want[f])}`,
        );
    }
  }
  return { byField, byLang, misses, falseAlarms, guesses };
}

const pct = (t: Tally): string => (t.total ? ((100 * t.hit) / t.total).toFixed(1) + '%' : '–');

describe.each(['text+html', 'html only'] as const)('fixture e-mails (%s)', (mode) => {
  const result = score(mode);

  it('prints the scores per field and per language', () => {
    console.log(
      `\nFixture scores (${mode}), ${records.length} e-mails\n` +
        [...result.byField]
          .map(([f, t]) => `  ${f.padEnd(14)} ${pct(t).padStart(7)}  (${t.hit}/${t.total})`)
          .join('\n') +
        '\n' +
        [...result.byLang]
          .map(([l, t]) => `  ${l.padEnd(14)} ${pct(t).padStart(7)}  (${t.hit}/${t.total})`)
          .join('\n') +
        `\n  fields filled that the e-mail does not state: ${result.guesses.length}` +
        (result.misses.length ? '\n  misses:\n    ' + result.misses.join('\n    ') : ''),
    );
    expect(result.byField.size).toBe(FIELDS.length);
  });

  it.each(FIELDS)('%s matches on at least 95% of the records that state it', (field) => {
    const t = result.byField.get(field) as Tally;
    expect(t.total).toBeGreaterThan(0);
    expect(t.hit / t.total).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves unstated fields null on at least 95% of the records', () => {
    expect(result.guesses.length).toBeLessThanOrEqual(Math.floor(records.length * 0.05));
  });

  it('never flags a non-invoice (quote) as an invoice, reminder or payment', () => {
    expect(result.falseAlarms).toEqual([]);
  });
});
