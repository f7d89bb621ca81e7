/** All request handlers of the background, assembled from each area. */
import type { FirmlyDB } from '@/utils/db/database';
import { ledgerHandlers } from './ledger-handlers';
import { followupHandlers } from './followup-handlers';
import { panelHandlers } from './panel-handlers';
import { sitesHandlers } from './sites-handlers';
import { popupHandlers } from './popup-handlers';
import { dataHandlers } from './data-handlers';
import { trustHandlers } from './trust-handlers';
import { attachmentHandlers } from './attachment-handlers';
import { AttachmentReader, readPdfFacts, type PdfTextReader } from '@/utils/pdf/read-attachment';
import { PdfReadError } from '@/utils/pdf/errors';
import { noHooks, type LedgerHooks } from './hooks';
import type { Handlers } from './router';
import {
  forgettingAfterWrites,
  storageFirstPageCache,
  type FirstPageCache,
} from './first-page-cache';

export interface Services {
  hooks: LedgerHooks;
  /** Re-syncs follow-up alarms and the badge. */
  refreshFollowups: () => Promise<void>;
  /**
   * A PDF's text (pdfText's contract). The extension runs it in the PDF worker (pdf-runner.ts);
   * Node tests pass `pdfText` itself. Without one, every PDF is answered as unreadable.
   */
  readPdfText?: PdfTextReader;
  /** The popup's first-page snapshot (storage.session unless a test passes its own). */
  firstPageCache?: FirstPageCache;
}

const noPdfReader: PdfTextReader = () => Promise.reject(new PdfReadError('malformed'));
const noServices: Services = { hooks: noHooks, refreshFollowups: async () => {} };

export function createHandlers(db: FirmlyDB, services: Services = noServices): Handlers {
  const ledger = ledgerHandlers(db, services.hooks);
  const followups = followupHandlers(db, services.refreshFollowups);
  // One read-once cache of PDF attachments, shared by the attachment and thread handlers.
  const readText = services.readPdfText ?? noPdfReader;
  const pdfs = new AttachmentReader((bytes, subject) => readPdfFacts(readText, bytes, subject));
  const firstPage = services.firstPageCache ?? storageFirstPageCache;
  const handlers: Handlers = {
    ...ledger,
    ...followups,
    ...panelHandlers(
      db,
      {
        'ui-bg:recordEvent': ledger['ui-bg:recordEvent'],
        'ui-bg:setFollowup': followups['ui-bg:setFollowup'],
      },
      services.hooks,
      pdfs,
    ),
    ...trustHandlers(db, services.hooks),
    ...sitesHandlers(db),
    ...popupHandlers(db, services.hooks, firstPage),
    ...dataHandlers(db, { afterChange: services.refreshFollowups }),
    ...attachmentHandlers(pdfs, readText),
  };
  return forgettingAfterWrites(handlers, firstPage);
}
