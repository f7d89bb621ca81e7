/** Public types of the detection engine (re-exported by `@/utils/detect`). */
import type { EmailKind } from '@/utils/detect/kind';
import type { TableInvoice } from '@/utils/detect/table';

export type { TableInvoice };

export type { EmailKind };

/** One message to read. `html`, when given, is read for its visible text and schema.org data. */
export interface DetectInput {
  subject: string;
  text: string;
  html?: string;
  from?: string;
}

/** What a message says about an invoice; every field is null when the message does not state it. */
export interface DetectedInvoice {
  kind: EmailKind;
  /** As printed, without a leading '#'. */
  invoiceNumber: string | null;
  /** Integer minor units of `currency` (JPY has 0 decimals, KWD 3). */
  amountMinor: number | null;
  /** ISO 4217. */
  currency: string | null;
  /** YYYY-MM-DD. */
  issueDate: string | null;
  /** YYYY-MM-DD. */
  dueDate: string | null;
  /** 0..1 */
  confidence: number;
  /**
   * When the message lists several invoices in a table (a statement of overdue invoices), each
   * one with its own number, dates and amount to pay; absent otherwise.
   */
  invoices?: TableInvoice[];
  /**
   * A payment confirmation that is the invoice itself ("Invoice 2026-031 (paid)", "Rechnung …:
   * bereits beglichen"): the invoice and its payment are both facts. Absent otherwise.
   */
  paidInvoice?: true;
}
