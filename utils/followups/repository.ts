/** Follow-up rows and their debt-log events, written in one transaction. */
import type { FirmlyDB } from '@/utils/db/database';
import { followupRecord, type FollowupRecord } from '@/utils/db/records';
import { appendEvent } from '@/utils/db/repository';

export interface NewFollowup {
  clientId: string;
  invoiceId: string | null;
  dueAt: string;
  note: string;
}

const MANUAL = { kind: 'manual', url: null, messageId: null } as const;

/** Creates a pending follow-up. Refuses a time that is invalid or not in the future. */
export async function setFollowup(
  db: FirmlyDB,
  input: NewFollowup,
  now: Date,
): Promise<FollowupRecord> {
  const due = Date.parse(input.dueAt);
  if (Number.isNaN(due)) throw new Error(`Follow-up time "${input.dueAt}" is not a valid date`);
  if (due <= now.getTime()) throw new Error('A follow-up must be in the future');
  return db.transaction(
    'rw',
    [db.followups, db.events, db.invoices, db.summaries, db.clients],
    async () => {
      if (!(await db.clients.get(input.clientId))) throw new Error(`No client ${input.clientId}`);
      const record = followupRecord.parse({
        id: crypto.randomUUID(),
        clientId: input.clientId,
        invoiceId: input.invoiceId,
        dueAt: new Date(due).toISOString(),
        note: input.note,
        status: 'pending',
        createdAt: now.toISOString(),
        firedAt: null,
      });
      await db.followups.add(record);
      await appendEvent(db, {
        clientId: record.clientId,
        invoiceId: record.invoiceId,
        at: record.createdAt,
        data: { type: 'followup_set', followupId: record.id, dueAt: record.dueAt },
        source: MANUAL,
        idempotencyKey: `followup_set:${record.id}`,
      });
      return record;
    },
  );
}

async function getPending(db: FirmlyDB, id: string): Promise<FollowupRecord> {
  const f = await db.followups.get(id);
  if (!f) throw new Error(`No follow-up ${id}`);
  if (f.status !== 'pending') throw new Error(`Follow-up ${id} is already ${f.status}`);
  return f;
}

/** Marks a follow-up handled and logs it. */
export async function completeFollowup(
  db: FirmlyDB,
  id: string,
  now: Date,
): Promise<FollowupRecord> {
  return db.transaction(
    'rw',
    [db.followups, db.events, db.invoices, db.summaries, db.clients],
    async () => {
      const f = await getPending(db, id);
      const done = { ...f, status: 'done' as const };
      await db.followups.put(done);
      await appendEvent(db, {
        clientId: f.clientId,
        invoiceId: f.invoiceId,
        at: now.toISOString(),
        data: { type: 'followup_done', followupId: f.id },
        source: MANUAL,
        idempotencyKey: `followup_done:${f.id}`,
      });
      return done;
    },
  );
}

/** Moves a follow-up later (default one day from now); it will notify again. */
export async function snoozeFollowup(
  db: FirmlyDB,
  id: string,
  now: Date,
  minutes = 24 * 60,
): Promise<FollowupRecord> {
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new Error('Snooze needs a positive number of minutes');
  return db.transaction('rw', db.followups, async () => {
    const f = await getPending(db, id);
    const next = {
      ...f,
      dueAt: new Date(now.getTime() + minutes * 60_000).toISOString(),
      firedAt: null,
    };
    await db.followups.put(next);
    return next;
  });
}

/** Moves a pending follow-up to `dueAt` (which must be in the future); it will notify then. */
export async function moveFollowup(
  db: FirmlyDB,
  id: string,
  dueAt: string,
  now: Date,
): Promise<FollowupRecord> {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) throw new Error(`Follow-up time "${dueAt}" is not a valid date`);
  if (due <= now.getTime()) throw new Error('A follow-up must be in the future');
  return db.transaction('rw', db.followups, async () => {
    const f = await getPending(db, id);
    const next = { ...f, dueAt: new Date(due).toISOString(), firedAt: null };
    await db.followups.put(followupRecord.parse(next));
    return next;
  });
}

export async function cancelFollowup(db: FirmlyDB, id: string): Promise<FollowupRecord> {
  return db.transaction('rw', db.followups, async () => {
    const f = await getPending(db, id);
    const next = { ...f, status: 'cancelled' as const };
    await db.followups.put(next);
    return next;
  });
}

/** Cancels every pending follow-up of a client (e.g. the balance was cleared). Returns their ids. */
export async function cancelPendingForClient(db: FirmlyDB, clientId: string): Promise<string[]> {
  return db.transaction('rw', db.followups, async () => {
    const pending = await db.followups
      .where('clientId')
      .equals(clientId)
      .filter((f) => f.status === 'pending')
      .toArray();
    await db.followups.bulkPut(pending.map((f) => ({ ...f, status: 'cancelled' as const })));
    return pending.map((f) => f.id);
  });
}

export async function markFired(db: FirmlyDB, ids: string[], now: Date): Promise<void> {
  await db.transaction('rw', db.followups, async () => {
    for (const id of ids) await db.followups.update(id, { firedAt: now.toISOString() });
  });
}

export async function pendingFollowups(db: FirmlyDB, clientId?: string): Promise<FollowupRecord[]> {
  const rows = clientId
    ? await db.followups.where('clientId').equals(clientId).toArray()
    : await db.followups.where('status').equals('pending').toArray();
  return rows.filter((f) => f.status === 'pending').sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}
