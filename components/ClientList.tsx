import type { ClientListItem } from '@/utils/ledger/queries';
import { formatMoney } from '@/utils/money';

interface Props {
  /** null while loading. */
  clients: ClientListItem[] | null;
  locale: string;
  onSelect?: (clientId: string) => void;
}

/** Who owes what, most urgent first. Page-derived names are rendered as text by Preact. */
export function ClientList({ clients, locale, onSelect }: Props) {
  if (clients === null) return <p aria-busy="true">…</p>;
  if (clients.length === 0) {
    return (
      <p class="empty">
        No clients yet. Open an invoice e-mail in Gmail or a hosted invoice page, and Firmly will
        start tracking it.
      </p>
    );
  }
  return (
    <ul class="client-list">
      {clients.map(({ client, summary, overdue }) => (
        <li key={client.id} class="client-row" data-client-id={client.id}>
          <button type="button" class="client-name linklike" onClick={() => onSelect?.(client.id)}>
            {client.name}
          </button>
          <span class="owed">
            {Object.entries(summary.balances)
              .filter(([, minor]) => minor !== 0)
              .map(([currency, minor]) => (
                <span key={currency} class="balance" data-currency={currency}>
                  {formatMoney({ amountMinor: minor, currency }, locale)}
                </span>
              ))}
            {overdue.daysOverdue > 0 && <span class="late"> · {overdue.daysOverdue} d late</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
