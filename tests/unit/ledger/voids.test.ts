/** Which entries of the log count, given voids, restores and voids again (pure). */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '@/utils/db/records';
import { effectiveEvents, effectiveVoids, voidedEntries } from '@/utils/ledger/voids';
import { allocate, applyChange } from '@/utils/ledger/replay';

const MANUAL = { kind: 'manual', url: null, messageId: null } as const;
let clock = 0;
const stamp = () => new Date(Date.UTC(2026, 10, 1, 0, 0, clock++)).toISOString();

function ev(id: string, data: EventRecord['data']): EventRecord {
  const at = stamp();
  return {
    id,
    clientId: 'c',
    invoiceId: null,
    type: data.type,
    at,
    data,
    source: MANUAL,
    idempotencyKey: id,
    recordedAt: at,
  };
}
const note = (id: string) => ev(id, { type: 'note', text: id });
const voids = (id: string, target: string) =>
  ev(id, { type: 'event_voided', eventId: target, voidedType: 'note', invoice: null });

describe('effective events', () => {
  it('a void cancels its entry; a void of that void restores it; a new void cancels it again', () => {
    const a = note('a');
    const b = note('b');
    expect(effectiveEvents([a, b, voids('v1', 'a')]).map((e) => e.id)).toEqual(['b']);
    expect(effectiveEvents([a, b, voids('v1', 'a'), voids('v2', 'v1')]).map((e) => e.id)).toEqual([
      'a',
      'b',
    ]);
    const log = [a, b, voids('v1', 'a'), voids('v2', 'v1'), voids('v3', 'a')];
    expect(effectiveEvents(log).map((e) => e.id)).toEqual(['b']);
    expect(effectiveVoids(log).get('a')?.id).toBe('v3');
    expect(voidedEntries(log).map((v) => [v.event.id, v.voidedBy.id])).toEqual([['a', 'v3']]);
  });

  it('survives hostile data: a void naming itself or a cycle does not hang', () => {
    const a = note('a');
    const self = voids('s', 's');
    const x = voids('x', 'y');
    const y = voids('y', 'x');
    expect(effectiveEvents([a, self, x, y]).map((e) => e.id)).toEqual(['a']);
  });
});

describe('payment allocation for voids', () => {
  const inv = (id: string, amountMinor: number, dueDate: string) => ({
    id,
    clientId: 'c',
    number: id,
    amountMinor,
    paidMinor: 0,
    currency: 'EUR',
    issueDate: null,
    dueDate,
    status: 'open' as const,
    source: MANUAL,
    createdAt: '2026-10-01T00:00:00.000Z',
  });
  const payment = (id: string, amountMinor: number, invoiceId: string | null) =>
    ev(id, { type: 'payment_received', invoiceId, amountMinor, currency: 'EUR', reference: null });

  it('pays the oldest open invoice first and keeps the rest as credit', () => {
    const a = allocate(
      [inv('late', 100, '2026-12-01'), inv('old', 50, '2026-10-01')],
      [payment('p', 200, null)],
    );
    expect(Object.fromEntries(a.paid)).toEqual({ late: 100, old: 50 });
    expect(a.credits).toEqual({ EUR: 50 });
  });

  it('moves stored rows by the difference only, keeping what the log does not explain', () => {
    // 30 paid before the log knew of payments (a version-1 row); one payment of 20 is voided.
    const row = { ...inv('i', 100, '2026-10-01'), paidMinor: 50, status: 'partly_paid' as const };
    const p = payment('p', 20, 'i');
    const { invoices, credits } = applyChange({
      invoicesBefore: [row],
      invoicesAfter: [row],
      eventsBefore: [p],
      eventsAfter: [],
      credits: {},
    });
    expect(invoices[0]).toMatchObject({ paidMinor: 30, status: 'partly_paid' });
    expect(credits).toEqual({});
  });
});
