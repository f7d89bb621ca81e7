/**
 * Invoice & thread detection engine: reads one e-mail (subject, text, optional HTML) and says
 * whether it is an invoice, a reminder, a payment confirmation or something else, with the
 * invoice number, amount, currency and dates it states. Pure TypeScript, runs in Node and in
 * content scripts; never throws.
 */
import { findAmounts } from '@/utils/detect/amount';
import { findDates } from '@/utils/detect/dates';
import { pickAmount, pickDates } from '@/utils/detect/fields';
import { htmlToText } from '@/utils/detect/html';
import { findInvoiceNumber } from '@/utils/detect/invoice-number';
import { classifyKind } from '@/utils/detect/kind';
import { NOT_INVOICE_TITLE } from '@/utils/detect/kind-cues';
import { detectLanguage } from '@/utils/detect/language';
import { extractSchemaOrgInvoice } from '@/utils/detect/schema-org';
import { fold, normalizeText, stripQuoted, unfoldTables } from '@/utils/detect/text';
import type { DetectedInvoice, DetectInput } from '@/utils/detect/types';
import { tableInvoices } from '@/utils/detect/table';

export type { DetectedInvoice, DetectInput, EmailKind, TableInvoice } from '@/utils/detect/types';
export { parseAmount } from '@/utils/detect/amount';
export { parseDate } from '@/utils/detect/dates';
export { detectLanguage } from '@/utils/detect/language';
export { extractSchemaOrgInvoice } from '@/utils/detect/schema-org';

// Only the start of a message carries its invoice data; the cap keeps hostile input cheap.
const MAX_TEXT = 50_000;
const MAX_HTML = 400_000;

// Pipes, tabs or runs of spaces between words: a table may be there.
const TABLE_HINT = /\||\t|\S {2,}\S/;

const NOTHING: DetectedInvoice = {
  kind: 'other',
  invoiceNumber: null,
  amountMinor: null,
  currency: null,
  issueDate: null,
  dueDate: null,
  confidence: 0.5,
};

/** The body to read: the plain text, unless the HTML part says clearly more. */
function bodyText(input: DetectInput): string {
  const text = typeof input.text === 'string' ? input.text.slice(0, MAX_TEXT) : '';
  if (typeof input.html !== 'string' || !input.html) return text;
  const fromHtml = htmlToText(input.html.slice(0, MAX_HTML)).slice(0, MAX_TEXT);
  return fromHtml.length > text.trim().length * 1.5 ? fromHtml : text;
}

/**
 * "Faktura 17/11/2026" with "Data wystawienia: 12.11.2026": a date-shaped token right after the
 * invoice word is the invoice's number when the message states its dates elsewhere and the token
 * is neither of them nor the start of a period ("Invoice 01/11/2026 – 30/11/2026").
 */
function dateShapedNumber(
  norm: string,
  low: string,
  issueDate: string | null,
  dueDate: string | null,
): string | null {
  if (!issueDate) return null;
  const token = findInvoiceNumber(norm, low, true);
  if (!token || !/^[\d./-]+$/.test(token)) return null;
  const asDate = findDates(token, 'dmy')[0]?.ymd;
  const asUsDate = findDates(token, 'mdy')[0]?.ymd;
  if (asDate === issueDate || asDate === dueDate || asUsDate === issueDate || asUsDate === dueDate)
    return null;
  const at = norm.indexOf(token);
  const after = norm.slice(at + token.length, at + token.length + 6);
  return /^\s?(?:-|–|—|to|bis|au|al|do|до|עד)\s?\d/u.test(after) ? null : token;
}

function detect(input: DetectInput): DetectedInvoice {
  const subject = normalizeText(
    typeof input.subject === 'string' ? input.subject.slice(0, 1000) : '',
  ).replace(/\n/g, ' ');
  const raw = stripQuoted(bodyText(input));
  const body = unfoldTables(normalizeText(raw));
  const norm = subject + '\n\n' + body;
  const low = fold(norm);
  const schema =
    typeof input.html === 'string' && input.html ? extractSchemaOrgInvoice(input.html) : null;

  let invoiceNumber = findInvoiceNumber(norm, low);
  const amounts = findAmounts(norm, low, true);
  const hasFields = invoiceNumber !== null || amounts.some((a) => a.currency !== null);
  // Cue words sit in the first lines; a cap keeps long messages cheap.
  const verdict = classifyKind(
    low.slice(0, subject.length),
    low.slice(subject.length, subject.length + 4000),
    hasFields,
  );
  let kind = verdict.kind;
  // schema.org wins over prose, except that prose may be more specific than a plain "Invoice".
  if (schema?.kind && (kind === 'other' || schema.kind !== 'invoice')) kind = schema.kind;
  // A delivery note, price list or order names itself in its title, above any invoice word.
  if (kind === 'invoice' && NOT_INVOICE_TITLE.test(low.slice(0, subject.length + 160)))
    kind = 'other';
  if (kind === 'other') return { ...NOTHING, confidence: hasFields ? 0.6 : 0.8 };

  // Month-first numeric dates only in US-looking English mail (decided only if a date is ambiguous).
  // ("A$", "C$", "R$" are not US dollars.)
  const order = (): 'mdy' | 'dmy' =>
    /(?<![A-Za-z])\$|USD/.test(norm) && detectLanguage(norm) === 'en' ? 'mdy' : 'dmy';
  const amount = pickAmount(amounts, norm, low, kind);
  const dates = pickDates(norm, low, order, invoiceNumber, kind);
  invoiceNumber ??= dateShapedNumber(norm, low, dates.issueDate, dates.dueDate);
  const result: DetectedInvoice = {
    kind,
    invoiceNumber: schema?.invoiceNumber ?? invoiceNumber,
    amountMinor: schema?.amountMinor ?? amount?.amountMinor ?? null,
    currency:
      schema?.amountMinor !== undefined ? (schema.currency ?? null) : (amount?.currency ?? null),
    issueDate: dates.issueDate,
    dueDate: schema?.dueDate ?? dates.dueDate,
    confidence: 0,
  };
  if (kind === 'payment_confirmation' && verdict.paidInvoice) result.paidInvoice = true;
  // A table of several invoices ("Invoice | Due date | Open"): one item per row.
  if (TABLE_HINT.test(raw)) {
    const listed = tableInvoices(normalizeText(raw.replace(/\t/g, '    ')), order, result.currency);
    if (listed.length >= 2) result.invoices = listed;
  }
  const found = [
    result.invoiceNumber,
    result.amountMinor,
    result.dueDate ?? result.issueDate,
  ].filter((v) => v !== null).length;
  result.confidence = Math.min(
    0.98,
    0.45 + (verdict.bySubject ? 0.2 : 0) + (schema ? 0.15 : 0) + found * 0.1,
  );
  return result;
}

/**
 * Reads one e-mail and returns what it says about an invoice. Non-invoice mail (quotes, orders,
 * shipping, password resets, newsletters, shop receipts) is `other` with every field null; a
 * field the message does not state is null. Never throws.
 */
export function detectInvoice(input: DetectInput): DetectedInvoice {
  try {
    return detect(input ?? { subject: '', text: '' });
  } catch {
    return { ...NOTHING };
  }
}
