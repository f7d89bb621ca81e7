/** The words of follow-up notifications, built from the client's summary and the advisor. */
import type { ClientRecord, FollowupRecord, SummaryRecord } from '@/utils/db/records';
import { formatMoney } from '@/utils/money';

export interface NextStep {
  /** One line, e.g. "Second reminder: ask for a payment date". */
  headline: string;
  /** Gmail compose URL with the suggested message, when the next step is an e-mail. */
  draftUrl: string | null;
}

export interface Notice {
  title: string;
  message: string;
  draftUrl: string | null;
}

export function owedText(summary: SummaryRecord | undefined, locale: string): string {
  const parts = Object.entries(summary?.balances ?? {})
    .filter(([, minor]) => minor > 0)
    .map(([currency, minor]) => formatMoney({ amountMinor: minor, currency }, locale));
  return parts.length ? parts.join(' + ') : 'nothing owed';
}

export function followupNotice(
  followup: FollowupRecord,
  client: ClientRecord,
  summary: SummaryRecord | undefined,
  step: NextStep | null,
  locale: string,
): Notice {
  const lines = [`Owes ${owedText(summary, locale)}.`];
  if (step) lines.push(`Next: ${step.headline}`);
  if (followup.note) lines.push(followup.note);
  return {
    title: `Follow up with ${client.name}`,
    message: lines.join('\n'),
    draftUrl: step?.draftUrl ?? null,
  };
}

/** One notification for every follow-up missed while the browser was closed. */
export function digestNotice(
  missed: { client: ClientRecord; summary: SummaryRecord | undefined }[],
  locale: string,
): Notice {
  const names = missed
    .slice(0, 4)
    .map(({ client, summary }) => `${client.name}: ${owedText(summary, locale)}`);
  if (missed.length > 4) names.push(`…and ${missed.length - 4} more`);
  return {
    title: missed.length === 1 ? '1 follow-up is due' : `${missed.length} follow-ups are due`,
    message: names.join('\n'),
    draftUrl: null,
  };
}
