/** Requests about follow-ups ("remind me to chase ACME on Thursday"). */
import { z } from 'zod';
import type { FollowupRecord } from '@/utils/db/records';

const id = z.string().min(1, 'follow-up id is required');

export const followupRequests = {
  'ui-bg:setFollowup': z.object({
    clientId: z.string().min(1),
    invoiceId: z.string().nullable(),
    dueAt: z.iso.datetime({ offset: true, message: 'dueAt must be an ISO date-time' }),
    note: z.string().max(1000).default(''),
  }),
  'ui-bg:listFollowups': z.object({ clientId: z.string().min(1).optional() }),
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
} as const;

export interface FollowupResponses {
  'ui-bg:setFollowup': FollowupRecord;
  'ui-bg:listFollowups': FollowupRecord[];
  'ui-bg:completeFollowup': FollowupRecord;
  'ui-bg:snoozeFollowup': FollowupRecord;
  'ui-bg:cancelFollowup': FollowupRecord;
}
