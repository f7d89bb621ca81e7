/**
 * The user's corrections of reply reasons (the `replyCorrections` store): kept when the user sets
 * a reply's reason by hand, read back so the classifier leans towards what the user chose for
 * the same client or the same wording. Only hashed features are stored, never the text.
 */
import { replyFeatures } from '@/utils/advisor/classify';
import type { CorrectionMemory } from '@/utils/advisor/model/corrections';
import type { FirmlyDB } from '@/utils/db/database';
import type { RefusalReason } from '@/utils/advisor/reasons';
import { replyCorrectionRecord } from '@/utils/db/records';

/** Only the most recent corrections are kept (older ones are the least telling). */
export const MAX_CORRECTIONS = 500;

/** Keeps the reason the user chose for `text` (a reply of `clientId`). */
export async function rememberCorrection(
  db: FirmlyDB,
  input: { clientId: string | null; text: string; reason: RefusalReason; at: string },
): Promise<void> {
  if (input.reason === 'unknown' || input.text.trim() === '') return;
  const record = replyCorrectionRecord.parse({
    id: crypto.randomUUID(),
    clientId: input.clientId,
    features: replyFeatures(input.text, new Date(input.at)),
    reason: input.reason,
    at: input.at,
  });
  await db.transaction('rw', db.replyCorrections, async () => {
    await db.replyCorrections.add(record);
    const count = await db.replyCorrections.count();
    if (count > MAX_CORRECTIONS) {
      const oldest = await db.replyCorrections
        .orderBy('at')
        .limit(count - MAX_CORRECTIONS)
        .primaryKeys();
      await db.replyCorrections.bulkDelete(oldest);
    }
  });
}

/** A reason the user confirmed for a client: kept against the client's latest reply, if any. */
export async function rememberConfirmedReason(
  db: FirmlyDB,
  clientId: string,
  reason: RefusalReason,
  at: string,
): Promise<void> {
  const replies = await db.events
    .where('[clientId+at]')
    .between([clientId, ''], [clientId, '\uffff'])
    .filter((e) => e.data.type === 'reply_received')
    .toArray();
  const latest = replies.at(-1);
  if (latest?.data.type !== 'reply_received') return;
  await rememberCorrection(db, { clientId, text: latest.data.excerpt, reason, at });
}

/** Every kept correction, for classifying a reply (from `clientId` when known). */
export async function correctionMemory(
  db: FirmlyDB,
  clientId: string | null,
): Promise<CorrectionMemory> {
  return { clientId, corrections: await db.replyCorrections.toArray() };
}
