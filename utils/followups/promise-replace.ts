/**
 * A new promise to pay replaces the old one: the follow-up scheduled for the day after the
 * earlier promised date is cancelled (the new promise schedules its own). Identified by its
 * time, which `dayAfterPromise` fixes, so no schema change is needed.
 */
import type { FirmlyDB } from '@/utils/db/database';
import type { EventRecord } from '@/utils/db/records';
import { dayAfterPromise } from './plan';
import { cancelFollowup, pendingFollowups } from './repository';

export async function cancelEarlierPromiseFollowups(
  db: FirmlyDB,
  promise: EventRecord,
  timezoneOffsetMinutes = new Date().getTimezoneOffset(),
): Promise<string[]> {
  const earlier = await db.events
    .where('[clientId+at]')
    .between([promise.clientId, ''], [promise.clientId, '\uffff'])
    .filter((e) => e.data.type === 'promise_to_pay' && e.id !== promise.id)
    .toArray();
  const times = new Set(
    earlier.map((e) =>
      e.data.type === 'promise_to_pay'
        ? dayAfterPromise(e.data.promisedDate, timezoneOffsetMinutes)
        : '',
    ),
  );
  const own =
    promise.data.type === 'promise_to_pay'
      ? dayAfterPromise(promise.data.promisedDate, timezoneOffsetMinutes)
      : '';
  const stale = (await pendingFollowups(db, promise.clientId)).filter(
    (f) => times.has(f.dueAt) && f.dueAt !== own,
  );
  for (const f of stale) await cancelFollowup(db, f.id);
  return stale.map((f) => f.id);
}
