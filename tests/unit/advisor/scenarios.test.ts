/**
 * The escalation ladder as a scenario table: (invoices, events, reason, days overdue, prior
 * reminders) → expected stage, template, action and follow-up date. "Now" is Monday 2026-11-23,
 * noon local time; default settings (7-day cadence, courtesy 3 days before, grace 1 day,
 * demand deadline 14 days, handover notice 7 days, 3 instalments 30 days apart from day 7).
 */
import { describe, expect, it } from 'vitest';
import {
  defaultAdvisorSettings,
  suggestNextStep,
  type AdvisorSettings,
  type Suggestion,
} from '@/utils/advisor';
import { localIsoDate } from '@/utils/legal/calendar';
import { event, invoice, noon, reason, reply, sent, state } from './builders';
import type { ClientState } from '@/utils/advisor';

const NOW = noon('2026-11-23');
const day = (iso: string | null) => (iso ? localIsoDate(new Date(iso)) : null);

interface Expect {
  stage: Suggestion['stage'];
  templateId: Suggestion['templateId'];
  action: Suggestion['action'];
  followUp: string | null;
  sendAfter?: string;
  check?: (s: Suggestion) => void;
}
type Scenario = [name: string, st: ClientState, expected: Expect, settings?: AdvisorSettings];

const eur = (
  id: string,
  due: string | null,
  extra: Parameters<typeof invoice>[0] extends infer P ? Partial<P> : never = {},
) => invoice({ id, amountMinor: 100000, dueDate: due, ...extra });
const withLegal: AdvisorSettings = {
  ...defaultAdvisorSettings,
  legal: { ...defaultAdvisorSettings.legal, presetId: 'eu' },
};
const withDiscount: AdvisorSettings = {
  ...defaultAdvisorSettings,
  cashFlow: { ...defaultAdvisorSettings.cashFlow, earlyPaymentDiscountPercent: 3 },
};

const SCENARIOS: Scenario[] = [
  // ── the calendar alone ──
  [
    'not yet due, before the courtesy window: wait',
    state([eur('1', '2026-12-10')]),
    {
      stage: 'before_due',
      templateId: 'courtesy_before_due',
      action: 'wait',
      followUp: '2026-12-07',
      sendAfter: '2026-12-07',
    },
  ],
  [
    'due in two days: courtesy note',
    state([eur('1', '2026-11-25')]),
    {
      stage: 'before_due',
      templateId: 'courtesy_before_due',
      action: 'send',
      followUp: '2026-11-26',
    },
  ],
  [
    'due date today',
    state([eur('1', '2026-11-23')]),
    { stage: 'due', templateId: 'due_today', action: 'send', followUp: '2026-11-24' },
  ],
  [
    'due today, courtesy sent two days ago: wait for the first reminder',
    state([eur('1', '2026-11-23')], [sent('2026-11-21', 'courtesy_before_due', 'before_due')]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'wait',
      followUp: '2026-11-24',
      sendAfter: '2026-11-24',
    },
  ],
  [
    '10 days overdue, nothing sent: gentle reminder',
    state([eur('1', '2026-11-13')]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.invoices[0]?.daysOverdue).toBe(10),
    },
  ],
  [
    '20 days overdue, gentle sent 10 days ago: firm reminder with a deadline',
    state([eur('1', '2026-11-03')], [sent('2026-11-13', 'reminder_gentle', 'overdue_gentle')]),
    {
      stage: 'overdue_firm',
      templateId: 'reminder_firm',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.deadline).toBe('2026-11-30'),
    },
  ],
  [
    'gentle sent 3 days ago: firm waits for the cadence',
    state([eur('1', '2026-11-03')], [sent('2026-11-20', 'reminder_gentle', 'overdue_gentle')]),
    {
      stage: 'overdue_firm',
      templateId: 'reminder_firm',
      action: 'wait',
      followUp: '2026-11-27',
      sendAfter: '2026-11-27',
    },
  ],
  [
    'no due date: 30 days after issue assumed',
    state([eur('1', null, { issueDate: '2026-10-01' })]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.invoices[0]?.assumedDueDate).toBe(true);
        expect(s.invoices[0]?.dueDate).toBe('2026-10-31');
        expect(s.rationaleParts.map((p) => p.key)).toContain('assumed_due_date');
      },
    },
  ],
  [
    'long absence: gentle 60 days ago → only the next rung (firm), not a burst',
    state([eur('1', '2026-09-14')], [sent('2026-09-24', 'reminder_gentle', 'overdue_gentle')]),
    {
      stage: 'overdue_firm',
      templateId: 'reminder_firm',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.rationaleParts.map((p) => p.key)).toContain('long_absence'),
    },
  ],
  [
    'reminders about a long-paid invoice do not escalate a new one',
    state(
      [
        eur('old', '2025-02-01', {
          status: 'paid',
          paidMinor: 100000,
          issueDate: '2025-01-01',
          createdAt: '2025-01-01T12:00:00.000Z',
        }),
        eur('new', '2026-11-18', {
          issueDate: '2026-10-19',
          createdAt: '2026-10-19T12:00:00.000Z',
        }),
      ],
      [
        sent('2025-02-05', 'reminder_gentle', 'overdue_gentle'),
        sent('2025-02-15', 'reminder_firm', 'overdue_firm'),
        sent('2025-02-25', 'final_demand', 'final_demand'),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],

  // ── silence ──
  [
    'unresponsive after gentle + firm, one address: phone call',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-10-21', 'reminder_gentle', 'overdue_gentle'),
        sent('2026-11-01', 'reminder_firm', 'overdue_firm'),
      ],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'phone_script',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.channel).toBe('phone');
        expect(s.reason).toBe('unresponsive');
        expect(s.reasonSource).toBe('derived');
      },
    },
  ],
  [
    'unresponsive, two addresses: write to the other contact',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-10-21', 'reminder_gentle', 'overdue_gentle'),
        sent('2026-11-01', 'reminder_firm', 'overdue_firm'),
      ],
      ['anna@client.example', 'ap@client.example'],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'channel_switch',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.channel).toBe('email'),
    },
  ],
  [
    'silent after the phone call too: formal demand by letter, with the legal computation',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-10-21', 'reminder_gentle', 'overdue_gentle'),
        sent('2026-11-01', 'reminder_firm', 'overdue_firm'),
        sent('2026-11-10', 'phone_script', 'overdue_firm', 'phone'),
      ],
    ),
    {
      stage: 'final_demand',
      templateId: 'final_demand',
      action: 'send',
      followUp: '2026-12-08',
      check: (s) => {
        expect(s.channel).toBe('letter');
        expect(s.deadline).toBe('2026-12-07');
        expect(s.legal?.items).toHaveLength(1);
        expect(s.legal?.items[0]?.interest.days).toBe(34);
        expect(s.legalBreakdown).toContain('34/365');
        expect(s.tone).toBe('formal');
      },
    },
    withLegal,
  ],
  [
    'demand deadline passed: notice of handover',
    state([eur('1', '2026-09-20')], [sent('2026-11-01', 'final_demand', 'final_demand')]),
    {
      stage: 'handover',
      templateId: 'handover_notice',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.deadline).toBe('2026-11-30'),
    },
  ],
  [
    'demand sent 5 days ago: wait for its deadline',
    state([eur('1', '2026-09-20')], [sent('2026-11-18', 'final_demand', 'final_demand')]),
    {
      stage: 'handover',
      templateId: 'handover_notice',
      action: 'wait',
      followUp: '2026-12-03',
      sendAfter: '2026-12-03',
    },
  ],
  [
    'handover notice expired: nothing more to send',
    state(
      [eur('1', '2026-09-20')],
      [
        sent('2026-10-20', 'final_demand', 'final_demand'),
        sent('2026-11-05', 'handover_notice', 'handover'),
      ],
    ),
    { stage: 'handover', templateId: 'handover_notice', action: 'none', followUp: '2026-11-12' },
  ],

  // ── each reason ──
  [
    'quality dispute: ask for specifics before any escalation',
    state(
      [eur('1', '2026-11-03')],
      [
        sent('2026-11-13', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-15', 'The app keeps crashing'),
        reason('2026-11-16', 'quality_dispute'),
      ],
    ),
    { stage: 'negotiate', templateId: 'dispute_specifics', action: 'send', followUp: '2026-11-30' },
  ],
  [
    'quality dispute answered a week ago and silence: firm follow-up, still negotiating',
    state(
      [eur('1', '2026-11-03')],
      [
        sent('2026-11-05', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-08', 'bugs'),
        reason('2026-11-09', 'quality_dispute'),
        sent('2026-11-10', 'dispute_specifics', 'negotiate'),
      ],
    ),
    { stage: 'negotiate', templateId: 'reminder_firm', action: 'send', followUp: '2026-11-30' },
  ],
  [
    'invoice error: send a corrected invoice (no escalation)',
    state(
      [eur('1', '2026-11-13')],
      [reply('2026-11-20', 'wrong VAT number'), reason('2026-11-20', 'invoice_error')],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'invoice_corrected',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'not received: resend the invoice',
    state(
      [eur('1', '2026-11-13')],
      [
        sent('2026-11-14', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-20', 'never got it'),
        reason('2026-11-20', 'not_received'),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'invoice_resend',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'not received, resent a week ago: the ladder restarts with a gentle reminder',
    state(
      [eur('1', '2026-11-03')],
      [
        reply('2026-11-10', 'never got it'),
        reason('2026-11-10', 'not_received'),
        sent('2026-11-11', 'invoice_resend', null),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'cash flow: propose three dated instalments',
    state(
      [eur('1', '2026-11-03')],
      [sent('2026-11-04', 'reminder_gentle', 'overdue_gentle'), reason('2026-11-20', 'cash_flow')],
    ),
    {
      stage: 'negotiate',
      templateId: 'instalment_offer',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.instalments?.map((i) => i.dueDate)).toEqual([
          '2026-11-30',
          '2026-12-30',
          '2027-01-29',
        ]);
        expect(s.instalments?.map((i) => i.amount.amountMinor)).toEqual([33333, 33333, 33334]);
      },
    },
  ],
  [
    'cash flow "until January": the plan starts in January',
    state(
      [eur('1', '2026-11-03')],
      [reason('2026-11-20', 'cash_flow', "We're not refusing, we just can't pay until January.")],
    ),
    {
      stage: 'negotiate',
      templateId: 'instalment_offer',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.instalments?.[0]?.dueDate).toBe('2027-01-01'),
    },
  ],
  [
    'cash flow, plan offered a week ago, discount allowed: offer the early-payment discount',
    state(
      [eur('1', '2026-11-03')],
      [reason('2026-11-15', 'cash_flow'), sent('2026-11-16', 'instalment_offer', 'negotiate')],
    ),
    {
      stage: 'negotiate',
      templateId: 'early_payment_discount',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.body).toContain('€970.00'),
    },
    withDiscount,
  ],
  [
    'forgot: short friendly note',
    state(
      [eur('1', '2026-11-13')],
      [sent('2026-11-14', 'reminder_gentle', 'overdue_gentle'), reason('2026-11-20', 'forgot')],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'forgot_friendly',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'value doubt: explain the work and the terms',
    state([eur('1', '2026-11-13')], [reason('2026-11-20', 'value_doubt')]),
    { stage: 'negotiate', templateId: 'value_explain', action: 'send', followUp: '2026-11-30' },
  ],
  [
    'service complaint: acknowledge, then ask',
    state([eur('1', '2026-11-13')], [reason('2026-11-20', 'service_complaint')]),
    {
      stage: 'negotiate',
      templateId: 'complaint_acknowledge',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'already paid: ask for date and reference',
    state([eur('1', '2026-11-13')], [reason('2026-11-20', 'already_paid')]),
    {
      stage: 'overdue_gentle',
      templateId: 'paid_ask_reference',
      action: 'send',
      followUp: '2026-11-30',
    },
  ],
  [
    'deliberate refusal: formal demand with a deadline',
    state(
      [eur('1', '2026-11-13')],
      [sent('2026-11-14', 'reminder_gentle', 'overdue_gentle'), reason('2026-11-20', 'deliberate')],
    ),
    {
      stage: 'final_demand',
      templateId: 'final_demand',
      action: 'send',
      followUp: '2026-12-08',
      check: (s) => expect(s.deadline).toBe('2026-12-07'),
    },
  ],
  [
    'unresponsive recorded after one reminder: switch channel now',
    state(
      [eur('1', '2026-11-03')],
      [
        sent('2026-11-20', 'reminder_gentle', 'overdue_gentle'),
        reason('2026-11-22', 'unresponsive'),
      ],
    ),
    { stage: 'overdue_firm', templateId: 'phone_script', action: 'send', followUp: '2026-11-30' },
  ],

  // ── promises and plans ──
  [
    'promise to pay on Friday: confirm it, check the day after',
    state(
      [eur('1', '2026-11-13')],
      [
        sent('2026-11-14', 'reminder_gentle', 'overdue_gentle'),
        event('2026-11-20', {
          type: 'promise_to_pay',
          promisedDate: '2026-11-27',
          amountMinor: null,
          currency: null,
        }),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'promise_confirm',
      action: 'send',
      followUp: '2026-11-28',
      check: (s) => expect(s.promisedDate).toBe('2026-11-27'),
    },
  ],
  [
    'promise confirmed, date ahead: wait until the day after',
    state(
      [eur('1', '2026-11-03')],
      [
        sent('2026-11-13', 'reminder_gentle', 'overdue_gentle'),
        event('2026-11-18', {
          type: 'promise_to_pay',
          promisedDate: '2026-11-27',
          amountMinor: null,
          currency: null,
        }),
        sent('2026-11-19', 'promise_confirm', null),
      ],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'promise_broken',
      action: 'wait',
      followUp: '2026-11-28',
      sendAfter: '2026-11-28',
    },
  ],
  [
    'broken promise made after a firm reminder: one stage up (negotiate)',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-11-03', 'reminder_gentle', 'overdue_gentle'),
        sent('2026-11-10', 'reminder_firm', 'overdue_firm'),
        event('2026-11-12', {
          type: 'promise_to_pay',
          promisedDate: '2026-11-20',
          amountMinor: null,
          currency: null,
        }),
      ],
    ),
    {
      stage: 'negotiate',
      templateId: 'promise_broken',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.deadline).toBe('2026-11-30'),
    },
  ],
  [
    'broken promise made after a gentle reminder: firm',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-11-10', 'reminder_gentle', 'overdue_gentle'),
        event('2026-11-12', {
          type: 'promise_to_pay',
          promisedDate: '2026-11-20',
          amountMinor: null,
          currency: null,
        }),
      ],
    ),
    { stage: 'overdue_firm', templateId: 'promise_broken', action: 'send', followUp: '2026-11-30' },
  ],
  [
    'promise kept (amount paid): the ladder resumes for the rest',
    state(
      [eur('1', '2026-10-20', { paidMinor: 50000, status: 'partly_paid' })],
      [
        sent('2026-11-10', 'reminder_gentle', 'overdue_gentle'),
        event('2026-11-12', {
          type: 'promise_to_pay',
          promisedDate: '2026-11-20',
          amountMinor: 50000,
          currency: 'EUR',
        }),
        event(
          '2026-11-19',
          {
            type: 'payment_received',
            invoiceId: '1',
            amountMinor: 50000,
            currency: 'EUR',
            reference: null,
          },
          '1',
        ),
      ],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'reminder_firm',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.reason).toBe('unknown'),
    },
  ],
  [
    'instalment plan on track: wait for the next instalment',
    state(
      [eur('1', '2026-10-20', { paidMinor: 30000, status: 'partly_paid' })],
      [
        sent('2026-11-01', 'reminder_gentle', 'overdue_gentle'),
        event('2026-11-10', {
          type: 'plan_agreed',
          instalments: [
            { dueDate: '2026-11-20', amountMinor: 30000, currency: 'EUR' },
            { dueDate: '2026-12-20', amountMinor: 70000, currency: 'EUR' },
          ],
        }),
        event(
          '2026-11-19',
          {
            type: 'payment_received',
            invoiceId: '1',
            amountMinor: 30000,
            currency: 'EUR',
            reference: null,
          },
          '1',
        ),
      ],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'promise_broken',
      action: 'wait',
      followUp: '2026-12-21',
      sendAfter: '2026-12-21',
      check: (s) => expect(s.rationaleParts.map((p) => p.key)).toContain('plan_on_track'),
    },
  ],
  [
    'instalment missed under an agreed plan: broken promise at negotiate → formal demand',
    state(
      [eur('1', '2026-10-01')],
      [
        sent('2026-10-15', 'instalment_offer', 'negotiate'),
        event('2026-10-20', {
          type: 'plan_agreed',
          instalments: [
            { dueDate: '2026-10-31', amountMinor: 50000, currency: 'EUR' },
            { dueDate: '2026-11-30', amountMinor: 50000, currency: 'EUR' },
          ],
        }),
      ],
    ),
    {
      stage: 'final_demand',
      templateId: 'final_demand',
      action: 'send',
      followUp: '2026-12-08',
      check: (s) => expect(s.rationaleParts.map((p) => p.key)).toContain('plan_missed'),
    },
  ],

  // ── a new reply pauses escalation ──
  [
    'new reply (refusal) after a firm reminder: paused, no escalation until assessed',
    state(
      [eur('1', '2026-10-20')],
      [
        sent('2026-10-21', 'reminder_gentle', 'overdue_gentle'),
        sent('2026-11-01', 'reminder_firm', 'overdue_firm'),
        reply('2026-11-20', 'We refuse to pay for this.'),
      ],
    ),
    {
      stage: 'overdue_firm',
      templateId: 'reminder_firm',
      action: 'assess',
      followUp: '2026-11-23',
      check: (s) => {
        expect(s.paused).toBe(true);
        expect(s.pendingReply?.classification.reason).toBe('deliberate');
      },
    },
  ],
  [
    'new reply newer than the recorded reason: paused; the draft confirms the promised date',
    state(
      [eur('1', '2026-11-03')],
      [
        reason('2026-11-10', 'cash_flow'),
        sent('2026-11-11', 'instalment_offer', 'negotiate'),
        reply('2026-11-20', 'Thanks, we will pay on Friday.'),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'promise_confirm',
      action: 'assess',
      followUp: '2026-11-23',
      check: (s) => {
        expect(s.paused).toBe(true);
        expect(s.promisedDate).toBe('2026-11-27');
      },
    },
  ],
  [
    'new reply reads as cash-flow trouble: paused, yet the draft answers it (unconfirmed)',
    state(
      [eur('1', '2026-11-01')],
      [
        sent('2026-11-09', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-20', "Sorry, we can't pay this month, could we pay in two parts?"),
      ],
    ),
    {
      stage: 'negotiate',
      templateId: 'instalment_offer',
      action: 'assess',
      followUp: '2026-11-23',
      check: (s) => {
        expect(s.paused).toBe(true);
        expect(s.reason).toBe('cash_flow');
        expect(s.reasonSource).toBe('classified');
        expect(s.body).not.toMatch(/slipped/i);
      },
    },
  ],
  [
    'the same reply once the user confirmed cash-flow trouble: the instalment offer, confirmed',
    state(
      [eur('1', '2026-11-01')],
      [
        sent('2026-11-09', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-20', "Sorry, we can't pay this month, could we pay in two parts?"),
        reason('2026-11-20', 'cash_flow'),
      ],
    ),
    {
      stage: 'negotiate',
      templateId: 'instalment_offer',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.paused).toBe(false);
        expect(s.reasonSource).not.toBe('classified');
      },
    },
  ],
  [
    'a reply already assessed does not pause',
    state(
      [eur('1', '2026-11-03')],
      [
        sent('2026-11-13', 'reminder_gentle', 'overdue_gentle'),
        reply('2026-11-20', 'Sorry, forgot!'),
        reason('2026-11-20', 'forgot'),
      ],
    ),
    {
      stage: 'overdue_gentle',
      templateId: 'forgot_friendly',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.paused).toBe(false),
    },
  ],

  // ── amounts and several invoices ──
  [
    'partial payment: the message asks for the rest and mentions what arrived',
    state([eur('1', '2026-11-13', { paidMinor: 40000, status: 'partly_paid' })]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.body).toContain('€600.00');
        expect(s.body).toContain('€400.00');
        expect(s.rationaleParts.map((p) => p.key)).toContain('partial_payment');
      },
    },
  ],
  [
    'several invoices in two currencies: the overdue ones, listed, amounts never converted',
    state([
      invoice({
        id: 'A',
        number: 'FV/11/001',
        amountMinor: 120000,
        currency: 'PLN',
        dueDate: '2026-11-01',
      }),
      invoice({
        id: 'B',
        number: 'INV-7',
        amountMinor: 50000,
        currency: 'EUR',
        dueDate: '2026-11-10',
      }),
      invoice({
        id: 'C',
        number: 'INV-8',
        amountMinor: 30000,
        currency: 'EUR',
        dueDate: '2026-12-15',
      }),
    ]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.invoices.map((i) => i.invoiceId)).toEqual(['A', 'B']);
        expect(s.invoices[0]?.daysOverdue).toBe(22);
        expect(s.body).toContain('FV/11/001');
        expect(s.body).toContain('INV-7');
        expect(s.body).not.toContain('INV-8');
        // Intl puts a no-break space after "PLN"; normalise it for the comparison.
        expect(s.body.replace(/\u00a0/g, ' ')).toContain('PLN 1,200.00 + €500.00');
      },
    },
  ],
  [
    'a disputed invoice among open ones is held out',
    state([
      invoice({ id: 'A', amountMinor: 80000, dueDate: '2026-10-01', status: 'disputed' }),
      invoice({ id: 'B', amountMinor: 20000, dueDate: '2026-11-13' }),
    ]),
    {
      stage: 'overdue_gentle',
      templateId: 'reminder_gentle',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => {
        expect(s.invoices.map((i) => i.invoiceId)).toEqual(['B']);
        expect(s.heldOut.map((i) => i.invoiceId)).toEqual(['A']);
        expect(s.body).not.toContain('INV-A');
      },
    },
  ],
  [
    'every open invoice disputed: ask for specifics, never escalate',
    state(
      [invoice({ id: 'A', amountMinor: 80000, dueDate: '2026-09-01', status: 'disputed' })],
      [
        event(
          '2026-11-10',
          { type: 'dispute_opened', invoiceId: 'A', note: 'logo colours wrong' },
          'A',
        ),
      ],
    ),
    {
      stage: 'negotiate',
      templateId: 'dispute_specifics',
      action: 'send',
      followUp: '2026-11-30',
      check: (s) => expect(s.invoices.map((i) => i.invoiceId)).toEqual(['A']),
    },
  ],
  [
    'only disputed invoices and a new reply: paused on the dispute answer',
    state(
      [invoice({ id: 'A', amountMinor: 80000, dueDate: '2026-09-01', status: 'disputed' })],
      [
        event('2026-11-10', { type: 'dispute_opened', invoiceId: 'A', note: 'colours' }, 'A'),
        sent('2026-11-11', 'dispute_specifics', 'negotiate'),
        reply('2026-11-20', 'Page 3 and the logo colours still do not match the brief.'),
      ],
    ),
    {
      stage: 'negotiate',
      templateId: 'dispute_specifics',
      action: 'assess',
      followUp: '2026-11-23',
      check: (s) => {
        expect(s.paused).toBe(true);
        expect(s.invoices.map((i) => i.invoiceId)).toEqual(['A']);
      },
    },
  ],
  [
    'nothing owed',
    state([eur('1', '2026-11-01', { status: 'paid', paidMinor: 100000 })]),
    {
      stage: 'before_due',
      templateId: 'courtesy_before_due',
      action: 'none',
      followUp: null,
      check: (s) => {
        expect(s.nothingDue).toBe(true);
        expect(s.body).toBe('');
      },
    },
  ],
];

describe('suggestNextStep scenarios', () => {
  it.each(SCENARIOS)('%s', (_name, st, want, settings = defaultAdvisorSettings) => {
    const s = suggestNextStep(st, NOW, settings);
    expect({
      stage: s.stage,
      templateId: s.templateId,
      action: s.action,
      followUp: day(s.followUpAt),
    }).toEqual({
      stage: want.stage,
      templateId: want.templateId,
      action: want.action,
      followUp: want.followUp,
    });
    if (want.sendAfter) expect(day(s.sendAfter)).toBe(want.sendAfter);
    if (!s.nothingDue) {
      expect(s.rationale.length).toBeGreaterThan(10);
      if (s.channel !== 'phone') expect(s.subject).not.toBe('');
      expect(s.body).not.toMatch(/\{\{|undefined|NaN/);
    }
    want.check?.(s);
  });

  it('writes in the client language, else the default language', () => {
    const st = state([eur('1', '2026-11-13')]);
    const pl = suggestNextStep(
      { ...st, client: { ...st.client, language: 'pl' } },
      NOW,
      defaultAdvisorSettings,
    );
    expect(pl.language).toBe('pl');
    expect(pl.body).toContain('1\u00a0000,00');
    const de = suggestNextStep({ ...st, client: { ...st.client, language: null } }, NOW, {
      ...defaultAdvisorSettings,
      defaultLanguage: 'de',
    });
    expect(de.language).toBe('de');
    expect(de.body).toContain('1.000,00');
  });

  it('sorts events itself: shuffled input gives the same suggestion', () => {
    const events = [
      sent('2026-10-21', 'reminder_gentle', 'overdue_gentle'),
      sent('2026-11-01', 'reminder_firm', 'overdue_firm'),
      reply('2026-11-02', 'ok'),
      reason('2026-11-03', 'cash_flow'),
    ];
    const a = suggestNextStep(state([eur('1', '2026-10-20')], events), NOW, defaultAdvisorSettings);
    const b = suggestNextStep(
      state([eur('1', '2026-10-20')], [...events].reverse()),
      NOW,
      defaultAdvisorSettings,
    );
    expect(b).toEqual(a);
    expect(a.templateId).toBe('instalment_offer');
  });

  it('tone follows the stage and shifts with the preference', () => {
    const st = state([eur('1', '2026-11-13')]);
    expect(suggestNextStep(st, NOW, defaultAdvisorSettings).tone).toBe('warm');
    expect(suggestNextStep(st, NOW, { ...defaultAdvisorSettings, tone: 'formal' }).tone).toBe(
      'neutral',
    );
  });

  it('uses the user overrides for a template', () => {
    const settings: AdvisorSettings = {
      ...defaultAdvisorSettings,
      templateOverrides: {
        en: { reminder_gentle: { subject: 'Hi {{clientName}}', body: 'Please pay {{amount}}.' } },
      },
    };
    const s = suggestNextStep(state([eur('1', '2026-11-13')]), NOW, settings);
    expect(s.subject).toBe('Hi Harbor & Finch Ltd');
    expect(s.body).toBe('Please pay €1,000.00.');
  });
});
