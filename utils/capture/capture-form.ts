/**
 * The capture dialog's form: the proposal as editable text, and the checked form as an
 * `invoice` observation. Pure, so the rules are tested without a page.
 */
import type { Observation } from '@/utils/ledger/observation';
import { isCurrencyCode, minorToDecimal, parseAmountInput } from '@/utils/money';
import { parseAmount } from '@/utils/detect/amount';
import type { CaptureCandidate } from './candidate';

/** The `invoice` member of the observation union. */
export type InvoiceObservation = Extract<Observation, { kind: 'invoice' }>;

/** The dialog's fields, as the user sees and edits them. */
export interface CaptureForm {
  clientName: string;
  clientEmail: string;
  invoiceNumber: string;
  amount: string;
  currency: string;
  issueDate: string;
  dueDate: string;
}
export type CaptureField = keyof CaptureForm;

/** Why a field is not accepted; the dialog words it in the user's language. */
export type CaptureError =
  | 'clientRequired'
  | 'emailInvalid'
  | 'amountInvalid'
  | 'currencyInvalid'
  | 'dateInvalid'
  | 'dueBeforeIssue';

export type CaptureResult =
  | { ok: true; observation: InvoiceObservation }
  | { ok: false; errors: Partial<Record<CaptureField, CaptureError>> };

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The proposal as the form's initial values ("" where nothing was found). */
export function formFromCandidate(candidate: CaptureCandidate, fallbackCurrency = ''): CaptureForm {
  const currency = candidate.currency ?? fallbackCurrency;
  return {
    clientName: candidate.clientName ?? '',
    clientEmail: candidate.clientEmail ?? '',
    invoiceNumber: candidate.invoiceNumber ?? '',
    amount:
      candidate.amountMinor !== null && currency
        ? minorToDecimal(candidate.amountMinor, currency)
        : '',
    currency,
    issueDate: candidate.issueDate ?? '',
    dueDate: candidate.dueDate ?? '',
  };
}

/** "1 234,56", "1,234.56" or "€1.234,56" in `currency`; null when it is not an amount of it. */
function amountIn(text: string, currency: string): number | null {
  const typed = parseAmountInput(text.trim(), currency);
  if (typed !== null) return typed;
  const parsed = parseAmount(text, { currency });
  return parsed && (parsed.currency === null || parsed.currency === currency)
    ? parsed.amountMinor
    : null;
}

function validDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/**
 * A stable key: the invoice number on that host for that client (the issuer is the user, who
 * confirmed it), or the page and amount when it has none. Two clients' invoices both numbered
 * 0001 on one billing site are two invoices.
 */
export function captureKey(
  form: Pick<CaptureForm, 'invoiceNumber' | 'clientEmail' | 'clientName'>,
  url: URL,
  amountMinor: number,
  currency: string,
): string {
  const number = form.invoiceNumber.trim();
  const client = (form.clientEmail.trim() || form.clientName.replace(/\s+/g, ' ').trim())
    .toLowerCase()
    .replace(/[:%]/g, (c) => encodeURIComponent(c));
  const ref = number
    ? `${url.host}:${client}:${number}`
    : `${url.host}${url.pathname}${url.search}${url.hash}:${client}:${amountMinor}${currency}`;
  return `capture:${ref}`.slice(0, 400);
}

/** Checks the form; on success, the `invoice` observation to send (source `capture`). */
export function captureObservation(form: CaptureForm, pageUrl: string, now: Date): CaptureResult {
  const errors: Partial<Record<CaptureField, CaptureError>> = {};
  const name = form.clientName.replace(/\s+/g, ' ').trim().slice(0, 200);
  const email = form.clientEmail.trim().toLowerCase();
  if (!name && !email) errors.clientName = 'clientRequired';
  if (email && !EMAIL.test(email)) errors.clientEmail = 'emailInvalid';
  const currency = form.currency.trim().toUpperCase();
  if (!isCurrencyCode(currency)) errors.currency = 'currencyInvalid';
  // The amount is read in its currency; without a currency only the currency is at fault.
  const amountMinor = errors.currency ? null : amountIn(form.amount, currency);
  if (!errors.currency && (amountMinor === null || amountMinor <= 0))
    errors.amount = 'amountInvalid';
  const issueDate = form.issueDate.trim();
  const dueDate = form.dueDate.trim();
  if (issueDate && !validDate(issueDate)) errors.issueDate = 'dateInvalid';
  if (dueDate && !validDate(dueDate)) errors.dueDate = 'dateInvalid';
  if (!errors.issueDate && !errors.dueDate && issueDate && dueDate && dueDate < issueDate)
    errors.dueDate = 'dueBeforeIssue';
  if (Object.keys(errors).length > 0 || amountMinor === null) return { ok: false, errors };

  const url = new URL(pageUrl);
  const number = form.invoiceNumber.replace(/\s+/g, ' ').trim().replace(/^#\s*/, '').slice(0, 100);
  return {
    ok: true,
    observation: {
      kind: 'invoice',
      key: captureKey(
        { invoiceNumber: number, clientEmail: email, clientName: name },
        url,
        amountMinor,
        currency,
      ),
      at: now.toISOString(),
      counterparty: { email: email || null, name: name || null },
      source: { kind: 'capture', url: pageUrl.slice(0, 2000), messageId: null },
      invoice: {
        number: number || null,
        amountMinor,
        currency,
        issueDate: issueDate || null,
        dueDate: dueDate || null,
      },
    },
  };
}
