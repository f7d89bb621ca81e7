/**
 * Voided entries of the append-only debt log. An `event_voided` event cancels the event it names;
 * a void can itself be voided (Undo of a Delete), which restores the entry. Balances, advice and
 * history read only the effective events; the timeline shows voided ones struck through.
 */
import type { EventRecord } from '@/utils/db/records';

export type VoidEvent = EventRecord & {
  data: Extract<EventRecord['data'], { type: 'event_voided' }>;
};

export const isVoidEvent = (e: EventRecord): e is VoidEvent => e.data.type === 'event_voided';

/**
 * The effective void of each cancelled event, by the cancelled event's id. A void counts unless
 * it is itself voided; chains (void, restore, void again) resolve newest-first by recording time.
 */
export function effectiveVoids(events: readonly EventRecord[]): Map<string, VoidEvent> {
  const voidsOf = new Map<string, VoidEvent[]>();
  for (const e of events) {
    if (!isVoidEvent(e)) continue;
    const list = voidsOf.get(e.data.eventId) ?? [];
    list.push(e);
    voidsOf.set(e.data.eventId, list);
  }
  const memo = new Map<string, VoidEvent | null>();
  const activeVoid = (id: string, depth: number): VoidEvent | null => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // A chain longer than the log is a cycle in hostile data: treat the entry as standing.
    if (depth > events.length) return null;
    const candidates = (voidsOf.get(id) ?? [])
      .slice()
      .sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));
    const found = candidates.find((v) => activeVoid(v.id, depth + 1) === null) ?? null;
    memo.set(id, found);
    return found;
  };
  const result = new Map<string, VoidEvent>();
  for (const id of voidsOf.keys()) {
    const v = activeVoid(id, 0);
    if (v) result.set(id, v);
  }
  return result;
}

/** The events that count: no voids, nothing voided. Order is kept. */
export function effectiveEvents<E extends EventRecord>(events: readonly E[]): E[] {
  const voided = effectiveVoids(events);
  return events.filter((e) => !isVoidEvent(e) && !voided.has(e.id));
}

/** A voided entry as the timeline shows it: the event, and the void that cancelled it. */
export interface VoidedEntry {
  event: EventRecord;
  voidedBy: VoidEvent;
}

/** The voided (non-void) entries, in the given order. */
export function voidedEntries(events: readonly EventRecord[]): VoidedEntry[] {
  const voided = effectiveVoids(events);
  return events.flatMap((e) => {
    const v = !isVoidEvent(e) ? voided.get(e.id) : undefined;
    return v ? [{ event: e, voidedBy: v }] : [];
  });
}
