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
import { UNSEEN_EMAILS } from '../../fixtures/detect-unseen/emails';
import { FIELDS, formatScores, scoreCorpus, type Tally } from './corpus-score';

describe('e-mails from billing systems not in the fixtures', () => {
  const result = scoreCorpus(UNSEEN_EMAILS);

  it('prints the scores per field and per language', () => {
    console.log(formatScores(`Unseen-systems scores, ${UNSEEN_EMAILS.length} e-mails`, result));
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
