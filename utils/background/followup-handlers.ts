/** Handlers for follow-up requests; every change re-syncs alarms and the badge. */
import type { FirmlyDB } from '@/utils/db/database';
import {
  cancelFollowup,
  completeFollowup,
  moveFollowup,
  pendingFollowups,
  setFollowup,
  snoozeFollowup,
} from '@/utils/followups/repository';
import type { Handlers } from './router';

type Names =
  | 'ui-bg:setFollowup'
  | 'ui-bg:listFollowups'
  | 'ui-bg:completeFollowup'
  | 'ui-bg:snoozeFollowup'
  | 'ui-bg:cancelFollowup'
  | 'ui-bg:moveFollowup';

export function followupHandlers(
  db: FirmlyDB,
  refresh: () => Promise<void>,
): Pick<Handlers, Names> {
  const thenRefresh = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await refresh();
    return result;
  };
  return {
    'ui-bg:setFollowup': async (input) => thenRefresh(setFollowup(db, input, new Date())),
    'ui-bg:listFollowups': async ({ clientId }) => pendingFollowups(db, clientId),
    'ui-bg:completeFollowup': async ({ id }) => thenRefresh(completeFollowup(db, id, new Date())),
    'ui-bg:snoozeFollowup': async ({ id, minutes }) =>
      thenRefresh(snoozeFollowup(db, id, new Date(), minutes)),
    'ui-bg:cancelFollowup': async ({ id }) => thenRefresh(cancelFollowup(db, id)),
    'ui-bg:moveFollowup': async ({ id, dueAt }) =>
      thenRefresh(moveFollowup(db, id, dueAt, new Date())),
  };
}
