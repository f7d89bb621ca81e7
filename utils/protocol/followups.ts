/** Requests about follow-ups ("remind me to chase ACME on Thursday"). */
import { z } from 'zod';
import { isoDateTime, recordId, type FollowupRecord } from '@/utils/db/records';

const id = recordId;

export const followupRequests = {
  'ui-bg:setFollowup': z.object({
    clientId: recordId,
    invoiceId: recordId.nullable(),
    dueAt: isoDateTime,
    note: z.string().max(1000).default(''),
  }),
  'ui-bg:listFollowups': z.object({ clientId: recordId.optional() }),
  'ui-bg:completeFollowup': z.object({ id }),
  'ui-bg:snoozeFollowup': z.object({
    id,
    minutes: z
      .number()
      .int()
      .positive()
      .max(60 * 24 * 365)
      .optional(),
  }),
  'ui-bg:cancelFollowup': z.object({ id }),
  /** Moves a pending follow-up to another (future) moment. */
  'ui-bg:moveFollowup': z.object({ id, dueAt: isoDateTime }),
} as const;

export interface FollowupResponses {
  'ui-bg:setFollowup': FollowupRecord;
  'ui-bg:listFollowups': FollowupRecord[];
  'ui-bg:completeFollowup': FollowupRecord;
  'ui-bg:snoozeFollowup': FollowupRecord;
  'ui-bg:cancelFollowup': FollowupRecord;
  'ui-bg:moveFollowup': FollowupRecord;
}
