/**
 * Dates a user can get wrong when recording by hand: a payment cannot have arrived in the
 * future, and a promise to pay on a day already past is no promise. The popup's forms say so at
 * the field; the background refuses the same events from any view (the Gmail panel included).
 */
import { localIsoDate } from '@/utils/legal/calendar';
import type { EventData } from '@/utils/db/records';

export type DateProblem = 'payment_in_future' | 'promise_in_past';

/** Clocks of two contexts drift a little: a payment "now" is never refused for that. */
const CLOCK_SLACK_MS = 5 * 60_000;

export function eventDateProblem(at: string, data: EventData, now: Date): DateProblem | null {
  if (data.type === 'payment_received' && Date.parse(at) > now.getTime() + CLOCK_SLACK_MS)
    return 'payment_in_future';
  if (data.type === 'promise_to_pay' && data.promisedDate < localIsoDate(now))
    return 'promise_in_past';
  return null;
}

export const DATE_PROBLEM_TEXT: Record<DateProblem, string> = {
  payment_in_future: 'A payment cannot be dated in the future.',
  promise_in_past: 'A promise to pay cannot be for a day already past.',
};
