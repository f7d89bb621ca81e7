/** All request handlers of the background, assembled from each area. */
import type { FirmlyDB } from '@/utils/db/database';
import { ledgerHandlers } from './ledger-handlers';
import type { Handlers } from './router';

export function createHandlers(db: FirmlyDB): Handlers {
  return { ...ledgerHandlers(db) };
}
