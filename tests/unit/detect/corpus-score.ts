/**
 * Scores `detectInvoice` on a hand-written corpus of billing e-mails (fields per language,
 * guesses, false alarms, misses). Shared by the held-out corpus and the blind batches.
 */
import { detectInvoice } from '@/utils/detect';
import { decimalToMinor } from '@/utils/money';
import type { UnseenEmail } from '../../fixtures/detect-unseen/emails';

export const FIELDS = [
  'kind',
  'invoiceNumber',
  'amount',
  'currency',
  'issueDate',
  'dueDate',
] as const;
type Field = (typeof FIELDS)[number];
export interface Tally {
  hit: number;
  total: number;
}
const tally = (): Tally => ({ hit: 0, total: 0 });

export function scoreCorpus(emails: readonly UnseenEmail[]) {
  const byField = new Map<Field, Tally>(FIELDS.map((f) => [f, tally()]));
  const byLang = new Map<string, Tally>();
  const byLangField = new Map<string, Map<Field, Tally>>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const guesses: string[] = [];
  for (const r of emails) {
    const got = detectInvoice({ subject: r.subject, text: r.text, html: r.html });
    if (r.kind === 'other' && got.kind !== 'other') falseAlarms.push(`${r.id}: ${got.kind}`);
    const e = r.expected;
    const want: Record<Field, string | number | null> = {
      kind: r.kind,
      invoiceNumber: e?.invoiceNumber ?? null,
      amount: e?.amount && e.currency ? decimalToMinor(e.amount, e.currency) : null,
      currency: e?.currency ?? null,
      issueDate: e?.issueDate ?? null,
      dueDate: e?.dueDate ?? null,
    };
    const have: Record<Field, string | number | null> = { ...got, amount: got.amountMinor };
    for (const f of FIELDS) {
      if (want[f] === null) {
        // Not stated (or a non-invoice): anything but null is a guess.
        if (have[f] !== null) guesses.push(`${r.id} ${f}: ${JSON.stringify(have[f])}`);
        continue;
      }
      const perLang = byLangField.get(r.lang) ?? new Map<Field, Tally>();
      byLangField.set(r.lang, perLang);
      const cells = [
        byField.get(f) as Tally,
        byLang.get(r.lang) ?? tally(),
        perLang.get(f) ?? tally(),
      ];
      byLang.set(r.lang, cells[1] as Tally);
      perLang.set(f, cells[2] as Tally);
      const ok = have[f] === want[f];
      for (const c of cells) {
        c.total++;
        if (ok) c.hit++;
      }
      if (!ok)
        misses.push(
          `${r.id} ${f}: got ${JSON.stringify(have[f])}, want ${JSON.stringify(want[f])}`,
        );
    }
  }
  return { byField, byLang, byLangField, misses, falseAlarms, guesses };
}

export const pct = (t: Tally | undefined): string =>
  t?.total ? ((100 * t.hit) / t.total).toFixed(0) + '%' : '–';

/** The scores as a printable table. */
export function formatScores(title: string, result: ReturnType<typeof scoreCorpus>): string {
  const head = '  lang  ' + FIELDS.map((f) => f.slice(0, 9).padStart(10)).join('') + '     all';
  const rows = [...result.byLangField].map(
    ([lang, m]) =>
      `  ${lang.padEnd(6)}` +
      FIELDS.map((f) => pct(m.get(f)).padStart(10)).join('') +
      pct(result.byLang.get(lang)).padStart(8),
  );
  return (
    `\n${title}\n` +
    [...result.byField]
      .map(([f, t]) => `  ${f.padEnd(14)} ${pct(t).padStart(5)}  (${t.hit}/${t.total})`)
      .join('\n') +
    '\n\n' +
    head +
    '\n' +
    rows.join('\n') +
    `\n\n  fields filled that the e-mail does not state: ${result.guesses.length}` +
    (result.guesses.length ? '\n    ' + result.guesses.join('\n    ') : '') +
    `\n  non-invoices flagged: ${result.falseAlarms.length}` +
    (result.falseAlarms.length ? '\n    ' + result.falseAlarms.join('\n    ') : '') +
    (result.misses.length ? '\n  misses:\n    ' + result.misses.join('\n    ') : '')
  );
}
