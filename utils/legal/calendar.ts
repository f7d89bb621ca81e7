/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings. Days are counted as whole UTC days so that
 * interest periods and reminder cadences never drift with daylight-saving changes.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of an ISO date; throws on a malformed date. */
export function dayNumber(isoDate: string): number {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`Expected YYYY-MM-DD, got "${isoDate}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

/** ISO date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `isoDate` moved by `days` (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** The local calendar date of an instant, as the user sees it in the browser. */
export function localIsoDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** An ISO date-time for `hour`:00 local time on `isoDate` (follow-ups fire in working hours). */
export function localDateTimeIso(isoDate: string, hour = 9): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour).toISOString();
}

/** First day of the half-year after the one containing `isoDate` (Jan 1 or Jul 1). */
export function nextHalfYearStart(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month <= 6 ? `${year}-07-01` : `${year + 1}-01-01`;
}

/** Last day of the month containing `isoDate`. */
export function endOfMonth(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return fromDayNumber(Date.UTC(year, month, 1) / MS_PER_DAY - 1);
}
