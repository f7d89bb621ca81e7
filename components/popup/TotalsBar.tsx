/** Portfolio totals per currency: what clients owe in all, and how much of it is overdue. */
import type { CurrencyTotal } from '@/utils/db/totals';
import { formatMoney } from '@/utils/money';
import { usePopup } from './context';

export function TotalsBar({ totals }: { totals: readonly CurrencyTotal[] }) {
  const { t, locale } = usePopup();
  const owing = totals.filter((x) => x.owedMinor > 0);
  // Clients' credit is theirs: shown apart, never subtracted from what the others owe.
  const credits = totals.filter((x) => x.creditMinor > 0);
  return (
    <section class="totals" aria-label={t('list.owed')}>
      <h2 class="totals-label">{t('list.owed')}</h2>
      {owing.length === 0 ? (
        <p class="totals-none">{t('list.nothingOwed')}</p>
      ) : (
        <ul class="totals-list">
          {owing.map((x) => (
            <li key={x.currency} class="total" data-currency={x.currency}>
              <strong class="total-owed">
                {formatMoney({ amountMinor: x.owedMinor, currency: x.currency }, locale)}
              </strong>
              {x.overdueMinor > 0 && (
                <span class="total-overdue">
                  {t('list.overdueOf', {
                    amount: formatMoney(
                      { amountMinor: x.overdueMinor, currency: x.currency },
                      locale,
                    ),
                  })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {credits.length > 0 && (
        <p class="totals-credit" data-testid="totals-credit">
          {t('list.credit', {
            amount: credits
              .map((x) => formatMoney({ amountMinor: x.creditMinor, currency: x.currency }, locale))
              .join(' · '),
          })}
        </p>
      )}
    </section>
  );
}
