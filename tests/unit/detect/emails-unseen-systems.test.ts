// Held-out scores: detectInvoice on e-mails written by hand in the style of billing systems that
// are NOT in the fixtures (QuickBooks, Xero, FreshBooks, Zoho, Wave, Stripe, PayPal, Harvest, Sage,
// Chargebee, Paddle, Odoo, Fakturownia, inFakt, wFirma, 1С, Контур, Моё дело, Вчасно, Checkbox,
// Green Invoice, iCount, Rivhit, sevDesk, lexoffice, Facture.net, Henrri, Pennylane, Holded, Quipu,
// Facturama, Fatture in Cloud, Moneybird, e-Boekhouden, InvoiceXpress, Moloni) in 11 languages.
// The data and its scoring rules are in tests/fixtures/detect-unseen/emails.ts.
//
// Scores of the detector as it was before this corpus existed (same 168 e-mails):
//   kind 93.5% (157/168) · invoiceNumber 95.0% (113/119) · amount 94.3% (116/123) · currency
//   94.3% (116/123) · issueDate 89.7% (52/58) · dueDate 84.8% (67/79); 4 unstated fields filled;
//   1 non-invoice flagged; worst languages he 79.5%, es 85.7%, fr 90.0%.
// Batches 1–2 (135 e-mails) were written first and the detector was then improved with general
// rules; batch 3 (33 e-mails) was written after that, as a fresh check (before its own fixes it
// scored kind 90.9%, dueDate 70.6%, others 100%, with 1 false alarm). See the printed table for
// the current figures.
import { describe, expect, it } from 'vitest';
import { detectInvoice } from '@/utils/detect';
import { decimalToMinor } from '@/utils/money';
import { UNSEEN_EMAILS } from '../../fixtures/detect-unseen/emails';

const FIELDS = ['kind', 'invoiceNumber', 'amount', 'currency', 'issueDate', 'dueDate'] as const;
type Field = (typeof FIELDS)[number];
interface Tally {
  hit: number;
  total: number;
}
const tally = (): Tally => ({ hit: 0, total: 0 });

function score() {
  const byField = new Map<Field, Tally>(FIELDS.map((f) => [f, tally()]));
  const byLang = new Map<string, Tally>();
  const byLangField = new Map<string, Map<Field, Tally>>();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const guesses: string[] = [];
  for (const r of UNSEEN_EMAILS) {
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

const pct = (t: Tally | undefined): string =>
  t?.total ? ((100 * t.hit) / t.total).toFixed(0) + '%' : '–';

describe('e-mails from billing systems not in the fixtures', () => {
  const result = score();

  it('prints the scores per field and per language', () => {
    const head = '  lang  ' + FIELDS.map((f) => f.slice(0, 9).padStart(10)).join('') + '     all';
    const rows = [...result.byLangField].map(
      ([lang, m]) =>
        `  ${lang.padEnd(6)}` +
        FIELDS.map((f) => pct(m.get(f)).padStart(10)).join('') +
        pct(result.byLang.get(lang)).padStart(8),
    );
    console.log(
      `\nUnseen-systems scores, ${UNSEEN_EMAILS.length} e-mails\n` +
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
        (result.misses.length ? '\n  misses:\n    ' + result.misses.join('\n    ') : ''),
    );
    expect(UNSEEN_EMAILS.length).toBeGreaterThanOrEqual(60);
  });

  it('covers all 11 languages with invoices, reminders, payments and non-invoices', () => {
    expect(new Set(UNSEEN_EMAILS.map((r) => r.lang)).size).toBe(11);
    for (const kind of ['invoice', 'reminder', 'payment_confirmation', 'other'] as const)
      expect(UNSEEN_EMAILS.filter((r) => r.kind === kind).length).toBeGreaterThanOrEqual(10);
  });

  it.each(FIELDS)('%s matches on at least 90% of the e-mails that state it', (field) => {
    const t = result.byField.get(field) as Tally;
    expect(t.total).toBeGreaterThan(0);
    expect(t.hit / t.total).toBeGreaterThanOrEqual(0.9);
  });

  it('scores at least 80% in every language', () => {
    for (const [lang, t] of result.byLang)
      expect(t.hit / t.total, lang).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves unstated fields null (at most 2 guesses over the corpus)', () => {
    expect(result.guesses.length).toBeLessThanOrEqual(2);
  });

  it('never flags a non-invoice as an invoice, reminder or payment', () => {
    expect(result.falseAlarms).toEqual([]);
  });
});
