/**
 * What other background services want to know after the ledger changes (follow-ups cancel on a
 * cleared balance, a promise schedules a follow-up). Keeps the repository free of browser APIs.
 */
import type { EventRecord } from '@/utils/db/records';

export interface LedgerHooks {
  /** After events were appended for a client (empty list: something changed, e.g. observations). */
  afterChange(clientId: string, appended: EventRecord[]): Promise<void>;
  /** After a client and its data were deleted. */
  afterDelete(clientId: string): Promise<void>;
}

export const noHooks: LedgerHooks = {
  afterChange: async () => {},
  afterDelete: async () => {},
};
