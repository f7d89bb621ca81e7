/**
 * PDF invoices: a webmail content script sends an attachment's bytes (fetched from the webmail's
 * own origin for a thread the user opened); the popup or capture dialog sends a PDF the user
 * picked. The background reads them (pdf.js never enters a content script). Bytes travel as
 * base64 because extension messages are JSON.
 */
import { z } from 'zod';
import type { DetectedInvoice } from '@/utils/detect';
import type { PdfOverride } from '@/utils/pdf/merge';
import type { PdfProblem } from '@/utils/pdf/errors';

/** 15 MB of bytes as base64 (4 characters per 3 bytes). */
export const MAX_PDF_BASE64 = Math.ceil((15 * 1024 * 1024) / 3) * 4;

const base64 = z
  .string()
  .min(8)
  .max(MAX_PDF_BASE64, 'attachment over 15 MB')
  // Checked on the ends only: a full regex over 20 MB would block the worker; atob decides.
  .refine((s) => /^[A-Za-z0-9+/]{4}/.test(s) && /[A-Za-z0-9+/=]{4}$/.test(s), 'not base64');

const pdfName = z.string().max(500);

export const attachmentRequests = {
  /**
   * One PDF attachment of a message in the open thread. Read once per message id + attachment
   * id; its facts then complete that message when the thread is read (`cs-bg:readThread`).
   */
  'cs-bg:readAttachment': z.object({
    messageId: z.string().min(1).max(200),
    attachmentId: z.string().min(1).max(400),
    name: pdfName,
    mime: z.string().max(200),
    subject: z.string().max(2000),
    /** The message's body as read from the page, to compare with the PDF. */
    bodyText: z.string().max(200_000),
    bytesBase64: base64,
  }),
  /** A PDF the user picked or dropped in the popup or capture dialog: fills the form. */
  'ui-bg:readPdf': z.object({ name: pdfName, bytesBase64: base64 }),
} as const;

/** The facts of a PDF (merged with the body for an attachment), or why it could not be read. */
export type PdfFactsReply =
  | {
      status: 'read';
      facts: DetectedInvoice;
      /** Fields where the PDF disagreed with the e-mail and won. */
      overrides: PdfOverride[];
      /** True when this attachment had been read before (nothing parsed again). */
      cached: boolean;
      /** For a webmail attachment that is an invoice document: the panel's line about it. */
      note?: string;
    }
  | { status: 'unreadable'; problem: PdfProblem; message: string; cached: boolean };

export interface AttachmentResponses {
  'cs-bg:readAttachment': PdfFactsReply;
  'ui-bg:readPdf': PdfFactsReply;
}

/**
 * Background → offscreen document (Chrome): read this PDF's text in the PDF worker. Not part of
 * the request map above: only the offscreen document listens for it, and only from the
 * extension itself (see entrypoints/pdf-offscreen).
 */
export const OFFSCREEN_PDF_TARGET = 'firmly:pdf-offscreen';

export const offscreenPdfRequest = z.object({
  target: z.literal(OFFSCREEN_PDF_TARGET),
  bytesBase64: base64,
});

/** The offscreen document's answer: the text, or why not. */
export const offscreenPdfReply = z.union([
  z.object({ text: z.string().max(1_000_000) }),
  z.object({ problem: z.enum(['encrypted', 'no_text', 'malformed', 'too_large', 'timeout']) }),
]);
