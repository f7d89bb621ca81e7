/**
 * The explanation the user sees, built from data parts (so the UI can translate them later) and
 * rendered here in English: first what the situation is, then what to do.
 */
import type { RationalePart } from '@/utils/advisor/types';
import { formatDate } from '@/utils/templates/values';

const REASON_WORDS: Record<string, string> = {
  quality_dispute: 'disputes the quality of the work',
  invoice_error: 'says the invoice has an error',
  not_received: 'says the invoice never arrived',
  cash_flow: 'cannot pay right now (cash flow)',
  forgot: 'forgot',
  value_doubt: 'doubts the price',
  service_complaint: 'complains about the service',
  unresponsive: 'is not answering',
  deliberate: 'refuses to pay',
  promise_to_pay: 'promised to pay',
  already_paid: 'says it is already paid',
  unknown: 'gave no clear reason',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Values as text; ISO dates read as "3 December 2026". */
const str = (v: string | number | undefined) => {
  if (v === undefined) return '';
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, 'en') : String(v);
};

function situation(p: RationalePart): string | null {
  const v = p.values;
  switch (p.key) {
    case 'nothing_due':
      return 'nothing is owed';
    case 'credit':
      return `${str(v.amount)} paid without a matching invoice (a credit)`;
    case 'not_yet_due':
      return `due in ${plural(Number(v.days), 'day', 'days')} (${str(v.date)})`;
    case 'due_today':
      return 'due today';
    case 'days_overdue':
      return `${plural(Number(v.days), 'day', 'days')} overdue`;
    case 'assumed_due_date':
      return `no due date on invoice ${str(v.number)}, so ${str(v.date)} is assumed (${str(v.termDays)} days after issue)`;
    case 'partial_payment':
      return `${str(v.paid)} already paid`;
    case 'several_invoices':
      return `${plural(Number(v.count), 'invoice', 'invoices')} open`;
    case 'disputed_held_out':
      return `disputed invoice ${str(v.numbers)} held out of escalation`;
    case 'reminders_sent':
      return `${plural(Number(v.count), 'reminder', 'reminders')} sent`;
    case 'no_reply_after':
      return `no reply after ${plural(Number(v.count), 'reminder', 'reminders')}`;
    case 'reason':
      return `client ${REASON_WORDS[str(v.reason)] ?? str(v.reason)}${v.evidence ? ` ("${str(v.evidence)}")` : ''}`;
    case 'new_reply':
      return `a new reply (${str(v.date)}) reads as: client ${REASON_WORDS[str(v.reason)] ?? str(v.reason)}${v.evidence ? ` ("${str(v.evidence)}")` : ''}`;
    case 'promise':
      return v.date ? `payment promised for ${str(v.date)}` : 'payment promised without a date';
    case 'promise_broken':
      return `the payment promised for ${str(v.date)} did not arrive`;
    case 'plan_on_track':
      return `instalment plan on track, next instalment due ${str(v.date)}`;
    case 'plan_missed':
      return `the instalment due ${str(v.date)} was missed`;
    case 'long_absence':
      return `last reminder ${plural(Number(v.days), 'day', 'days')} ago`;
    case 'stale_rates':
      return 'the statutory rate table has no entry for the current half-year: check it';
    default:
      return null;
  }
}

const STEPS: Record<string, (v: RationalePart['values']) => string> = {
  courtesy: () => 'Send a friendly heads-up before the due date.',
  due_today: () => 'Send a short due-today note.',
  gentle: () => 'Send a gentle reminder that assumes an oversight.',
  firm: () => 'Send a firmer reminder asking for a payment date by a deadline.',
  channel_switch: () => 'Try another contact (accounts payable) instead of the usual address.',
  phone: () => 'Call them instead of writing again.',
  dispute_specifics: () =>
    'Ask for specifics and offer a fix or a partial credit before any escalation.',
  correction: () => 'Send a corrected invoice.',
  resend: () => 'Resend the invoice with the payment details.',
  forgot: () => 'Send a short, friendly note with the payment details.',
  instalments: (v) => `Offer ${str(v.count)} instalments with dates.`,
  discount: (v) => `Offer ${str(v.percent)}% off for paying early.`,
  explain_value: () => 'Explain the work delivered and the agreed terms.',
  acknowledge: () => 'Acknowledge the complaint, say what you will fix, then ask about payment.',
  confirm_promise: (v) => `Confirm the date in writing; Firmly checks again on ${str(v.date)}.`,
  promise_broken: () => 'Ask for payment now, one stage firmer.',
  ask_reference: () => 'Ask for the transfer date and reference.',
  final_demand: (v) => `Send a formal demand with a deadline of ${str(v.date)}.`,
  handover: (v) => `The demand deadline passed: give notice of handover on ${str(v.date)}.`,
  handover_pending: (v) =>
    `Handover notice sent; hand the claim over on ${str(v.date)} if still unpaid.`,
  hand_over_now: () => 'Hand the claim to a collection agency or the court.',
  wait: (v) => `Nothing to send yet; next step on ${str(v.date)}.`,
  assess: () => 'Confirm the reason before anything is sent; escalation is paused until then.',
  none: () => 'Nothing to do.',
};

/** One or two English sentences from the parts. */
export function renderRationale(parts: readonly RationalePart[]): string {
  const facts = parts.map(situation).filter((s): s is string => !!s);
  const steps = parts
    .filter((p) => p.key === 'step')
    .map((p) => STEPS[str(p.values.step)]?.(p.values) ?? '');
  const first = facts.length ? `${facts.join(', ')}.` : '';
  const sentence = first ? first.charAt(0).toUpperCase() + first.slice(1) : '';
  return [sentence, ...steps].filter(Boolean).join(' ');
}
