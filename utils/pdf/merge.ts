/**
 * Combines what an e-mail's body says with what its attached PDF says. The PDF is the invoice
 * itself: it fills what the body does not state, and wins for the amount and the dates where the
 * two disagree (the body is a cover note, often abridged or out of date). Each disagreement is
 * reported so the panel can say so.
 */
import type { DetectedInvoice } from '@/utils/detect';

/** A field the PDF changed, with both values (for "the PDF says … the e-mail said …"). */
export interface PdfOverride {
  field: 'amount' | 'issueDate' | 'dueDate';
  email: string;
  pdf: string;
}

export interface MergedFacts {
  facts: DetectedInvoice;
  overrides: PdfOverride[];
}

const money = (d: DetectedInvoice): string | null =>
  d.amountMinor === null ? null : `${d.amountMinor} ${d.currency ?? ''}`.trim();

/** The e-mail's facts `body` completed and corrected by the PDF's facts `pdf`. */
export function mergeFacts(body: DetectedInvoice, pdf: DetectedInvoice): MergedFacts {
  // A PDF that is not an invoice document (a quote, a price list) adds nothing.
  if (pdf.kind === 'other') return { facts: body, overrides: [] };
  const overrides: PdfOverride[] = [];
  const facts: DetectedInvoice = { ...body };
  // The cover note decides reminder vs invoice ("Reminder: invoice attached"); the PDF decides
  // when the note says nothing, and a receipt PDF is a payment whatever the note says.
  if (body.kind === 'other' || pdf.kind === 'payment_confirmation') facts.kind = pdf.kind;
  facts.invoiceNumber = pdf.invoiceNumber ?? body.invoiceNumber;
  if (pdf.amountMinor !== null && pdf.currency) {
    const before = money(body);
    const after = money(pdf) ?? '';
    if (before !== null && before !== after)
      overrides.push({ field: 'amount', email: before, pdf: after });
    facts.amountMinor = pdf.amountMinor;
    facts.currency = pdf.currency;
  }
  for (const field of ['issueDate', 'dueDate'] as const) {
    const p = pdf[field];
    const b = body[field];
    if (p === null) continue;
    if (b !== null && b !== p) overrides.push({ field, email: b, pdf: p });
    facts[field] = p;
  }
  facts.confidence = Math.max(body.confidence, pdf.confidence);
  return { facts, overrides };
}
