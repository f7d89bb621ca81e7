/**
 * The advisor's next step for one client, from the database: the client's invoices (by index),
 * its most recent events (bounded, by the [clientId+at] index) and the advisor settings. Used by
 * the popup (`ui-bg:suggest`) and by follow-up notifications.
 */
import type { FirmlyDB } from '@/utils/db/database';
import { suggestNextStep, type Suggestion } from '@/utils/advisor';
import type { MessageLanguage } from '@/utils/templates/catalog';
import { advisorSettings } from '@/utils/settings/advisor';
import type { PopupSuggestion } from '@/utils/protocol/popup';
import { effectiveEvents } from '@/utils/ledger/voids';

/** Events the advisor reads, newest first: enough for any escalation history. */
export const SUGGEST_EVENT_LIMIT = 500;

/** The suggestion for `clientId` as of `now`, in `language` when given; null for no such client. */
export async function suggestForClient(
  db: FirmlyDB,
  clientId: string,
  now: Date,
  language?: MessageLanguage,
): Promise<Suggestion | null> {
  const client = await db.clients.get(clientId);
  if (!client) return null;
  const [invoices, newestFirst, settings] = await Promise.all([
    db.invoices.where('clientId').equals(clientId).toArray(),
    db.events
      .where('[clientId+at]')
      .between([clientId, ''], [clientId, '\uffff'])
      .reverse()
      .limit(SUGGEST_EVENT_LIMIT)
      .toArray(),
    advisorSettings.get(),
  ]);
  const state = {
    client: {
      name: client.name,
      language: language ?? client.language,
      emails: client.emails,
      contact: client.contact ?? null,
    },
    invoices,
    // Deleted (voided) entries change no advice.
    events: effectiveEvents(newestFirst).reverse(),
  };
  return suggestNextStep(state, now, settings);
}

/** The suggestion as the popup shows it, or null when there is nothing to suggest. */
export async function popupSuggestion(
  db: FirmlyDB,
  clientId: string,
  now: Date,
  language?: MessageLanguage,
): Promise<PopupSuggestion | null> {
  const s = await suggestForClient(db, clientId, now, language);
  return s ? toPopupSuggestion(s, (await db.clients.get(clientId))?.emails ?? []) : null;
}

/** Plain data for the popup from the advisor's suggestion; null when nothing is owed. */
export function toPopupSuggestion(s: Suggestion, to: string[]): PopupSuggestion | null {
  if (s.nothingDue) return null;
  const reply = s.pendingReply;
  return {
    action: s.action,
    stage: s.stage,
    reason: s.reason,
    reasonConfirmed: s.reasonSource !== 'classified',
    channel: s.channel,
    templateId: s.templateId,
    language: s.language,
    subject: s.subject,
    body: s.body,
    rationale: s.rationale,
    rationaleParts: s.rationaleParts,
    followUpAt: s.followUpAt,
    sendAfter: s.sendAfter,
    pendingReply: reply
      ? {
          at: reply.at,
          excerpt: reply.excerpt,
          reason: reply.classification.reason,
          evidence: reply.classification.evidence,
        }
      : null,
    to,
  };
}
