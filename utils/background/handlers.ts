/** All request handlers of the background, assembled from each area. */
import type { FirmlyDB } from '@/utils/db/database';
import { ledgerHandlers } from './ledger-handlers';
import { followupHandlers } from './followup-handlers';
import { noHooks, type LedgerHooks } from './hooks';
import type { Handlers } from './router';

export interface Services {
  hooks: LedgerHooks;
  /** Re-syncs follow-up alarms and the badge. */
  refreshFollowups: () => Promise<void>;
}

const noServices: Services = { hooks: noHooks, refreshFollowups: async () => {} };

export function createHandlers(db: FirmlyDB, services: Services = noServices): Handlers {
  return {
    ...ledgerHandlers(db, services.hooks),
    ...followupHandlers(db, services.refreshFollowups),
  };
}
