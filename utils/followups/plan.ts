/**
 * Pure follow-up logic: which alarms should exist, which follow-ups were missed, what the badge
 * says. The browser side (utils/background/followup-service.ts) only applies these plans.
 */
import type { FollowupRecord } from '@/utils/db/records';

export const ALARM_PREFIX = 'followup:';
export const alarmName = (followupId: string): string => `${ALARM_PREFIX}${followupId}`;
export const followupIdOf = (name: string): string | null =>
  name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : null;

export interface AlarmLike {
  name: string;
  scheduledTime: number;
}

export interface ReconcilePlan {
  /** Alarms to (re)create for pending follow-ups in the future. */
  create: { name: string; when: number }[];
  /** Follow-up alarms with no pending follow-up behind them (done, cancelled, deleted). */
  clear: string[];
  /** Pending follow-ups whose time passed without a notification (browser was closed). */
  missed: FollowupRecord[];
}

/** Compares the database with the browser's alarms. */
export function planReconcile(
  pending: FollowupRecord[],
  alarms: AlarmLike[],
  now: number,
): ReconcilePlan {
  const existing = new Map(
    alarms.filter((a) => a.name.startsWith(ALARM_PREFIX)).map((a) => [a.name, a]),
  );
  const plan: ReconcilePlan = { create: [], clear: [], missed: [] };
  const wanted = new Set<string>();
  for (const f of pending) {
    if (f.status !== 'pending') continue;
    const when = Date.parse(f.dueAt);
    if (when <= now) {
      if (!f.firedAt) plan.missed.push(f);
      continue;
    }
    const name = alarmName(f.id);
    wanted.add(name);
    if (existing.get(name)?.scheduledTime !== when) plan.create.push({ name, when });
  }
  for (const name of existing.keys()) if (!wanted.has(name)) plan.clear.push(name);
  return plan;
}

/** How many follow-ups are due now: what the toolbar badge shows. */
export function dueCount(pending: FollowupRecord[], now: number): number {
  return pending.filter((f) => f.status === 'pending' && Date.parse(f.dueAt) <= now).length;
}

export const badgeText = (count: number): string =>
  count <= 0 ? '' : count > 99 ? '99+' : String(count);

/** An alarm that fires this late was missed while the browser was closed or asleep. */
export const MISSED_AFTER_MS = 60_000;
export const wasMissed = (scheduledTime: number, now: number): boolean =>
  now - scheduledTime > MISSED_AFTER_MS;

/** The follow-up time for a promise: 09:00 local time on the day after the promised date. */
export function dayAfterPromise(promisedDate: string, timezoneOffsetMinutes: number): string {
  const [y, m, d] = promisedDate.split('-').map(Number) as [number, number, number];
  const utcNine = Date.UTC(y, m - 1, d + 1, 9, 0) + timezoneOffsetMinutes * 60_000;
  return new Date(utcNine).toISOString();
}
