/** What the Gmail panel shows about the client of a thread, as plain serialisable data. */
import { effectiveEvents } from './voids';
import type { FirmlyDB } from '@/utils/db/database';
import type { EventRecord, SummaryRecord } from '@/utils/db/records';
import { refusalReason, stage, type LanguageCode } from '@/utils/db/records';
import { emptySummary, overdueAsOf } from './summary';
import type { z } from 'zod';

export type RefusalReasonName = z.infer<typeof refusalReason>;

export interface PanelSuggestion {
  stage: z.infer<typeof stage>;
  templateId: string;
  channel: string;
  language: string;
  subject: string;
  body: string;
  /** Why this step, in the user's UI language (rendered by the background). */
  rationale: string;
  followUpAt: string | null;
  nothingDue: boolean;
  /** The reason the step answers (the classifier's reading until the user confirms one). */
  reason: RefusalReasonName;
  /** False while the reason is only the classifier's reading of a reply: shown as unconfirmed. */
  reasonConfirmed: boolean;
}

export interface ThreadContext {
  client: {
    id: string;
    name: string;
    emails: string[];
    language: LanguageCode | null;
    domain: string;
  };
  owed: { currency: string; amountMinor: number }[];
  overdue: { currency: string; amountMinor: number }[];
  daysOverdue: number;
  /** The open invoices, oldest due first (for "Record payment"). */
  open: SummaryRecord['open'];
  lastStep: { type: EventRecord['type']; at: string } | null;
  lastReason: RefusalReasonName | null;
  suggestion: PanelSuggestion | null;
  /** Message ids already recorded as replies, so the panel does not ask twice. */
  recordedMessageIds: string[];
}

const STEP_TYPES = new Set([
  'reminder_sent',
  'reply_received',
  'reason_recorded',
  'promise_to_pay',
  'payment_received',
  'dispute_opened',
  'escalated',
  'plan_agreed',
]);

/** Finds the client among the addresses and gathers the panel's view from indexes. */
export async function threadContext(
  db: FirmlyDB,
  emails: string[],
  today: string,
  suggest: (clientId: string) => Promise<PanelSuggestion | null>,
): Promise<ThreadContext | null> {
  const matches = await db.clients.where('emails').anyOf(emails).toArray();
  const client = matches.find((c) => !c.ignored);
  if (!client) return null;
  const summary = (await db.summaries.get(client.id)) ?? emptySummary(client.id, client.createdAt);
  const recent = await db.events
    .where('[clientId+at]')
    .between([client.id, ''], [client.id, '\uffff'])
    .reverse()
    .limit(200)
    .toArray();
  const last = effectiveEvents(recent).find((e) => STEP_TYPES.has(e.type));
  const { overdue, daysOverdue } = overdueAsOf(summary, today);
  const toList = (r: Record<string, number>) =>
    Object.entries(r)
      .filter(([, v]) => v !== 0)
      .map(([currency, amountMinor]) => ({ currency, amountMinor }));
  return {
    client: {
      id: client.id,
      name: client.name,
      emails: client.emails,
      language: client.language,
      domain: client.domain,
    },
    owed: toList(summary.balances),
    overdue: toList(overdue),
    daysOverdue,
    open: summary.open,
    lastStep: last ? { type: last.type, at: last.at } : null,
    lastReason: summary.lastReason,
    suggestion: await suggest(client.id),
    recordedMessageIds: assessedMessageIds(recent),
  };
}

const ASSESSMENTS = new Set(['reason_recorded', 'promise_to_pay', 'plan_agreed']);

/**
 * Messages the user has assessed: replies with a reason recorded for them (or older than the
 * newest assessment). A reply recorded but not yet confirmed is not among them, so the panel
 * still asks about it.
 */
export function assessedMessageIds(newestFirst: EventRecord[]): string[] {
  const lastAssessment = newestFirst.find((e) => ASSESSMENTS.has(e.type))?.at ?? '';
  return newestFirst
    .filter(
      (e) =>
        e.type === 'reason_recorded' || (e.type === 'reply_received' && e.at <= lastAssessment),
    )
    .map((e) => e.source.messageId)
    .filter((id): id is string => !!id);
}
