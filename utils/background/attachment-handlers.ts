/** Handlers that read PDF invoices: webmail attachments and PDFs picked in the popup. */
import { detectInvoice } from '@/utils/detect';
import { base64ToBytes } from '@/utils/pdf/base64';
import { mergeFacts } from '@/utils/pdf/merge';
import { pdfNote } from '@/utils/pdf/note';
import { backgroundUiLanguage } from './ui-language';
import {
  readPdfFacts,
  type AttachmentReader,
  type PdfReading,
  type PdfTextReader,
} from '@/utils/pdf/read-attachment';
import type { PdfFactsReply } from '@/utils/protocol/attachments';
import type { Handlers } from './router';

type Names = 'cs-bg:readAttachment' | 'ui-bg:readPdf';

function unreadable(r: Extract<PdfReading, { status: 'unreadable' }>, cached: boolean) {
  return { status: 'unreadable', problem: r.problem, message: r.message, cached } as const;
}

export function attachmentHandlers(
  reader: AttachmentReader,
  readText: PdfTextReader,
): Pick<Handlers, Names> {
  return {
    'cs-bg:readAttachment': async (req): Promise<PdfFactsReply> => {
      const { reading, cached } = reader.reading(
        req.messageId,
        req.attachmentId,
        () => base64ToBytes(req.bytesBase64),
        req.subject,
      );
      const r = await reading;
      if (r.status === 'unreadable') return unreadable(r, cached);
      const body = detectInvoice({ subject: req.subject, text: req.bodyText });
      const { facts, overrides } = mergeFacts(body, r.facts);
      // A quote or price list is not worth a line in the panel.
      const note =
        r.facts.kind === 'other'
          ? undefined
          : pdfNote(facts, overrides, await backgroundUiLanguage());
      return { status: 'read', facts, overrides, cached, ...(note && { note }) };
    },
    'ui-bg:readPdf': async (req): Promise<PdfFactsReply> => {
      const bytes = base64ToBytes(req.bytesBase64);
      const r = bytes
        ? await readPdfFacts(readText, bytes, req.name.replace(/\.pdf$/i, ''))
        : await readPdfFacts(readText, new Uint8Array(0));
      if (r.status === 'unreadable') return unreadable(r, false);
      return { status: 'read', facts: r.facts, overrides: [], cached: false };
    },
  };
}
