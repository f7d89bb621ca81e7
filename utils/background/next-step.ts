/** The advisor's next step, shortened for a follow-up notification. */
import type { FirmlyDB } from '@/utils/db/database';
import type { NextStep } from '@/utils/followups/notice';
import { buildComposeUrl } from '@/utils/gmail/compose';
import { suggestForClient } from './suggest';

export async function nextStepForNotification(
  db: FirmlyDB,
  clientId: string,
  now: Date,
): Promise<NextStep | null> {
  const [s, client] = await Promise.all([
    suggestForClient(db, clientId, now),
    db.clients.get(clientId),
  ]);
  if (!s || !client || (s as { nothingDue?: boolean }).nothingDue) return null;
  const to = client.emails[0];
  return {
    headline: s.rationale,
    draftUrl:
      s.channel === 'email' && to
        ? buildComposeUrl({ to, subject: s.subject, body: s.body })
        : null,
  };
}
