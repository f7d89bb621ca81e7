/**
 * Reads an invoice PDF into detector facts, for the background: the PDF's text (pdfText, run
 * wherever the caller runs it: in Node directly, in the extension in the PDF worker), then
 * detectInvoice on the text (with the e-mail's subject, which often names the document). Each
 * attachment is read once: results are kept by message id + attachment id, and a second request
 * gets the first result (also while the first is still being read). This file does not import
 * pdf.js, so the background's bundle stays without it.
 */
import { detectInvoice, type DetectedInvoice } from '@/utils/detect';
import { PdfReadError, type PdfProblem } from '@/utils/pdf/errors';

/** pdfText's contract: the text, or a PdfReadError. */
export type PdfTextReader = (bytes: Uint8Array) => Promise<string>;

export type PdfReading =
  | { status: 'read'; facts: DetectedInvoice; chars: number }
  | { status: 'unreadable'; problem: PdfProblem; message: string };

/** What a PDF invoice says, or why it could not be read. Never throws. */
export async function readPdfFacts(
  readText: PdfTextReader,
  bytes: Uint8Array,
  subject = '',
): Promise<PdfReading> {
  try {
    const text = await readText(bytes);
    return { status: 'read', facts: detectInvoice({ subject, text }), chars: text.length };
  } catch (e) {
    const err = e instanceof PdfReadError ? e : new PdfReadError('malformed');
    return { status: 'unreadable', problem: err.problem, message: err.message };
  }
}

// Enough for every attachment of the threads of a long session; older entries are dropped.
const MAX_ENTRIES = 300;

/** Read-once cache of attachment readings, keyed by message id + attachment id. */
export class AttachmentReader {
  private readonly byKey = new Map<string, Promise<PdfReading>>();
  private readonly byMessage = new Map<string, Array<Promise<PdfReading>>>();

  constructor(private readonly read: (bytes: Uint8Array, subject: string) => Promise<PdfReading>) {}

  /** The reading of one attachment; `bytes` is only decoded and parsed the first time. */
  reading(
    messageId: string,
    attachmentId: string,
    bytes: () => Uint8Array | null,
    subject = '',
  ): { reading: Promise<PdfReading>; cached: boolean } {
    const key = `${messageId}\u0000${attachmentId}`;
    const hit = this.byKey.get(key);
    if (hit) return { reading: hit, cached: true };
    const data = bytes();
    const reading = data
      ? this.read(data, subject)
      : Promise.resolve<PdfReading>({
          status: 'unreadable',
          problem: 'malformed',
          message: new PdfReadError('malformed').message,
        });
    this.byKey.set(key, reading);
    this.byMessage.set(messageId, [...(this.byMessage.get(messageId) ?? []), reading]);
    for (const map of [this.byKey, this.byMessage])
      while (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
    return { reading, cached: false };
  }

  /**
   * The facts of a message's PDFs, for merging into the thread's reading: the first invoice,
   * reminder or receipt document among its attachments, or null.
   */
  async factsOf(messageId: string): Promise<DetectedInvoice | null> {
    const readings = await Promise.all(this.byMessage.get(messageId) ?? []);
    for (const r of readings) if (r.status === 'read' && r.facts.kind !== 'other') return r.facts;
    return null;
  }
}
