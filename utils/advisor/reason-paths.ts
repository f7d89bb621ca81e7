/**
 * How each reason changes the path. The first answer to a stated reason is its own message
 * (specifics for a dispute, a correction, a resend, a payment plan…); once that is sent and the
 * cadence passes in silence, the ordinary ladder resumes from where it was.
 */
import { addDays, dayNumber } from '@/utils/legal/calendar';
import { divRoundHalfUp } from '@/utils/legal/money-math';
import { extractPromisedDate } from '@/utils/advisor/promised-date';
import {
  eventDay,
  eventsAfter,
  paidAfter,
  reminderStage,
  stageAt,
  stageLevel,
  type Facts,
  type OpenInvoice,
} from '@/utils/advisor/facts';
import { channelSwitchStep, demandStep, ladderStep } from '@/utils/advisor/ladder';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import {
  calmStage,
  makeStep,
  nextReminderDay,
  type ReasonInfo,
  type Step,
} from '@/utils/advisor/step';
import type { ClientState, Stage } from '@/utils/advisor/types';
import type { Money } from '@/utils/money';
import type { TemplateId } from '@/utils/templates/catalog';
import type { Instalment } from '@/utils/templates/values';

/** Outstanding per currency over `invoices`. */
export function owed(invoices: readonly OpenInvoice[]): Money[] {
  const sums = new Map<string, number>();
  for (const i of invoices) sums.set(i.currency, (sums.get(i.currency) ?? 0) + i.outstandingMinor);
  return [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor }));
}

/** Equal instalments per currency (the remainder goes on the last), dated from `first`. */
export function instalmentPlan(
  amounts: readonly Money[],
  count: number,
  first: string,
  intervalDays: number,
): Instalment[] {
  const plan: Instalment[] = [];
  for (let k = 0; k < count; k++) {
    for (const m of amounts) {
      const base = Math.floor(m.amountMinor / count);
      const amountMinor = k === count - 1 ? m.amountMinor - base * (count - 1) : base;
      if (amountMinor > 0)
        plan.push({
          dueDate: addDays(first, k * intervalDays),
          amount: { currency: m.currency, amountMinor },
        });
    }
  }
  return plan;
}

/** First instalment date: the default, or later when the client named a month/date they can start. */
function firstInstalmentDate(
  facts: Facts,
  settings: AdvisorSettings,
  hint: string | null,
  now: Date,
): string {
  const byDefault = addDays(facts.today, settings.cashFlow.firstInstalmentDays);
  const said = hint ? extractPromisedDate(hint, now) : null;
  if (!said) return byDefault;
  // "Not until January" means from January: a month hint starts on its first day.
  const from = said.precision === 'month' ? `${said.date.slice(0, 8)}01` : said.date;
  return dayNumber(from) > dayNumber(byDefault) ? from : byDefault;
}

function discountFor(facts: Facts, settings: AdvisorSettings, sendOn: string): Step['discount'] {
  const percent = settings.cashFlow.earlyPaymentDiscountPercent;
  const base = dayNumber(sendOn) > dayNumber(facts.today) ? sendOn : facts.today;
  return {
    percent,
    amounts: owed(facts.concerned).map((m) => ({
      currency: m.currency,
      amountMinor: Number(divRoundHalfUp(BigInt(m.amountMinor) * BigInt(100 - percent), 100n)),
    })),
    deadline: addDays(base, settings.cashFlow.earlyPaymentDiscountDays),
  };
}

/** The highest stage reached before `iso` (the stage a promise or plan was made at). */
function levelBefore(facts: Facts, iso: string): number {
  return Math.max(
    -1,
    ...facts.reminders.filter((r) => r.at <= iso).map((r) => stageLevel(reminderStage(r))),
  );
}

/** A broken promise moves one stage up: gentle → firm → negotiate → formal demand. */
function brokenPromiseStep(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  madeAt: string,
  date: string,
): Step {
  const before = levelBefore(facts, madeAt);
  const parts = [{ key: 'promise_broken' as const, values: { date } }];
  if (before >= stageLevel('negotiate')) {
    const step = demandStep(facts, settings, reason, facts.today);
    return { ...step, promisedDate: date, parts: [...parts, ...step.parts] };
  }
  const stage: Stage = stageAt(Math.max(stageLevel('overdue_firm'), before + 1));
  return makeStep(facts, settings, reason, 'promise_broken', stage, {
    promisedDate: date,
    deadline: addDays(facts.today, Math.min(7, settings.cadence.reminderIntervalDays)),
    parts: [...parts, { key: 'step', values: { step: 'promise_broken' } }],
  });
}

export interface PromiseInfo {
  at: string;
  date: string | null;
  amount: Money | null;
}

/** promise_to_pay: confirm the date, check the day after, escalate one stage if it was not kept. */
function promisePath(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  promise: PromiseInfo,
  state: ClientState,
): Step {
  const { date } = promise;
  if (!date) {
    // No date to hold them to: keep the ladder, which asks for one.
    const step = ladderStep(facts, settings, reason, state);
    return { ...step, parts: [{ key: 'promise', values: { date: '' } }, ...step.parts] };
  }
  const answered = facts.reminders.some((r) => r.at > promise.at);
  if (dayNumber(facts.today) <= dayNumber(date)) {
    const checkOn = addDays(date, 1);
    if (!answered) {
      return makeStep(facts, settings, reason, 'promise_confirm', calmStage(facts), {
        promisedDate: date,
        followUpOn: checkOn,
        parts: [
          { key: 'promise', values: { date } },
          { key: 'step', values: { step: 'confirm_promise', date: checkOn } },
        ],
      });
    }
    const step = brokenPromiseStep(facts, settings, reason, promise.at, date);
    return {
      ...step,
      action: 'wait',
      sendOn: checkOn,
      followUpOn: checkOn,
      parts: [
        { key: 'promise', values: { date } },
        { key: 'step', values: { step: 'wait', date: checkOn } },
      ],
    };
  }
  const paid = paidAfter(facts, promise.at);
  const kept = promise.amount
    ? (paid.get(promise.amount.currency) ?? 0) >= promise.amount.amountMinor
    : facts.concerned.every((i) => i.dueDate !== null && dayNumber(i.dueDate) > dayNumber(date));
  if (kept)
    return ladderStep(facts, settings, { ...reason, reason: 'unknown', source: 'none' }, state);
  const chasedSince = facts.reminders.some((r) => dayNumber(eventDay(r)) > dayNumber(date));
  if (!chasedSince) return brokenPromiseStep(facts, settings, reason, promise.at, date);
  return ladderStep(facts, settings, reason, state);
}

/** An agreed instalment plan: wait for each instalment, treat a missed one as a broken promise. */
function planPath(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  at: string,
  plan: Instalment[],
  state: ClientState,
): Step {
  const sorted = [...plan].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const paid = paidAfter(facts, at);
  const cumulative = new Map<string, number>();
  for (const inst of sorted) {
    const due = (cumulative.get(inst.amount.currency) ?? 0) + inst.amount.amountMinor;
    cumulative.set(inst.amount.currency, due);
    const covered = (paid.get(inst.amount.currency) ?? 0) >= due;
    if (covered) continue;
    if (dayNumber(facts.today) > dayNumber(inst.dueDate)) {
      const chased = facts.reminders.some((r) => dayNumber(eventDay(r)) > dayNumber(inst.dueDate));
      if (chased) return ladderStep(facts, settings, reason, state);
      const step = brokenPromiseStep(facts, settings, reason, at, inst.dueDate);
      return {
        ...step,
        parts: [
          { key: 'plan_missed', values: { date: inst.dueDate } },
          ...step.parts.filter((p) => p.key !== 'promise_broken'),
        ],
      };
    }
    const checkOn = addDays(inst.dueDate, 1);
    const step = brokenPromiseStep(facts, settings, reason, at, inst.dueDate);
    return {
      ...step,
      action: 'wait',
      sendOn: checkOn,
      followUpOn: checkOn,
      instalments: sorted,
      parts: [
        { key: 'plan_on_track', values: { date: inst.dueDate } },
        { key: 'step', values: { step: 'wait', date: checkOn } },
      ],
    };
  }
  // Every instalment paid, yet something is still open (another invoice): back to the ladder.
  return ladderStep(facts, settings, { ...reason, reason: 'unknown', source: 'none' }, state);
}

/** The template and stage that answer each reason the first time it is stated. */
const FIRST_ANSWER: Partial<
  Record<ReasonInfo['reason'], { template: TemplateId; stage: Stage | 'calm'; step: string }>
> = {
  quality_dispute: { template: 'dispute_specifics', stage: 'negotiate', step: 'dispute_specifics' },
  invoice_error: { template: 'invoice_corrected', stage: 'calm', step: 'correction' },
  not_received: { template: 'invoice_resend', stage: 'calm', step: 'resend' },
  forgot: { template: 'forgot_friendly', stage: 'calm', step: 'forgot' },
  value_doubt: { template: 'value_explain', stage: 'negotiate', step: 'explain_value' },
  service_complaint: { template: 'complaint_acknowledge', stage: 'negotiate', step: 'acknowledge' },
  already_paid: { template: 'paid_ask_reference', stage: 'calm', step: 'ask_reference' },
};

export interface ReasonContext {
  reason: ReasonInfo;
  promise: PromiseInfo | null;
  plan: { at: string; instalments: Instalment[] } | null;
  /** Text to look for the client's own timing in ("can't pay until January"). */
  hint: string | null;
}

/** The next step for a stated reason (or the plain ladder when there is none). */
export function reasonStep(
  facts: Facts,
  settings: AdvisorSettings,
  ctx: ReasonContext,
  state: ClientState,
  now: Date,
): Step {
  const { reason } = ctx;
  if (ctx.plan) return planPath(facts, settings, reason, ctx.plan.at, ctx.plan.instalments, state);
  if (reason.reason === 'promise_to_pay' && ctx.promise)
    return promisePath(facts, settings, reason, ctx.promise, state);

  const since = reason.at ?? '';
  const answered = reason.at !== null && facts.reminders.some((r) => r.at > since);
  const first = FIRST_ANSWER[reason.reason];
  if (first && !answered) {
    const stage = first.stage === 'calm' ? calmStage(facts) : first.stage;
    return makeStep(facts, settings, reason, first.template, stage, {
      parts: [{ key: 'step', values: { step: first.step } }],
    });
  }
  if (reason.reason === 'cash_flow') {
    if (!answered) {
      const plan = instalmentPlan(
        owed(facts.concerned),
        settings.cashFlow.instalmentCount,
        firstInstalmentDate(facts, settings, ctx.hint, now),
        settings.cashFlow.instalmentIntervalDays,
      );
      return makeStep(facts, settings, reason, 'instalment_offer', 'negotiate', {
        instalments: plan,
        parts: [
          {
            key: 'step',
            values: { step: 'instalments', count: settings.cashFlow.instalmentCount },
          },
        ],
      });
    }
    const discountSent = eventsAfter(facts, 'reminder_sent', since).some(
      (r) => r.data.templateId === 'early_payment_discount',
    );
    if (settings.cashFlow.earlyPaymentDiscountPercent > 0 && !discountSent) {
      const sendOn = nextReminderDay(facts, settings);
      return makeStep(facts, settings, reason, 'early_payment_discount', 'negotiate', {
        sendOn,
        discount: discountFor(facts, settings, sendOn),
        parts: [
          {
            key: 'step',
            values: { step: 'discount', percent: settings.cashFlow.earlyPaymentDiscountPercent },
          },
        ],
      });
    }
  }
  const overdue = (facts.daysOverdue ?? 0) > 0;
  if (reason.reason === 'deliberate' && facts.level < stageLevel('final_demand')) {
    // A refusal goes straight to a formal demand, but only once the invoice is actually late.
    const sendOn = overdue ? facts.today : addDays(facts.mainDueDate ?? facts.today, 1);
    return demandStep(facts, settings, reason, sendOn);
  }
  if (reason.reason === 'unresponsive' && !facts.channelSwitched && overdue) {
    return channelSwitchStep(
      facts,
      settings,
      reason,
      answered ? nextReminderDay(facts, settings) : facts.today,
      state,
    );
  }
  return ladderStep(facts, settings, reason, state);
}
