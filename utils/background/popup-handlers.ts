/** Handlers for the popup's requests: paged list, search, suggestion, invoice correction. */
import type { FirmlyDB } from '@/utils/db/database';
import { clientPage } from '@/utils/ledger/client-page';
import { searchClients } from '@/utils/ledger/client-search';
import { InvoiceEditError, updateInvoice } from '@/utils/ledger/invoice-edit';
import { popupSuggestion } from './suggest';
import { todayIso } from './ledger-handlers';
import { noHooks, type LedgerHooks } from './hooks';
import type { Handlers } from './router';
import { noFirstPageCache, type FirstPageCache } from './first-page-cache';

type PopupHandlerNames =
  'ui-bg:clientPage' | 'ui-bg:search' | 'ui-bg:suggest' | 'ui-bg:updateInvoice';

export function popupHandlers(
  db: FirmlyDB,
  hooks: LedgerHooks = noHooks,
  firstPage: FirstPageCache = noFirstPageCache,
): Pick<Handlers, PopupHandlerNames> {
  return {
    'ui-bg:clientPage': async ({ today, offset, limit }) => {
      const day = today ?? todayIso();
      const page = await clientPage(db, day, offset, limit);
      // The popup's next open paints this at once (then asks again).
      if (offset === 0 && today) firstPage.save(day, limit, page);
      return page;
    },
    'ui-bg:search': async ({ query, today, limit }) =>
      searchClients(db, query, today ?? todayIso(), limit),
    'ui-bg:suggest': async ({ clientId, language }) =>
      popupSuggestion(db, clientId, new Date(), language),
    'ui-bg:updateInvoice': async ({ invoiceId, patch }) => {
      try {
        const invoice = await updateInvoice(db, invoiceId, patch);
        await hooks.afterChange(invoice.clientId, []);
        return { invoice };
      } catch (e) {
        if (e instanceof InvoiceEditError) return { error: e.code };
        throw e;
      }
    },
  };
}
