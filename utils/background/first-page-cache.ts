/**
 * Keeps the popup's first-page snapshot (utils/popup/first-page-snapshot.ts) in
 * `storage.session`: written when the background answers the first page, removed when the
 * ledger may have changed (after any request but the read-only ones), so a snapshot is only ever what the background last answered for unchanged
 * data. Failures are ignored: the snapshot is a cache, the popup asks the background regardless.
 */
import { browser } from '#imports';
import type { ClientPage } from '@/utils/ledger/client-page';
import { FIRST_PAGE_KEY, firstPageSnapshot } from '@/utils/popup/first-page-snapshot';
import type { Handlers, SenderInfo } from './router';
import type { MessageName } from '@/utils/protocol';

export interface FirstPageCache {
  save(today: string, limit: number, page: ClientPage): void;
  forget(): Promise<void>;
}

export const storageFirstPageCache: FirstPageCache = {
  save(today, limit, page) {
    void browser.storage.session
      .set({ [FIRST_PAGE_KEY]: firstPageSnapshot(today, limit, page) })
      .catch(() => undefined);
  },
  async forget() {
    await browser.storage.session.remove(FIRST_PAGE_KEY).catch(() => undefined);
  },
};

export const noFirstPageCache: FirstPageCache = { save: () => {}, forget: async () => {} };

/** Requests that never change the ledger; every other one forgets the snapshot once it ran. */
const READ_ONLY = new Set<MessageName>([
  'ui-bg:clientPage',
  'ui-bg:search',
  'ui-bg:suggest',
  'ui-bg:getClient',
  'ui-bg:listClients',
  'ui-bg:listFollowups',
  'ui-bg:listPending',
  'ui-bg:exportData',
  'ui-bg:exportMeta',
  'ui-bg:readPdf',
  'cs-bg:readAttachment',
  'cs-bg:classifyReply',
  'cs-bg:threadContext',
  'cs-bg:invoiceStatus',
]);

/** `handlers` where each request that may write forgets the snapshot after it is answered. */
export function forgettingAfterWrites(handlers: Handlers, cache: FirstPageCache): Handlers {
  const out: Record<string, unknown> = { ...handlers };
  for (const name of Object.keys(handlers) as MessageName[]) {
    if (READ_ONLY.has(name)) continue;
    const handle = handlers[name] as (data: unknown, sender: SenderInfo) => Promise<unknown>;
    out[name] = async (data: unknown, sender: SenderInfo) => {
      try {
        return await handle(data, sender);
      } finally {
        await cache.forget();
      }
    };
  }
  return out as Handlers;
}
