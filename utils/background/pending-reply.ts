/**
 * The latest client reply of a webmail thread, recorded as an *unconfirmed* reply so the advisor
 * follows the classifier's reading (marked unconfirmed) until the user confirms a reason. Only
 * for a client already in the debt log: a stranger's e-mail never creates a client.
 */
import type { FirmlyDB } from '@/utils/db/database';
import { classifyReply } from '@/utils/advisor';
import type { Observation } from '@/utils/ledger/observation';
import type { ThreadObservations } from '@/utils/ledger/from-thread';
import { isOutlookUrl } from '@/utils/webmail/outlook/origins';

/** Longest text the classifier reads and the longest excerpt stored (as the panel does). */
const CLASSIFY_CHARS = 20_000;
const EXCERPT_CHARS = 2000;

/** The observation for the thread's latest reply, or null when there is nothing to assess. */
export async function pendingReplyObservation(
  db: FirmlyDB,
  replies: ThreadObservations['replies'],
  pageUrl: string,
): Promise<Observation | null> {
  const latest = replies.at(-1);
  if (!latest) return null;
  const email = latest.from.email.toLowerCase();
  const client = await db.clients.where('emails').equals(email).first();
  if (!client || client.ignored) return null;
  // A reply that is not about paying (a meeting, a thank-you) needs no assessment.
  if (classifyReply(latest.text.slice(0, CLASSIFY_CHARS)).reason === 'unknown') return null;
  // The same key the panel's Confirm uses (`<webmail>:<message id>`), so it completes this one.
  const webmail = isOutlookUrl(pageUrl) ? 'outlook' : 'gmail';
  return {
    kind: 'reply',
    key: `${webmail}:${latest.messageId}`,
    at: latest.at,
    counterparty: { email, name: latest.from.name },
    source: { kind: webmail, url: pageUrl, messageId: latest.messageId },
    sender: email,
    excerpt: latest.text.slice(0, EXCERPT_CHARS),
    reason: null,
  };
}
