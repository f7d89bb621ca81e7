/** Display formatting for the popup: dates and money lists in the UI locale, text only. */
import { formatMoney } from '@/utils/money';

/** The local calendar date of `d` as YYYY-MM-DD (not UTC: "today" is the user's today). */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "12 Mar 2026" for a YYYY-MM-DD date, in `locale`; the date is not shifted by time zones. */
export function formatDay(date: string, locale: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** "12 Mar 2026, 09:00" for an ISO date-time, in local time. */
export function formatMoment(iso: string, locale: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** "Mar" / "мар." — short month name of a YYYY-MM month, for chart axes. */
export function formatMonth(month: string, locale: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return month;
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(d);
}

/** Non-zero amounts of a per-currency record, formatted and sorted by currency. */
export function moneyList(
  amounts: Record<string, number>,
  locale: string,
  keep: (minor: number) => boolean = (m) => m !== 0,
): string[] {
  return Object.entries(amounts)
    .filter(([, minor]) => keep(minor))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, amountMinor]) => formatMoney({ amountMinor, currency }, locale));
}

/**
 * The locale for numbers and dates: the browser's own tag when it is the UI language (so en-GB
 * keeps its dates), else the UI language.
 */
export function displayLocale(uiLanguage: string, browserLanguages: readonly string[]): string {
  const own = browserLanguages.find((tag) => tag.toLowerCase().split('-')[0] === uiLanguage);
  return own ?? uiLanguage;
}
