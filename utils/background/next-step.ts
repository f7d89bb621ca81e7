/** The advisor's next step, shortened for a follow-up notification. */
import type { FirmlyDB } from '@/utils/db/database';
import { renderRationale } from '@/utils/advisor/rationale';
import type { NextStep } from '@/utils/followups/notice';
import { buildComposeUrl } from '@/utils/webmail/gmail/compose';
import type { UiLanguage } from '@/utils/i18n';
import { suggestForClient } from './suggest';
import { backgroundUiLanguage } from './ui-language';

/** The headline is the rationale in `uiLanguage` (by default the user's stored UI language). */
export async function nextStepForNotification(
  db: FirmlyDB,
  clientId: string,
  now: Date,
  uiLanguage?: UiLanguage,
): Promise<NextStep | null> {
  const [s, client, lang] = await Promise.all([
    suggestForClient(db, clientId, now),
    db.clients.get(clientId),
    uiLanguage ?? backgroundUiLanguage(),
  ]);
  if (!s || !client || (s as { nothingDue?: boolean }).nothingDue) return null;
  const to = client.emails[0];
  return {
    headline: renderRationale(s.rationaleParts, lang),
    draftUrl:
      s.channel === 'email' && to
        ? buildComposeUrl({ to, subject: s.subject, body: s.body })
        : null,
  };
}
