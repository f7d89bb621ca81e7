/** Follow-ups can be moved to another moment (issue 14, item 5), never into the past. */
import { describe, expect, it } from 'vitest';
import { createClient } from '@/utils/db/repository';
import { moveFollowup, setFollowup } from '@/utils/followups/repository';
import { requestSchemas } from '@/utils/protocol';
import { freshDb } from '../helpers';

const now = new Date('2026-11-01T09:00:00Z');

async function withFollowup() {
  const db = freshDb();
  const client = await createClient(db, { name: 'ACME', emails: [] });
  const f = await setFollowup(
    db,
    { clientId: client.id, invoiceId: null, dueAt: '2026-11-03T09:00:00.000Z', note: 'call' },
    now,
  );
  return { db, f };
}

describe('moving a follow-up', () => {
  it('moves it and clears "already notified", so it notifies again at the new time', async () => {
    const { db, f } = await withFollowup();
    await db.followups.update(f.id, { firedAt: '2026-11-03T09:00:00.000Z' });
    const moved = await moveFollowup(db, f.id, '2026-11-20T14:30:00.000Z', now);
    expect(moved).toMatchObject({ dueAt: '2026-11-20T14:30:00.000Z', firedAt: null });
    expect((await db.followups.get(f.id))!.dueAt).toBe('2026-11-20T14:30:00.000Z');
  });

  it('refuses the past and a follow-up that is no longer pending, changing nothing', async () => {
    const { db, f } = await withFollowup();
    await expect(moveFollowup(db, f.id, '2026-10-01T09:00:00.000Z', now)).rejects.toThrow(/future/);
    await db.followups.update(f.id, { status: 'done' });
    await expect(moveFollowup(db, f.id, '2026-11-20T09:00:00.000Z', now)).rejects.toThrow(
      /already done/,
    );
    expect((await db.followups.get(f.id))!.dueAt).toBe('2026-11-03T09:00:00.000Z');
  });

  it('validates the request', () => {
    const schema = requestSchemas['ui-bg:moveFollowup'];
    expect(schema.safeParse({ id: 'f', dueAt: '2026-11-20T09:00:00.000Z' }).success).toBe(true);
    expect(schema.safeParse({ id: 'f', dueAt: 'next week' }).success).toBe(false);
    expect(schema.safeParse({ dueAt: '2026-11-20T09:00:00.000Z' }).success).toBe(false);
  });
});
