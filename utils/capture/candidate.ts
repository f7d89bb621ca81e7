/**
 * "Capture invoice from this page": what the page says about an invoice, for the user to confirm.
 * schema.org `Invoice` data wins; the text detector fills what it leaves out (or everything, on
 * pages without markup).
 */
import { extractSchemaOrgFromDom, type SchemaInvoice } from './schema-invoice';

/** The fields of the text detector (`detectInvoice` from `@/utils/detect`) this needs. */
export interface TextFindings {
  kind: string;
  invoiceNumber: string | null;
  amountMinor: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
}
export type TextDetector = (input: { subject: string; text: string }) => TextFindings;

/** Where the proposal came from, so the dialog can say how much to trust it. */
export type CandidateOrigin = 'schema.org' | 'text' | 'none';

export interface CaptureCandidate {
  origin: CandidateOrigin;
  clientName: string | null;
  clientEmail: string | null;
  invoiceNumber: string | null;
  amountMinor: number | null;
  currency: string | null;
  issueDate: string | null;
  dueDate: string | null;
  /** The page's own payment status, when its markup states one. */
  paymentStatus: SchemaInvoice['paymentStatus'];
}

/** The detector reads the first ~50 KB; a page's visible text beyond that is navigation and footers. */
const MAX_TEXT = 50_000;

function fromText(
  findings: TextFindings | null,
): Omit<CaptureCandidate, 'origin' | 'paymentStatus'> {
  const usable = findings && findings.kind !== 'other' ? findings : null;
  const money = usable && usable.amountMinor !== null && usable.currency ? usable : null;
  return {
    clientName: null,
    clientEmail: null,
    invoiceNumber: usable?.invoiceNumber ?? null,
    amountMinor: money?.amountMinor ?? null,
    currency: money?.currency ?? null,
    issueDate: usable?.issueDate ?? null,
    dueDate: usable?.dueDate ?? null,
  };
}

function runDetector(detect: TextDetector, title: string, text: string): TextFindings | null {
  if (!text.trim()) return null;
  try {
    return detect({ subject: title, text: text.slice(0, MAX_TEXT) });
  } catch {
    return null;
  }
}

/**
 * Proposes an invoice for the page. `visibleText` is what the user sees (`document.body.innerText`
 * in a browser); `title` is the page title, read like an e-mail subject.
 */
export function readCaptureCandidate(
  root: ParentNode,
  visibleText: string,
  title: string,
  detect: TextDetector,
): CaptureCandidate {
  const schema = extractSchemaOrgFromDom(root);
  const complete =
    schema &&
    schema.amountMinor !== null &&
    schema.currency &&
    schema.invoiceNumber &&
    schema.dueDate;
  // The detector only runs when the markup leaves something out.
  const text = complete ? fromText(null) : fromText(runDetector(detect, title, visibleText));
  const schemaMoney = schema && schema.amountMinor !== null && schema.currency ? schema : null;
  const candidate: CaptureCandidate = {
    origin: 'none',
    clientName: schema?.clientName ?? text.clientName,
    clientEmail: schema?.clientEmail ?? text.clientEmail,
    invoiceNumber: schema?.invoiceNumber ?? text.invoiceNumber,
    // Amount and currency travel together: never one from the markup and one from the text.
    amountMinor: schemaMoney ? schemaMoney.amountMinor : text.amountMinor,
    currency: schemaMoney ? schemaMoney.currency : text.currency,
    issueDate: schema?.issueDate ?? text.issueDate,
    dueDate: schema?.dueDate ?? text.dueDate,
    paymentStatus: schema?.paymentStatus ?? null,
  };
  const found = (Object.keys(text) as (keyof typeof text)[]).some((k) => text[k] !== null);
  candidate.origin = schema ? 'schema.org' : found ? 'text' : 'none';
  return candidate;
}
