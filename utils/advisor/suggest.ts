/**
 * suggestNextStep: the advisor's one pure entry point. (client state, now, settings) → the next
 * message, in the client's language, with the reason it acted on, the stage, when to follow up
 * and why. Escalation pauses while a new client reply awaits assessment.
 */
import { dayNumber, localDateTimeIso } from '@/utils/legal/calendar';
import { classifyReply } from '@/utils/advisor/classify';
import { composeMessage } from '@/utils/advisor/compose';
import { deriveFacts, eventDay, isType, stageLevel, type Facts } from '@/utils/advisor/facts';
import { extractPromisedDate } from '@/utils/advisor/promised-date';
import { renderRationale } from '@/utils/advisor/rationale';
import { reasonStep, type PromiseInfo, type ReasonContext } from '@/utils/advisor/reason-paths';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import {
  calmStage,
  makeStep,
  nextReminderDay,
  NO_REASON,
  type ReasonInfo,
  type Step,
} from '@/utils/advisor/step';
import type {
  ClientState,
  RationalePart,
  Stage,
  Suggestion,
  SuggestionInvoice,
  Tone,
} from '@/utils/advisor/types';
import type { MessageLanguage, TemplateId } from '@/utils/templates/catalog';
import { moneyValue } from '@/utils/advisor/rationale';

const TONES: readonly Tone[] = ['warm', 'neutral', 'formal'];

/** Templates that press harder than the last message: held back while a reply awaits. */
const ESCALATING_TEMPLATES: ReadonlySet<TemplateId> = new Set<TemplateId>([
  'reminder_firm',
  'channel_switch',
  'phone_script',
  'promise_broken',
  'final_demand',
  'handover_notice',
]);

/** Warm early, neutral while negotiating, formal for legal steps; the preference shifts by one. */
export function toneFor(stage: Stage, preference: Tone): Tone {
  const level = stageLevel(stage);
  const base = level <= stageLevel('overdue_gentle') ? 0 : level <= stageLevel('negotiate') ? 1 : 2;
  if (base === 2) return 'formal';
  const shift = preference === 'warm' ? -1 : preference === 'formal' ? 1 : 0;
  return TONES[Math.max(0, Math.min(2, base + shift))] ?? 'neutral';
}

function publicInvoice(i: Facts['open'][number]): SuggestionInvoice {
  const { record: _record, ...rest } = i;
  return rest;
}

/** What the situation says (reason aside), for the rationale. */
function situationParts(facts: Facts, step: Step, settings: AdvisorSettings): RationalePart[] {
  const parts: RationalePart[] = [];
  const invoices = step.invoices ?? facts.concerned;
  const main = invoices[0];
  const days = main?.daysOverdue ?? facts.daysOverdue;
  const has = (key: RationalePart['key']) => step.parts.some((p) => p.key === key);
  if (days !== null && days > 0) parts.push({ key: 'days_overdue', values: { days } });
  if (days !== null && days < 0 && !has('not_yet_due') && main?.dueDate)
    parts.push({ key: 'not_yet_due', values: { days: -days, date: main.dueDate } });
  if (days === 0 && !has('due_today')) parts.push({ key: 'due_today', values: {} });
  if (main?.assumedDueDate && main.dueDate) {
    parts.push({
      key: 'assumed_due_date',
      values: {
        number: main.number,
        date: main.dueDate,
        termDays: settings.cadence.defaultPaymentTermDays,
      },
    });
  }
  const paid = invoices
    .filter((i) => i.paidMinor > 0)
    .map((i) => ({ currency: i.currency, amountMinor: i.paidMinor }));
  if (paid.length) parts.push({ key: 'partial_payment', values: { paid: moneyValue(paid) } });
  if (invoices.length > 1)
    parts.push({ key: 'several_invoices', values: { count: invoices.length } });
  if (facts.disputed.length && facts.active.length) {
    parts.push({
      key: 'disputed_held_out',
      values: { numbers: facts.disputed.map((i) => i.number).join(', ') },
    });
  }
  if (facts.reminders.length)
    parts.push({ key: 'reminders_sent', values: { count: facts.reminders.length } });
  if (facts.silentCount >= 2)
    parts.push({ key: 'no_reply_after', values: { count: facts.silentCount } });
  const last = facts.lastReminder;
  if (last) {
    const ago = dayNumber(facts.today) - dayNumber(eventDay(last));
    if (ago > 3 * settings.cadence.reminderIntervalDays)
      parts.push({ key: 'long_absence', values: { days: ago } });
  }
  return parts;
}

/** The reason on record (or implied by a promise / plan) and what goes with it. */
function contextFromSituation(facts: Facts): ReasonContext {
  const s = facts.situation;
  const hint = facts.lastReply?.data.excerpt ?? null;
  if (!s) return { reason: NO_REASON, promise: null, plan: null, hint };
  if (s.data.type === 'promise_to_pay') {
    const amount =
      s.data.amountMinor !== null && s.data.currency
        ? { amountMinor: s.data.amountMinor, currency: s.data.currency }
        : null;
    return {
      reason: { reason: 'promise_to_pay', source: 'event', evidence: null, at: s.at },
      promise: { at: s.at, date: s.data.promisedDate, amount },
      plan: null,
      hint,
    };
  }
  if (s.data.type === 'plan_agreed') {
    return {
      reason: { reason: 'cash_flow', source: 'event', evidence: null, at: s.at },
      promise: null,
      plan: {
        at: s.at,
        instalments: s.data.instalments.map((i) => ({
          dueDate: i.dueDate,
          amount: { amountMinor: i.amountMinor, currency: i.currency },
        })),
      },
      hint,
    };
  }
  const reason: ReasonInfo = {
    reason: s.data.reason,
    source: 'recorded',
    evidence: s.data.evidence,
    at: s.at,
  };
  let promise: PromiseInfo | null = null;
  if (s.data.reason === 'promise_to_pay') {
    const text = s.data.evidence ?? hint;
    const said = text ? extractPromisedDate(text, new Date(s.at)) : null;
    promise = { at: s.at, date: said?.date ?? null, amount: null };
  }
  return { reason, promise, plan: null, hint: s.data.evidence ?? hint };
}

/** The calm-stage template: what "no escalation" means on this day. */
function holdTemplate(facts: Facts): { templateId: TemplateId; stage: Stage } {
  if (facts.level >= stageLevel('overdue_firm'))
    return { templateId: 'reminder_firm', stage: 'overdue_firm' };
  const calm = calmStage(facts);
  if (calm === 'before_due') return { templateId: 'courtesy_before_due', stage: calm };
  return calm === 'due'
    ? { templateId: 'due_today', stage: calm }
    : { templateId: 'reminder_gentle', stage: calm };
}

function pausedStep(
  facts: Facts,
  settings: AdvisorSettings,
  state: ClientState,
  now: Date,
): { step: Step; pending: Suggestion['pendingReply'] } {
  const reply = facts.pendingReply;
  if (!reply) throw new Error('pausedStep needs a pending reply');
  const classification = classifyReply(reply.data.excerpt, now);
  const reason: ReasonInfo = {
    reason: classification.reason,
    source: 'classified',
    evidence: classification.evidence,
    at: reply.at,
  };
  const said =
    classification.reason === 'promise_to_pay'
      ? extractPromisedDate(reply.data.excerpt, now)
      : null;
  const ctx: ReasonContext = {
    reason,
    promise:
      classification.reason === 'promise_to_pay'
        ? { at: reply.at, date: said?.date ?? null, amount: null }
        : null,
    plan: null,
    hint: reply.data.excerpt,
  };
  // With only disputed invoices open, the draft stays the dispute answer.
  let step = facts.active.length
    ? reasonStep(facts, settings, ctx, state, now)
    : disputeOnlyStep(facts, settings);
  // Paused means no escalation: a pressing step above the current stage becomes a same-stage
  // draft. An answer to what the client said (an instalment offer to "we can't pay this month")
  // is not pressure: the draft follows the classifier's reading, marked unconfirmed.
  const allowed = Math.max(facts.level, stageLevel(calmStage(facts)));
  if (
    facts.active.length &&
    stageLevel(step.stage) > allowed &&
    ESCALATING_TEMPLATES.has(step.templateId)
  ) {
    const hold = holdTemplate(facts);
    step = makeStep(facts, settings, reason, hold.templateId, hold.stage, {});
  }
  const parts: RationalePart[] = [
    {
      key: 'new_reply',
      values: {
        date: eventDay(reply),
        reason: classification.reason,
        evidence: classification.evidence ?? '',
      },
    },
    { key: 'step', values: { step: 'assess' } },
  ];
  return {
    step: { ...step, action: 'assess', sendOn: facts.today, followUpOn: facts.today, parts },
    pending: { at: reply.at, excerpt: reply.data.excerpt, classification },
  };
}

/** Every open invoice is disputed: keep asking for specifics, never escalate. */
function disputeOnlyStep(facts: Facts, settings: AdvisorSettings): Step {
  const opened = [...facts.events].reverse().find(isType('dispute_opened'));
  const since = opened?.at ?? '';
  const reason: ReasonInfo = {
    reason: 'quality_dispute',
    source: 'event',
    evidence: opened?.data.note || null,
    at: opened?.at ?? null,
  };
  const answered = facts.reminders.some((r) => r.at > since);
  return makeStep(facts, settings, reason, 'dispute_specifics', 'negotiate', {
    sendOn: answered ? nextReminderDay(facts, settings) : facts.today,
    invoices: facts.disputed,
    parts: [{ key: 'step', values: { step: 'dispute_specifics' } }],
  });
}

function nothingDue(facts: Facts, lang: MessageLanguage): Suggestion {
  const credit = [...facts.credits]
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .filter((m) => m.amountMinor > 0);
  const parts: RationalePart[] = [{ key: 'nothing_due', values: {} }];
  if (credit.length) parts.push({ key: 'credit', values: { amount: moneyValue(credit) } });
  return {
    nothingDue: true,
    action: 'none',
    stage: 'before_due',
    tone: 'warm',
    channel: 'email',
    templateId: 'courtesy_before_due',
    language: lang,
    subject: '',
    body: '',
    rationale: renderRationale(parts),
    rationaleParts: parts,
    followUpAt: null,
    sendAfter: null,
    invoices: [],
    heldOut: [],
    reason: 'unknown',
    reasonSource: 'none',
    reasonEvidence: null,
    paused: false,
    pausedBecause: null,
    pendingReply: null,
    promisedDate: null,
    instalments: null,
    deadline: null,
    legal: null,
    legalBreakdown: null,
  };
}

/**
 * The next step for one client. Never null: when nothing is owed the suggestion has
 * `nothingDue: true`, `action: 'none'` and an empty message.
 */
export function suggestNextStep(
  state: ClientState,
  now: Date,
  settings: AdvisorSettings,
): Suggestion {
  const facts = deriveFacts(state, now, settings);
  const lang = state.client.language ?? settings.defaultLanguage;
  if (!facts.open.length) return nothingDue(facts, lang);

  let step: Step;
  let pending: Suggestion['pendingReply'] = null;
  if (facts.pendingReply) ({ step, pending } = pausedStep(facts, settings, state, now));
  else if (!facts.active.length) step = disputeOnlyStep(facts, settings);
  else step = reasonStep(facts, settings, contextFromSituation(facts), state, now);

  const message = composeMessage(step, facts, state, settings, lang);
  const reasonPart: RationalePart[] =
    step.reason !== 'unknown' && step.reasonSource !== 'classified'
      ? [{ key: 'reason', values: { reason: step.reason, evidence: step.reasonEvidence ?? '' } }]
      : [];
  const stale: RationalePart[] = message.legal?.stale ? [{ key: 'stale_rates', values: {} }] : [];
  const parts = [...situationParts(facts, step, settings), ...reasonPart, ...stale, ...step.parts];
  const invoices = (step.invoices ?? facts.concerned).map(publicInvoice);

  return {
    nothingDue: false,
    action: step.action,
    stage: step.stage,
    tone: toneFor(step.stage, settings.tone),
    channel: step.channel,
    templateId: step.templateId,
    language: lang,
    subject: message.subject,
    body: message.body,
    rationale: renderRationale(parts),
    rationaleParts: parts,
    followUpAt:
      step.action === 'assess'
        ? now.toISOString()
        : step.followUpOn
          ? localDateTimeIso(step.followUpOn)
          : null,
    sendAfter: step.action === 'wait' ? localDateTimeIso(step.sendOn) : null,
    invoices,
    heldOut: facts.active.length ? facts.disputed.map(publicInvoice) : [],
    reason: step.reason,
    reasonSource: step.reasonSource,
    reasonEvidence: step.reasonEvidence,
    paused: pending !== null,
    pausedBecause: pending ? 'A new client reply has not been assessed yet.' : null,
    pendingReply: pending,
    promisedDate: step.promisedDate,
    instalments: step.instalments,
    deadline: step.deadline,
    legal: message.legal,
    legalBreakdown: message.legalBreakdown,
  };
}
