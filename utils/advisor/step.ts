/**
 * A decided next step before it is rendered: which template, at which stage, by which channel,
 * when, and the facts the message needs. Built by ladder.ts and reason-paths.ts.
 */
import { addDays, dayNumber } from '@/utils/legal/calendar';
import { eventDay, stageAt, stageLevel, type Facts, type OpenInvoice } from '@/utils/advisor/facts';
import type { RefusalReason } from '@/utils/advisor/reasons';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import type {
  Channel,
  RationalePart,
  ReasonSource,
  Stage,
  SuggestedAction,
} from '@/utils/advisor/types';
import type { TemplateId } from '@/utils/templates/catalog';
import type { Instalment } from '@/utils/templates/values';
import type { Money } from '@/utils/money';

export interface Step {
  action: SuggestedAction;
  stage: Stage;
  templateId: TemplateId;
  channel: Channel;
  reason: RefusalReason;
  reasonSource: ReasonSource;
  reasonEvidence: string | null;
  /** YYYY-MM-DD from which the message is due (today or later). */
  sendOn: string;
  /** YYYY-MM-DD to look again after sending (or when waiting ends). */
  followUpOn: string | null;
  deadline: string | null;
  promisedDate: string | null;
  instalments: Instalment[] | null;
  discount: { percent: number; amounts: Money[]; deadline: string } | null;
  /** Compute statutory interest and compensation (final demand, handover). */
  legal: boolean;
  /** Override of the invoices concerned (e.g. the disputed ones for dispute_specifics). */
  invoices: OpenInvoice[] | null;
  parts: RationalePart[];
}

export interface ReasonInfo {
  reason: RefusalReason;
  source: ReasonSource;
  evidence: string | null;
  /** When the reason was stated (the situation event or the reply); responses come after it. */
  at: string | null;
}

export const NO_REASON: ReasonInfo = {
  reason: 'unknown',
  source: 'none',
  evidence: null,
  at: null,
};

/** The day reminders may resume: a cadence after the last one, never before today. */
export function nextReminderDay(facts: Facts, settings: AdvisorSettings): string {
  const last = facts.lastReminder;
  if (!last) return facts.today;
  const next = addDays(eventDay(last), settings.cadence.reminderIntervalDays);
  return dayNumber(next) > dayNumber(facts.today) ? next : facts.today;
}

/** The stage that matches the calendar alone, for answers that do not escalate. */
export function calmStage(facts: Facts): Stage {
  const d = facts.daysOverdue ?? 0;
  if (d < 0) return 'before_due';
  return d === 0 ? 'due' : 'overdue_gentle';
}

/** The stage of a follow-up reminder: firm, or negotiate when negotiation already started. */
export function followUpStage(facts: Facts): Stage {
  return facts.level >= stageLevel('negotiate') ? 'negotiate' : 'overdue_firm';
}

/** A step with the usual defaults; `sendOn` in the future makes it a `wait`. */
export function makeStep(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  templateId: TemplateId,
  stage: Stage,
  extra: Partial<Step> = {},
): Step {
  const sendOn =
    extra.sendOn && dayNumber(extra.sendOn) > dayNumber(facts.today) ? extra.sendOn : facts.today;
  const waiting = sendOn !== facts.today;
  return {
    action: waiting ? 'wait' : 'send',
    stage,
    templateId,
    channel: 'email',
    reason: reason.reason,
    reasonSource: reason.source,
    reasonEvidence: reason.evidence,
    followUpOn: waiting ? sendOn : addDays(sendOn, settings.cadence.reminderIntervalDays),
    deadline: null,
    promisedDate: null,
    instalments: null,
    discount: null,
    legal: false,
    invoices: null,
    parts: [],
    ...extra,
    sendOn,
    // While waiting, the next look is when the wait ends.
    ...(waiting ? { followUpOn: sendOn } : {}),
  };
}

export { stageAt, stageLevel };
