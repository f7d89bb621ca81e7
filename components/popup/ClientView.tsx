/**
 * One client: what they owe and how late, the next step, follow-ups, invoices with aging, the
 * payment-history charts and the debt log. Sets `firmly:client-painted` once it is on screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventRecord, FollowupRecord } from '@/utils/db/records';
import type { ClientDetail } from '@/utils/ledger/queries';
import { averageDaysToPay, invoicePayments } from '@/utils/ledger/history';
import { formatDay, moneyList } from '@/utils/popup/format';
import { Button } from '@/components/ui';
import { errorText, usePopup } from './context';
import { SuggestionCard } from './SuggestionCard';
import { FollowupsSection } from './FollowupsSection';
import { InvoicesSection } from './InvoicesSection';
import { HistorySection } from './HistorySection';
import { Timeline } from './Timeline';
import type { FormSpec } from './views';

/** The latest reminder recorded as sent, from the (effective) log, newest first or not. */
export function lastReminder(
  events: readonly EventRecord[],
): { at: string; stage: string | null; channel: string } | null {
  let last: { at: string; stage: string | null; channel: string } | null = null;
  for (const e of events)
    if (e.data.type === 'reminder_sent' && (!last || e.at > last.at))
      last = { at: e.at, stage: e.data.stage, channel: e.data.channel };
  return last;
}

export const CLIENT_PAINTED_MARK = 'firmly:client-painted';
/** Matches getClientDetail's default event limit: at this length the log was cut. */
const EVENT_LIMIT = 500;

interface Props {
  clientId: string;
  /** Bumped by the app after a form saved something. */
  version: number;
  onBack: () => void;
  onForm: (form: FormSpec) => void;
  /** Something changed here; the list behind should reload. */
  onChanged: () => void;
}

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; detail: ClientDetail };

export function ClientView({ clientId, version, onBack, onForm, onChanged }: Props) {
  const { send, t, today, locale } = usePopup();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [followups, setFollowups] = useState<FollowupRecord[]>([]);
  const [localVersion, setLocalVersion] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const focused = useRef(false);

  useEffect(() => {
    let current = true;
    send('ui-bg:getClient', { clientId, today }).then(
      (detail) => current && setLoad(detail ? { kind: 'ready', detail } : { kind: 'missing' }),
      (e) => current && setLoad({ kind: 'error', message: errorText(e) }),
    );
    send('ui-bg:listFollowups', { clientId }).then(
      (list) => current && setFollowups(list),
      () => current && setFollowups([]),
    );
    return () => {
      current = false;
    };
  }, [clientId, version, localVersion]);

  useEffect(() => {
    if (load.kind === 'loading' || focused.current) return;
    focused.current = true;
    performance.mark(CLIENT_PAINTED_MARK);
    heading.current?.focus();
  }, [load]);

  const recorded = () => {
    setLocalVersion((v) => v + 1);
    onChanged();
  };

  const back = (
    <Button
      variant="ghost"
      small
      class="back"
      onClick={onBack}
      aria-label={t('nav.back')}
      title={t('nav.back')}
    >
      <span class="back-arrow" aria-hidden="true">
        ←
      </span>
    </Button>
  );

  if (load.kind !== 'ready') {
    return (
      <div class="view view-client">
        <header class="bar">{back}</header>
        <h2 ref={heading} tabIndex={-1} class={load.kind === 'loading' ? 'sr-only' : undefined}>
          {load.kind === 'loading'
            ? t('common.loading')
            : load.kind === 'missing'
              ? t('client.notFound')
              : t('common.loadFailed', { error: load.message })}
        </h2>
        {load.kind === 'loading' && (
          <p class="loading" aria-busy="true">
            {t('common.loading')}
          </p>
        )}
      </div>
    );
  }

  const { detail } = load;
  const { client, summary, overdue, invoices, events } = detail;
  const payments = invoicePayments(invoices, events);
  const average = averageDaysToPay(payments);
  const owes = moneyList(summary.balances, locale, (m) => m > 0);
  const credit = moneyList(
    Object.fromEntries(Object.entries(summary.balances).map(([c, m]) => [c, -m])),
    locale,
    (m) => m > 0,
  );
  const late = moneyList(overdue.overdue, locale);

  return (
    <div class="view view-client">
      <header class="bar">
        {back}
        <div class="bar-title">
          <h2 ref={heading} tabIndex={-1} class="client-title">
            <bdi>{client.name}</bdi>
          </h2>
          {client.emails.length > 0 && (
            <p class="client-sub">
              <bdi dir="ltr">{client.emails.join(', ')}</bdi>
            </p>
          )}
        </div>
        <Button small variant="ghost" onClick={() => onForm({ kind: 'client', client })}>
          {t('client.edit')}
        </Button>
      </header>

      <dl class="facts">
        <div class="fact">
          <dt>{t('client.owes')}</dt>
          <dd class="fact-owed" data-testid="client-owed">
            {owes.length ? owes.join(' · ') : t('row.paidUp')}
          </dd>
        </div>
        {credit.length > 0 && (
          <div class="fact fact-credit">
            <dt>{t('client.credit')}</dt>
            <dd data-testid="client-credit">{credit.join(' · ')}</dd>
          </div>
        )}
        <div class={late.length ? 'fact fact-late' : 'fact'}>
          <dt>{t('client.overdue')}</dt>
          <dd>
            {late.length ? late.join(' · ') : t('common.none')}
            {overdue.daysOverdue > 0 && (
              <span class="fact-sub">
                {t('row.late', { days: t.count('days', overdue.daysOverdue) })}
              </span>
            )}
          </dd>
        </div>
        <div class="fact">
          <dt>{t('client.avgDays')}</dt>
          <dd data-testid="client-average">
            {average === null ? t('client.noAvg') : t.count('days', average)}
          </dd>
        </div>
        <div class="fact">
          <dt>{t('client.lastContact')}</dt>
          <dd>
            {summary.lastContactAt
              ? formatDay(summary.lastContactAt.slice(0, 10), locale)
              : t('client.never')}
          </dd>
        </div>
      </dl>

      <div class="record" role="group" aria-label={t('client.record')}>
        <Button small onClick={() => onForm({ kind: 'payment', detail })}>
          {t('action.payment')}
        </Button>
        <Button small onClick={() => onForm({ kind: 'invoice', detail, invoice: null })}>
          {t('action.invoice')}
        </Button>
        <Button small onClick={() => onForm({ kind: 'promise', detail })}>
          {t('action.promise')}
        </Button>
        <Button small onClick={() => onForm({ kind: 'dispute', detail })}>
          {t('action.dispute')}
        </Button>
        <Button small onClick={() => onForm({ kind: 'note', detail })}>
          {t('action.note')}
        </Button>
      </div>

      <SuggestionCard
        clientId={client.id}
        emails={client.emails}
        clientLanguage={client.language}
        lastReason={summary.lastReason}
        version={version + localVersion}
        mainInvoiceId={summary.open[0]?.invoiceId ?? null}
        lastSent={lastReminder(events)}
        onRecorded={recorded}
      />

      <FollowupsSection followups={followups} onChanged={recorded} />

      <section class="section" aria-labelledby="inv-title">
        <h3 id="inv-title">{t('section.invoices')}</h3>
        <InvoicesSection
          invoices={invoices}
          open={summary.open}
          payments={payments}
          onEdit={(invoice) => onForm({ kind: 'invoice', detail, invoice })}
        />
      </section>

      <section class="section" aria-labelledby="hist-title">
        <h3 id="hist-title">{t('section.history')}</h3>
        <HistorySection invoices={invoices} events={events} payments={payments} />
      </section>

      <section class="section" aria-labelledby="log-title">
        <h3 id="log-title">{t('section.timeline')}</h3>
        <Timeline
          events={events}
          voided={detail.voided}
          invoices={invoices}
          truncated={(detail.read ?? events.length) >= EVENT_LIMIT}
          onChanged={recorded}
        />
      </section>
    </div>
  );
}
