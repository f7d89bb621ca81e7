/**
 * The escalation ladder for a client who has gone quiet (or whose reason has been answered):
 * courtesy note → due today → gentle → firm → another channel → formal demand → handover.
 * Each rung needs the one before it and a full cadence since the last reminder, so after a long
 * absence the advisor proposes the single next rung, never a burst of missed ones.
 */
import { addDays, dayNumber } from '@/utils/legal/calendar';
import { LEGAL_PRESETS } from '@/utils/legal/presets';
import { eventDay, stageLevel, type Facts } from '@/utils/advisor/facts';
import type { AdvisorSettings } from '@/utils/advisor/settings';
import {
  followUpStage,
  makeStep,
  nextReminderDay,
  type ReasonInfo,
  type Step,
} from '@/utils/advisor/step';
import type { ClientState } from '@/utils/advisor/types';

/** Before the due date: a courtesy note in the window, else wait for the due date. */
function beforeDue(facts: Facts, settings: AdvisorSettings, reason: ReasonInfo, due: string): Step {
  const { courtesyDaysBeforeDue: courtesy, graceDaysAfterDue: grace } = settings.cadence;
  const courtesySent = facts.reminders.some(
    (r) => r.data.stage === 'before_due' || r.data.templateId === 'courtesy_before_due',
  );
  const days = facts.daysOverdue ?? 0;
  const parts = [{ key: 'not_yet_due' as const, values: { days: -days, date: due } }];
  if (courtesy > 0 && !courtesySent) {
    return makeStep(facts, settings, reason, 'courtesy_before_due', 'before_due', {
      sendOn: addDays(due, -courtesy),
      followUpOn: addDays(due, Math.max(grace, 1)),
      parts: [...parts, { key: 'step', values: { step: 'courtesy' } }],
    });
  }
  // Courtesy already sent (or disabled): the next message is the first reminder.
  const first = courtesySent ? 'reminder_gentle' : 'due_today';
  const on = courtesySent ? addDays(due, Math.max(grace, 1)) : due;
  return makeStep(facts, settings, reason, first, courtesySent ? 'overdue_gentle' : 'due', {
    sendOn: on,
    parts: [...parts, { key: 'step', values: { step: 'wait', date: on } }],
  });
}

/** After a formal demand: wait out its deadline, then give notice of handover, then hand over. */
function afterDemand(facts: Facts, settings: AdvisorSettings, reason: ReasonInfo): Step {
  const { handoverNoticeDays } = settings.cadence;
  const finalDemandDeadlineDays = demandDeadlineDays(settings);
  const demand = [...facts.reminders]
    .reverse()
    .find((r) => r.data.stage === 'final_demand' || r.data.templateId === 'final_demand');
  const notice = [...facts.reminders]
    .reverse()
    .find((r) => r.data.stage === 'handover' || r.data.templateId === 'handover_notice');
  if (notice) {
    const handoverOn = addDays(eventDay(notice), handoverNoticeDays);
    const past = dayNumber(facts.today) > dayNumber(handoverOn);
    return {
      ...makeStep(facts, settings, reason, 'handover_notice', 'handover', {
        legal: true,
        deadline: handoverOn,
        followUpOn: handoverOn,
        channel: 'letter',
        parts: [
          {
            key: 'step',
            values: past
              ? { step: 'hand_over_now', date: handoverOn }
              : { step: 'handover_pending', date: handoverOn },
          },
        ],
      }),
      action: past ? 'none' : 'wait',
    };
  }
  const demandDay = demand ? eventDay(demand) : facts.today;
  const deadline = addDays(demandDay, finalDemandDeadlineDays);
  const sendOn = addDays(deadline, 1);
  const handoverOn = addDays(
    dayNumber(sendOn) > dayNumber(facts.today) ? sendOn : facts.today,
    handoverNoticeDays,
  );
  return makeStep(facts, settings, reason, 'handover_notice', 'handover', {
    sendOn,
    legal: true,
    deadline: handoverOn,
    followUpOn: dayNumber(sendOn) > dayNumber(facts.today) ? sendOn : handoverOn,
    channel: facts.channelSwitched ? 'letter' : 'email',
    parts: [
      { key: 'step', values: { step: 'handover', date: handoverOn, demandDeadline: deadline } },
    ],
  });
}

/**
 * Days a formal demand gives: the user's setting, but never fewer than the chosen law requires
 * before court (Russia: 30 days, ч. 5 ст. 4 АПК РФ).
 */
export function demandDeadlineDays(settings: AdvisorSettings): number {
  const id = settings.legal.presetId;
  const min = id === 'none' ? 0 : LEGAL_PRESETS[id].minDemandDays;
  return Math.max(settings.cadence.finalDemandDeadlineDays, min);
}

/** A formal demand with the deadline from settings (and the law's minimum). */
export function demandStep(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  sendOn: string,
): Step {
  const base = dayNumber(sendOn) > dayNumber(facts.today) ? sendOn : facts.today;
  const deadline = addDays(base, demandDeadlineDays(settings));
  return makeStep(facts, settings, reason, 'final_demand', 'final_demand', {
    sendOn,
    legal: true,
    deadline,
    followUpOn: addDays(deadline, 1),
    // Silent after another channel too: e-mail is not reaching them, send it as a letter as well.
    channel: facts.channelSwitched ? 'letter' : 'email',
    parts: [{ key: 'step', values: { step: 'final_demand', date: deadline } }],
  });
}

/** Phone when only one address is known, else a note to another contact. */
export function channelSwitchStep(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  sendOn: string,
  state: ClientState,
): Step {
  const other = state.client.emails.length > 1;
  return makeStep(
    facts,
    settings,
    reason,
    other ? 'channel_switch' : 'phone_script',
    followUpStage(facts),
    {
      sendOn,
      channel: other ? 'email' : 'phone',
      parts: [{ key: 'step', values: { step: other ? 'channel_switch' : 'phone' } }],
    },
  );
}

/** The next rung of the ladder for the current facts. */
export function ladderStep(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  state: ClientState,
): Step {
  const due = facts.mainDueDate ?? facts.today;
  const days = facts.daysOverdue ?? 0;
  const { graceDaysAfterDue: grace } = settings.cadence;

  if (days < 0) return beforeDue(facts, settings, reason, due);

  if (days === 0) {
    // A courtesy note a day or two ago already said it: wait for the first reminder instead.
    const recent = facts.reminders.some(
      (r) =>
        dayNumber(facts.today) - dayNumber(eventDay(r)) <= settings.cadence.courtesyDaysBeforeDue,
    );
    const next = addDays(due, Math.max(grace, 1));
    if (recent) {
      return makeStep(facts, settings, reason, 'reminder_gentle', 'overdue_gentle', {
        sendOn: next,
        parts: [
          { key: 'due_today', values: {} },
          { key: 'step', values: { step: 'wait', date: next } },
        ],
      });
    }
    return makeStep(facts, settings, reason, 'due_today', 'due', {
      followUpOn: next,
      parts: [
        { key: 'due_today', values: {} },
        { key: 'step', values: { step: 'due_today' } },
      ],
    });
  }

  if (days < grace) {
    return makeStep(facts, settings, reason, 'reminder_gentle', 'overdue_gentle', {
      sendOn: addDays(due, grace),
      parts: [{ key: 'step', values: { step: 'wait', date: addDays(due, grace) } }],
    });
  }
  return ladderOverdue(facts, settings, reason, state);
}

function ladderOverdue(
  facts: Facts,
  settings: AdvisorSettings,
  reason: ReasonInfo,
  state: ClientState,
): Step {
  if (facts.level >= stageLevel('final_demand')) return afterDemand(facts, settings, reason);
  const sendOn = nextReminderDay(facts, settings);
  if (facts.level < stageLevel('overdue_gentle')) {
    return makeStep(facts, settings, reason, 'reminder_gentle', 'overdue_gentle', {
      sendOn,
      parts: [{ key: 'step', values: { step: 'gentle' } }],
    });
  }
  if (facts.silentCount < 2) {
    const base = dayNumber(sendOn) > dayNumber(facts.today) ? sendOn : facts.today;
    return makeStep(facts, settings, reason, 'reminder_firm', followUpStage(facts), {
      sendOn,
      deadline: addDays(base, settings.cadence.reminderIntervalDays),
      parts: [{ key: 'step', values: { step: 'firm' } }],
    });
  }
  if (!facts.channelSwitched) {
    const unresponsive: ReasonInfo =
      reason.reason === 'unknown'
        ? { ...reason, reason: 'unresponsive', source: 'derived' }
        : reason;
    return channelSwitchStep(facts, settings, unresponsive, sendOn, state);
  }
  const unresponsive: ReasonInfo =
    reason.reason === 'unknown' ? { ...reason, reason: 'unresponsive', source: 'derived' } : reason;
  return demandStep(facts, settings, unresponsive, sendOn);
}
