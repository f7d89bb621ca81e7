/**
 * Statutory late-payment interest: simple interest, principal × rate × days / 365, split into
 * periods wherever the statutory rate or the principal changes. Each period is rounded half-up to
 * a whole minor unit and the total is the sum of the rounded periods, so the breakdown shown to
 * the user adds up exactly.
 */
import { dayNumber, fromDayNumber, nextHalfYearStart } from '@/utils/legal/calendar';
import { divRoundHalfUp } from '@/utils/legal/money-math';
import type { RatePeriod } from '@/utils/legal/rates';

/** One line of the arithmetic: from/to inclusive. */
export interface InterestPeriod {
  from: string;
  to: string;
  days: number;
  principalMinor: number;
  /** Statutory annual rate (reference + margin) in basis points. */
  rateBp: number;
  interestMinor: number;
  /** True when this period lies outside the rate table (the nearest row's rate was assumed). */
  stale: boolean;
}

/** A payment that reduced the principal after the due date. */
export interface DatedPayment {
  /** Day the money arrived; interest on that part runs up to and including this day. */
  date: string;
  amountMinor: number;
}

export interface InterestInput {
  /** What is still unpaid at `asOf`, in minor units. */
  outstandingMinor: number;
  /** Due date; interest runs from the next day. */
  dueDate: string;
  /** Last day counted (inclusive). */
  asOf: string;
  marginBp: number;
  referenceRates: readonly RatePeriod[];
  /** Payments made after the due date (they were part of the principal until they arrived). */
  latePayments?: readonly DatedPayment[];
  /**
   * How the table's rows are fixed (presets.ts): a half-year row covers its half-year; an
   * as-changed row vouches only for its own day onward until the table is updated; a fixed rate
   * never goes stale. Default half-year.
   */
  fixing?: 'half-year' | 'as-changed' | 'fixed';
}

export interface InterestResult {
  days: number;
  interestMinor: number;
  periods: InterestPeriod[];
  stale: boolean;
}

const YEAR_DAYS = 365n;
const BP_PER_UNIT = 10_000n;

/** Simple interest for one period, rounded half-up. */
export function periodInterest(principalMinor: number, rateBp: number, days: number): number {
  const numerator = BigInt(principalMinor) * BigInt(rateBp) * BigInt(days);
  return Number(divRoundHalfUp(numerator, BP_PER_UNIT * YEAR_DAYS));
}

/** Rate-table row in force on `day` (the latest `from` ≤ day), or null before the first row. */
function rowFor(rates: readonly RatePeriod[], day: number): RatePeriod | null {
  let found: RatePeriod | null = null;
  for (const row of rates) if (dayNumber(row.from) <= day) found = row;
  return found;
}

/** Computes late-payment interest with a per-period breakdown. */
export function computeInterest(input: InterestInput): InterestResult {
  const first = dayNumber(input.dueDate) + 1;
  const last = dayNumber(input.asOf);
  if (last < first || input.referenceRates.length === 0)
    return { days: 0, interestMinor: 0, periods: [], stale: false };

  const rates = [...input.referenceRates].sort((a, b) => a.from.localeCompare(b.from));
  const lastRow = rates[rates.length - 1];
  const fixing = input.fixing ?? 'half-year';
  const staleFrom =
    !lastRow || fixing === 'fixed'
      ? Infinity
      : fixing === 'as-changed'
        ? dayNumber(lastRow.from) + 1
        : dayNumber(nextHalfYearStart(lastRow.from));
  const payments = (input.latePayments ?? [])
    .filter((p) => dayNumber(p.date) >= first && dayNumber(p.date) <= last && p.amountMinor > 0)
    .sort((a, b) => a.date.localeCompare(b.date));

  // Day boundaries where something changes: rate rows, the stale point, the day after each payment.
  const cuts = new Set<number>([first, last + 1]);
  for (const row of rates) cuts.add(dayNumber(row.from));
  cuts.add(staleFrom);
  for (const p of payments) cuts.add(dayNumber(p.date) + 1);
  const bounds = [...cuts].filter((d) => d >= first && d <= last + 1).sort((a, b) => a - b);

  const periods: InterestPeriod[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] as number;
    const end = (bounds[i + 1] as number) - 1;
    // Principal in this period = what is outstanding now + payments that arrived after `start - 1`.
    const laterPaid = payments
      .filter((p) => dayNumber(p.date) >= start)
      .reduce((s, p) => s + p.amountMinor, 0);
    const principalMinor = input.outstandingMinor + laterPaid;
    const row = rowFor(rates, start) ?? rates[0];
    if (!row || principalMinor <= 0) continue;
    const rateBp = row.referenceRateBp + input.marginBp;
    const days = end - start + 1;
    const prev = periods[periods.length - 1];
    // Past the table's last half-year, or before its first row: the rate was assumed, not known.
    const stale = start >= staleFrom || rowFor(rates, start) === null;
    // Merge with the previous line when nothing changed (e.g. a rate row repeating the same rate).
    if (
      prev &&
      prev.rateBp === rateBp &&
      prev.principalMinor === principalMinor &&
      prev.stale === stale
    ) {
      prev.to = fromDayNumber(end);
      prev.days += days;
      prev.interestMinor = periodInterest(principalMinor, rateBp, prev.days);
      continue;
    }
    periods.push({
      from: fromDayNumber(start),
      to: fromDayNumber(end),
      days,
      principalMinor,
      rateBp,
      interestMinor: periodInterest(principalMinor, rateBp, days),
      stale,
    });
  }
  return {
    days: last - first + 1,
    interestMinor: periods.reduce((s, p) => s + p.interestMinor, 0),
    periods,
    stale: periods.some((p) => p.stale),
  };
}

/** The statutory rate (bp) in force on `isoDate`, or null when the table starts later. */
export function statutoryRateOn(
  isoDate: string,
  marginBp: number,
  rates: readonly RatePeriod[],
): number | null {
  const sorted = [...rates].sort((a, b) => a.from.localeCompare(b.from));
  const row = rowFor(sorted, dayNumber(isoDate));
  return row ? row.referenceRateBp + marginBp : null;
}
