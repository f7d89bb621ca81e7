/**
 * The debt log as a readable timeline, newest first: what happened, the figures that matter,
 * and where Firmly learnt it. Replies are quoted as text (page-derived: never HTML).
 */
import type { EventRecord, InvoiceRecord } from '@/utils/db/records';
import type { PopupKey, PopupT } from '@/utils/i18n/popup-strings';
import { formatMoney } from '@/utils/money';
import { formatDay, formatMoment } from '@/utils/popup/format';
import type { VoidedEntry } from '@/utils/ledger/voids';
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from '@/components/ui';
import { errorText, usePopup } from './context';

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
    case 'event_voided':
      return { title, details: [], quote: null, tone: 'plain' };
  }
}

interface Props {
  events: readonly EventRecord[];
  /** Deleted entries, shown struck through with who deleted them and when. */
  voided?: readonly VoidedEntry[];
  invoices: readonly InvoiceRecord[];
  /** True when the log was cut at the request's limit. */
  truncated: boolean;
  /** An entry was deleted (or restored): the client view reloads. */
  onChanged?: () => void;
}

type Row = { event: EventRecord; voidedBy: VoidedEntry['voidedBy'] | null };

export function Timeline({ events, voided = [], invoices, truncated, onChanged }: Props) {
  const { t, locale, send, announce } = usePopup();
  const [asking, setAsking] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (events.length === 0 && voided.length === 0) return <p class="muted">{t('timeline.empty')}</p>;
  // A deleted invoice's row is gone; its void keeps a copy, so the entry still names it.
  const byId = new Map(invoices.map((i) => [i.id, i]));
  for (const v of voided)
    if (v.voidedBy.data.invoice) byId.set(v.voidedBy.data.invoice.id, v.voidedBy.data.invoice);
  const rows: Row[] = [
    ...events.map((event) => ({ event, voidedBy: null })),
    ...voided.map((v) => ({ event: v.event, voidedBy: v.voidedBy })),
  ].sort(
    (a, b) =>
      b.event.at.localeCompare(a.event.at) || b.event.recordedAt.localeCompare(a.event.recordedAt),
  );

  const remove = async (eventId: string) => {
    setBusy(true);
    try {
      const result = await send('ui-bg:voidEvent', { eventId });
      if ('error' in result) {
        announce(t(`void.err.${result.error}` as PopupKey));
      } else {
        // Undo voids the void, which restores the entry.
        announce(t('saved.deleted'), { eventId: result.event.id });
        setAsking(null);
        onChanged?.();
      }
    } catch (e) {
      announce(t('form.saveFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <ol class="timeline">
        {rows.map(({ event: e, voidedBy }) => {
          const text = describeEvent(e, byId, t, locale);
          const day = formatDay(e.at.slice(0, 10), locale);
          const Title = voidedBy ? 'del' : 'span';
          return (
            <li
              key={e.id}
              class={`tl tl-${text.tone}${voidedBy ? ' tl-voided' : ''}`}
              data-type={e.type}
              data-event-id={e.id}
            >
              <div class="tl-head">
                <Title class="tl-title">{text.title}</Title>
                <time class="tl-when" dateTime={e.at}>
                  {day}
                </time>
              </div>
              {text.details.length > 0 && (
                <p class="tl-details">
                  {text.details.map((d, i) => (
                    <Fragment key={i}>
                      {i > 0 && ' · '}
                      {voidedBy ? (
                        <del>
                          <bdi>{d}</bdi>
                        </del>
                      ) : (
                        <bdi>{d}</bdi>
                      )}
                    </Fragment>
                  ))}
                </p>
              )}
              {text.quote && <blockquote class="tl-quote">{text.quote}</blockquote>}
              <p class="tl-source">{t(`source.${e.source.kind}` as PopupKey)}</p>
              {voidedBy && (
                <p class="tl-void-note">
                  <time dateTime={voidedBy.at}>
                    {t('tl.voided', { date: formatMoment(voidedBy.at, locale) })}
                  </time>
                </p>
              )}
              {!voidedBy && onChanged && asking !== e.id && (
                <Button
                  small
                  variant="ghost"
                  class="tl-delete"
                  aria-label={t('tl.deleteLabel', { entry: text.title, date: day })}
                  onClick={() => setAsking(e.id)}
                >
                  {t('tl.delete')}
                </Button>
              )}
              {!voidedBy && asking === e.id && (
                <div class="tl-confirm" role="group" aria-label={t('tl.deleteConfirm')}>
                  <p>{t('tl.deleteAsk')}</p>
                  <Button small variant="danger" busy={busy} onClick={() => void remove(e.id)}>
                    {t('tl.deleteConfirm')}
                  </Button>
                  <Button small variant="ghost" onClick={() => setAsking(null)}>
                    {t('common.cancel')}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {truncated && <p class="muted">{t('timeline.more')}</p>}
    </>
  );
}
