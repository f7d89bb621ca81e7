/**
 * What the in-page badge says about one tracked invoice, computed by the background from the
 * stored invoice and today's date, and put into words by {@link badgeText}.
 */
import type { InvoiceRecord, InvoiceStatus } from '@/utils/db/records';
import { daysBetween } from '@/utils/ledger/summary';
import type { UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { captureStrings } from '@/utils/i18n/capture-strings';

export interface InvoiceBadgeState {
  status: InvoiceStatus;
  remainingMinor: number;
  currency: string;
  dueDate: string | null;
  /** Days past the due date while something is owed (disputes excepted); 0 otherwise. */
  daysOverdue: number;
  /** Days left until the due date while something is owed; null without a due date or once late. */
  daysUntilDue: number | null;
}

/** The badge state of a stored invoice on `today` (YYYY-MM-DD). */
export function invoiceBadgeState(
  invoice: Pick<InvoiceRecord, 'status' | 'amountMinor' | 'paidMinor' | 'currency' | 'dueDate'>,
  today: string,
): InvoiceBadgeState {
  const remainingMinor = Math.max(0, invoice.amountMinor - invoice.paidMinor);
  const owed =
    remainingMinor > 0 && (invoice.status === 'open' || invoice.status === 'partly_paid');
  const delta = invoice.dueDate ? daysBetween(today, invoice.dueDate) : null;
  return {
    status: invoice.status,
    remainingMinor,
    currency: invoice.currency,
    dueDate: invoice.dueDate,
    daysOverdue: owed && delta !== null && delta < 0 ? -delta : 0,
    daysUntilDue: owed && delta !== null && delta >= 0 ? delta : null,
  };
}

/** "Tracked by Firmly · 14 days overdue" / "· paid" / "· due in 3 days", in `lang`. */
export function badgeText(state: InvoiceBadgeState | null, lang: UiLanguage): string {
  const t = createT(captureStrings, lang);
  const tracked = t('badgeTracked');
  if (!state) return tracked;
  const n = state.daysOverdue || state.daysUntilDue || 0;
  let detail: string | null = null;
  if (state.status === 'paid') detail = t('badgePaid');
  else if (state.status === 'disputed') detail = t('badgeDisputed');
  else if (state.daysOverdue > 0) detail = t('badgeOverdue', { n });
  else if (state.daysUntilDue === 0) detail = t('badgeDueToday');
  else if (state.daysUntilDue !== null) detail = t('badgeDueIn', { n });
  return detail ? `${tracked} · ${detail}` : tracked;
}

/** The local calendar date of `date` as YYYY-MM-DD (what "today" means to the person reading). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
