import { describe, expect, it } from 'vitest';
import {
  badgeText,
  dayAfterPromise,
  dueCount,
  planReconcile,
  wasMissed,
} from '@/utils/followups/plan';
import type { FollowupRecord } from '@/utils/db/records';

const NOW = Date.parse('2026-11-23T12:00:00.000Z');
function f(id: string, dueAt: string, extra: Partial<FollowupRecord> = {}): FollowupRecord {
  return {
    id,
    clientId: 'c',
    invoiceId: null,
    dueAt,
    note: '',
    status: 'pending',
    createdAt: '2026-11-01T00:00:00.000Z',
    firedAt: null,
    ...extra,
  };
}

describe('planReconcile', () => {
  it('creates missing alarms, clears stale ones, keeps correct ones, and collects missed follow-ups', () => {
    const future = f('a', '2026-11-24T09:00:00.000Z');
    const moved = f('b', '2026-11-25T09:00:00.000Z');
    const missed = f('c', '2026-11-22T09:00:00.000Z');
    const missedButShown = f('d', '2026-11-22T09:00:00.000Z', {
      firedAt: '2026-11-22T09:00:01.000Z',
    });
    const plan = planReconcile(
      [future, moved, missed, missedButShown],
      [
        { name: 'followup:a', scheduledTime: Date.parse(future.dueAt) },
        { name: 'followup:b', scheduledTime: Date.parse('2026-11-24T00:00:00.000Z') },
        { name: 'followup:gone', scheduledTime: NOW + 1000 },
        { name: 'something-else', scheduledTime: NOW + 1000 },
      ],
      NOW,
    );
    expect(plan.create).toEqual([{ name: 'followup:b', when: Date.parse(moved.dueAt) }]);
    expect(plan.clear).toEqual(['followup:gone']);
    expect(plan.missed.map((m) => m.id)).toEqual(['c']);
  });

  it('ignores follow-ups that are no longer pending', () => {
    const plan = planReconcile(
      [f('a', '2026-11-24T09:00:00.000Z', { status: 'done' })],
      [{ name: 'followup:a', scheduledTime: 1 }],
      NOW,
    );
    expect(plan).toEqual({ create: [], clear: ['followup:a'], missed: [] });
  });
});

describe('badge and timing', () => {
  it('counts due pending follow-ups', () => {
    const rows = [
      f('a', '2026-11-23T11:00:00.000Z'),
      f('b', '2026-11-23T13:00:00.000Z'),
      f('c', '2026-11-20T00:00:00.000Z', { status: 'done' }),
    ];
    expect(dueCount(rows, NOW)).toBe(1);
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
  });

  it('tells a missed alarm from a punctual one', () => {
    expect(wasMissed(NOW - 5_000, NOW)).toBe(false);
    expect(wasMissed(NOW - 3_600_000, NOW)).toBe(true);
  });

  it('schedules the day after a promise at 09:00 local time', () => {
    expect(dayAfterPromise('2026-11-30', 0)).toBe('2026-12-01T09:00:00.000Z');
    // UTC+1 (offset -60): 09:00 local is 08:00 UTC.
    expect(dayAfterPromise('2026-12-31', -60)).toBe('2027-01-01T08:00:00.000Z');
  });
});
