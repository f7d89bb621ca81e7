/**
 * Requests about the trust model's pending suggestions (docs/trust-model.md): the popup lists
 * what waits for the user, who confirms (optionally "always trust" the sender or issuer) or
 * dismisses each one.
 */
import { z } from 'zod';
import type { ObservationResult } from '@/utils/ledger/apply-observation';
import type { PendingRecord } from '@/utils/trust/pending-record';

const key = z.string().min(1, 'key is required').max(400);

export const trustRequests = {
  'ui-bg:listPending': z.object({ limit: z.number().int().min(1).max(200).default(50) }),
  /** `remember`: also approve the sender or issuer, so its next ones are recorded at once. */
  'ui-bg:confirmPending': z.object({ key, remember: z.boolean().default(false) }),
  'ui-bg:dismissPending': z.object({ key }),
} as const;

export interface TrustResponses {
  'ui-bg:listPending': PendingRecord[];
  'ui-bg:confirmPending': ObservationResult;
  'ui-bg:dismissPending': { dismissed: true };
}
