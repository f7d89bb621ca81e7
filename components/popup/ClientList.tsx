/**
 * Who owes what, most urgent first. Each row is one button (Enter opens the client); arrow keys
 * move between rows. Page-derived names are rendered as text by Preact, never as HTML.
 */
import type { Ref } from 'preact';
import type { ClientListItem } from '@/utils/ledger/queries';
import { daysBetween } from '@/utils/ledger/summary';
import { formatMoney } from '@/utils/money';
import { urgencyDate } from '@/utils/ledger/urgency';
import { usePopup } from './context';

interface Props {
  clients: readonly ClientListItem[];
  onSelect: (clientId: string) => void;
  /** Label of the list for screen readers. */
  label: string;
  listRef?: Ref<HTMLUListElement>;
}

type Tone = 'late' | 'soon' | 'calm';

/** The one-line state of a row and how loud it should look. */
export function rowState(
  item: ClientListItem,
  today: string,
  t: ReturnType<typeof usePopup>['t'],
  locale: string,
): { text: string; tone: Tone } {
  const { overdue, summary } = item;
  if (overdue.daysOverdue > 0)
    return { text: t('row.late', { days: t.count('days', overdue.daysOverdue) }), tone: 'late' };
  const next = urgencyDate(summary);
  if (next) {
    const days = daysBetween(today, next);
    return days <= 0
      ? { text: t('row.dueToday'), tone: 'soon' }
      : {
          text: t('row.dueIn', { days: t.count('days', days) }),
          tone: days <= 3 ? 'soon' : 'calm',
        };
  }
  const owes = Object.values(summary.balances).some((v) => v > 0);
  if (owes)
    return {
      text: summary.open.some((o) => o.disputed) ? t('row.disputed') : t('row.noDue'),
      tone: 'calm',
    };
  const credit = Object.entries(summary.balances).find(([, v]) => v < 0);
  if (credit)
    return {
      text: t('row.credit', {
        amount: formatMoney({ amountMinor: -credit[1], currency: credit[0] }, locale),
      }),
      tone: 'calm',
    };
  return { text: t('row.paidUp'), tone: 'calm' };
}

function moveFocus(e: KeyboardEvent) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Home' && e.key !== 'End') return;
  const list = e.currentTarget as HTMLElement;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('button.client-open')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const target =
    e.key === 'Home'
      ? 0
      : e.key === 'End'
        ? buttons.length - 1
        : Math.min(buttons.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
  const next = buttons[target];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

export function ClientList({ clients, onSelect, label, listRef }: Props) {
  const { t, locale, today } = usePopup();
  return (
    <ul class="client-list" aria-label={label} ref={listRef} onKeyDown={moveFocus}>
      {clients.map((item) => {
        const { client, summary } = item;
        const state = rowState(item, today, t, locale);
        const owed = Object.entries(summary.balances)
          .filter(([, minor]) => minor > 0)
          .sort(([a], [b]) => a.localeCompare(b));
        const openCount = summary.open.length;
        return (
          <li key={client.id} class="client-row">
            <button
              type="button"
              class="client-open"
              data-client-id={client.id}
              onClick={() => onSelect(client.id)}
            >
              <span class="client-main">
                <bdi class="client-name">{client.name}</bdi>
                <span class="client-sub">
                  {client.emails[0] && (
                    <bdi class="client-email" dir="ltr">
                      {client.emails[0]}
                    </bdi>
                  )}
                  {openCount > 0 && <span class="client-count">{t.count('open', openCount)}</span>}
                </span>
              </span>
              <span class="client-figures">
                {owed.map(([currency, minor]) => (
                  <span key={currency} class="balance" data-currency={currency}>
                    {formatMoney({ amountMinor: minor, currency }, locale)}
                  </span>
                ))}
                <span class={`when when-${state.tone}`}>{state.text}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
