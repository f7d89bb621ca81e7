/** The words of follow-up notifications, built from the client's summary and the advisor. */
import type { ClientRecord, FollowupRecord, SummaryRecord } from '@/utils/db/records';
import { formatMoney } from '@/utils/money';
import { type UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { noticeStrings, type NoticeKey } from '@/utils/i18n/notice-strings';

/** The notification translator for `lang`, with counted phrases. */
export function noticeT(lang: UiLanguage) {
  const t = createT<NoticeKey>(noticeStrings, lang);
  return Object.assign(t, {
    lang,
    /** A counted phrase (an ICU plural on `n`). */
    count: (key: 'due', n: number) => t(key, { n }),
  });
}
type NoticeT = ReturnType<typeof noticeT>;

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

/** What the client owes, per currency; null when nothing is owed. */
export function owedText(summary: SummaryRecord | undefined, lang: UiLanguage): string | null {
  const parts = Object.entries(summary?.balances ?? {})
    .filter(([, minor]) => minor > 0)
    .map(([currency, minor]) => formatMoney({ amountMinor: minor, currency }, lang));
  return parts.length ? parts.join(' + ') : null;
}

const owesLine = (t: NoticeT, summary: SummaryRecord | undefined) => {
  const amount = owedText(summary, t.lang);
  return amount ? t('owes', { amount }) : t('nothingOwed');
};

export function followupNotice(
  followup: FollowupRecord,
  client: ClientRecord,
  summary: SummaryRecord | undefined,
  step: NextStep | null,
  t: NoticeT,
): Notice {
  const lines = [owesLine(t, summary)];
  if (step) lines.push(t('next', { step: step.headline }));
  if (followup.note) lines.push(followup.note);
  return {
    title: t('title', { name: client.name }),
    message: lines.join('\n'),
    draftUrl: step?.draftUrl ?? null,
  };
}

/** One notification for every follow-up missed while the browser was closed. */
export function digestNotice(
  missed: { client: ClientRecord; summary: SummaryRecord | undefined }[],
  t: NoticeT,
): Notice {
  const names = missed
    .slice(0, 4)
    .map(({ client, summary }) => `${client.name}: ${owesLine(t, summary)}`);
  if (missed.length > 4) names.push(t('more', { n: String(missed.length - 4) }));
  return {
    title: t.count('due', missed.length),
    message: names.join('\n'),
    draftUrl: null,
  };
}
