/**
 * The debt log as a readable timeline, newest first: what happened, the figures that matter,
 * and where Firmly learnt it. Replies are quoted as text (page-derived: never HTML).
 */
import type { EventRecord, InvoiceRecord } from '@/utils/db/records';
import type { PopupKey, PopupT } from '@/utils/i18n/popup-strings';
import { formatMoney } from '@/utils/money';
import { formatDay, formatMoment } from '@/utils/popup/format';
import { usePopup } from './context';

export interface EventText {
  title: string;
  details: string[];
  quote: string | null;
  tone: 'money' | 'contact' | 'problem' | 'plain';
}

/** Title, details and tone of one event, in the UI language. */
export function describeEvent(
  e: EventRecord,
  invoices: ReadonlyMap<string, InvoiceRecord>,
  t: PopupT,
  locale: string,
): EventText {
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, locale);
  const forInvoice = (id: string | null) => {
    const inv = id ? invoices.get(id) : undefined;
    return inv?.number ? [t('ev.forInvoice', { number: inv.number })] : [];
  };
  const title = t(`ev.${e.data.type}` as PopupKey);
  const d = e.data;
  switch (d.type) {
    case 'invoice_seen':
    case 'invoice_added':
      return {
        title,
        details: [...forInvoice(d.invoiceId), money(d.amountMinor, d.currency)],
        quote: null,
        tone: 'plain',
      };
    case 'payment_received':
      return {
        title,
        details: [
          money(d.amountMinor, d.currency),
          ...forInvoice(d.invoiceId),
          ...(d.reference ? [d.reference] : []),
        ],
        quote: null,
        tone: 'money',
      };
    case 'reminder_sent':
      return {
        title,
        details: [
          ...(d.stage ? [t(`stage.${d.stage}` as PopupKey)] : []),
          t('ev.byChannel', { channel: t(`channel.${d.channel}` as PopupKey) }),
        ],
        quote: null,
        tone: 'contact',
      };
    case 'reply_received':
      return { title, details: [], quote: d.excerpt || null, tone: 'contact' };
    case 'reason_recorded':
      return {
        title,
        details: [
          t(`reason.${d.reason}` as PopupKey),
          d.confirmedByUser ? t('ev.confirmed') : t('ev.detected'),
        ],
        quote: d.evidence,
        tone: 'problem',
      };
    case 'promise_to_pay':
      return {
        title,
        details: [
          t('ev.promiseBy', { date: formatDay(d.promisedDate, locale) }),
          ...(d.amountMinor !== null && d.currency ? [money(d.amountMinor, d.currency)] : []),
        ],
        quote: null,
        tone: 'contact',
      };
    case 'plan_agreed':
      return {
        title,
        details: [
          t.count('instalments', d.instalments.length),
          ...d.instalments.map(
            (i) => `${formatDay(i.dueDate, locale)}: ${money(i.amountMinor, i.currency)}`,
          ),
        ],
        quote: null,
        tone: 'contact',
      };
    case 'dispute_opened':
    case 'dispute_resolved':
      return {
        title,
        details: forInvoice(d.invoiceId),
        quote: d.note || null,
        tone: d.type === 'dispute_opened' ? 'problem' : 'plain',
      };
    case 'escalated':
      return { title, details: [t(`stage.${d.stage}` as PopupKey)], quote: null, tone: 'problem' };
    case 'invoice_corrected': {
      const currency = d.after.currency ?? d.before.currency ?? invoices.get(d.invoiceId)?.currency;
      const amounts =
        d.before.amountMinor !== undefined && d.after.amountMinor !== undefined && currency
          ? [`${money(d.before.amountMinor, currency)} → ${money(d.after.amountMinor, currency)}`]
          : [];
      return {
        title,
        details: [...forInvoice(d.invoiceId), ...amounts],
        quote: null,
        tone: 'plain',
      };
    }
    case 'note':
      return { title, details: [], quote: d.text, tone: 'plain' };
    case 'followup_set':
      return {
        title,
        details: [t('ev.followupFor', { date: formatMoment(d.dueAt, locale) })],
        quote: null,
        tone: 'plain',
      };
    case 'followup_done':
      return { title, details: [], quote: null, tone: 'plain' };
  }
}

interface Props {
  events: readonly EventRecord[];
  invoices: readonly InvoiceRecord[];
  /** True when the log was cut at the request's limit. */
  truncated: boolean;
}

export function Timeline({ events, invoices, truncated }: Props) {
  const { t, locale } = usePopup();
  if (events.length === 0) return <p class="muted">{t('timeline.empty')}</p>;
  const byId = new Map(invoices.map((i) => [i.id, i]));
  return (
    <>
      <ol class="timeline">
        {events.map((e) => {
          const text = describeEvent(e, byId, t, locale);
          return (
            <li key={e.id} class={`tl tl-${text.tone}`} data-type={e.type}>
              <div class="tl-head">
                <span class="tl-title">{text.title}</span>
                <time class="tl-when" dateTime={e.at}>
                  {formatDay(e.at.slice(0, 10), locale)}
                </time>
              </div>
              {text.details.length > 0 && <p class="tl-details">{text.details.join(' · ')}</p>}
              {text.quote && (
                <blockquote class="tl-quote" dir="auto">
                  {text.quote}
                </blockquote>
              )}
              <p class="tl-source">{t(`source.${e.source.kind}` as PopupKey)}</p>
            </li>
          );
        })}
      </ol>
      {truncated && <p class="muted">{t('timeline.more')}</p>}
    </>
  );
}
