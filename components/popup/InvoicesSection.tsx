/** Open invoices with their aging, the aging summary, and the paid ones folded away. */
import type { InvoiceRecord, OpenItem } from '@/utils/db/records';
import type { PopupKey } from '@/utils/i18n/popup-strings';
import { AGING_BUCKETS, agingBuckets, type InvoicePayment } from '@/utils/ledger/history';
import { daysBetween } from '@/utils/ledger/summary';
import { formatMoney } from '@/utils/money';
import { formatDay } from '@/utils/popup/format';
import { Button } from '@/components/ui';
import { usePopup } from './context';

interface Props {
  invoices: readonly InvoiceRecord[];
  open: readonly OpenItem[];
  payments: readonly InvoicePayment[];
  onEdit: (invoice: InvoiceRecord) => void;
}

const isClosed = (i: InvoiceRecord) => i.status === 'paid' || i.status === 'written_off';

export function InvoicesSection({ invoices, open, payments, onEdit }: Props) {
  const { t, locale, today } = usePopup();
  if (invoices.length === 0) return <p class="muted">{t('invoices.none')}</p>;
  const money = (amountMinor: number, currency: string) =>
    formatMoney({ amountMinor, currency }, locale);
  const byDue = (a: InvoiceRecord, b: InvoiceRecord) =>
    (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
  const openRows = invoices.filter((i) => !isClosed(i)).sort(byDue);
  const closed = invoices
    .filter(isClosed)
    .sort((a, b) => (b.issueDate ?? b.createdAt).localeCompare(a.issueDate ?? a.createdAt));
  const paidInfo = new Map(payments.map((p) => [p.invoiceId, p]));
  const aging = agingBuckets(open, today);
  const label = (i: InvoiceRecord) =>
    i.number ? t('invoice.number', { number: i.number }) : t('invoice.noNumber');

  const when = (i: InvoiceRecord): { text: string; late: boolean } | null => {
    if (!i.dueDate) return null;
    const days = daysBetween(i.dueDate, today);
    if (days > 0) return { text: t('row.late', { days: t.count('days', days) }), late: true };
    if (days === 0) return { text: t('row.dueToday'), late: false };
    return { text: t('invoice.due', { date: formatDay(i.dueDate, locale) }), late: false };
  };

  return (
    <>
      {openRows.length > 0 && (
        <>
          <h4 class="sub">{t('invoices.open')}</h4>
          <ul class="invoices">
            {openRows.map((i) => {
              const w = when(i);
              return (
                <li key={i.id} class="invoice" data-invoice-id={i.id}>
                  <div class="invoice-main">
                    <bdi class="invoice-number">{label(i)}</bdi>
                    <span class={`chip chip-${i.status}`}>
                      {t(`status.${i.status}` as PopupKey)}
                    </span>
                  </div>
                  <div class="invoice-figures">
                    <span class="invoice-left">
                      {i.paidMinor > 0
                        ? t('invoice.left', {
                            remaining: money(i.amountMinor - i.paidMinor, i.currency),
                            amount: money(i.amountMinor, i.currency),
                          })
                        : money(i.amountMinor, i.currency)}
                    </span>
                    {w && (
                      <span class={w.late ? 'when when-late' : 'when when-calm'}>{w.text}</span>
                    )}
                  </div>
                  <Button
                    small
                    variant="ghost"
                    class="invoice-edit"
                    onClick={() => onEdit(i)}
                    aria-label={t('invoice.edit', { number: i.number || '—' })}
                  >
                    {t('common.edit')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {Object.keys(aging).length > 0 && (
        <div class="aging">
          <h4 class="sub">{t('aging.title')}</h4>
          {Object.entries(aging).map(([currency, buckets]) => {
            const total = AGING_BUCKETS.reduce((s, b) => s + buckets[b], 0);
            return (
              <dl key={currency} class="aging-table" data-currency={currency}>
                {AGING_BUCKETS.filter((b) => buckets[b] > 0).map((b) => (
                  <div key={b} class={`aging-row aging-${b}`}>
                    <dt>{t(`aging.${b}` as PopupKey)}</dt>
                    <dd>
                      <span
                        class="aging-bar"
                        style={{
                          inlineSize: `${Math.max(4, Math.round((buckets[b] / total) * 100))}%`,
                        }}
                        aria-hidden="true"
                      />
                      <span class="aging-amount">{money(buckets[b], currency)}</span>
                    </dd>
                  </div>
                ))}
              </dl>
            );
          })}
        </div>
      )}
      {closed.length > 0 && (
        <details class="closed">
          <summary>{t('invoices.paid', { count: closed.length })}</summary>
          <ul class="invoices">
            {closed.map((i) => {
              const p = paidInfo.get(i.id);
              return (
                <li key={i.id} class="invoice invoice-closed" data-invoice-id={i.id}>
                  <div class="invoice-main">
                    <bdi class="invoice-number">{label(i)}</bdi>
                    <span class={`chip chip-${i.status}`}>
                      {t(`status.${i.status}` as PopupKey)}
                    </span>
                  </div>
                  <div class="invoice-figures">
                    <span>{money(i.amountMinor, i.currency)}</span>
                    {p?.paidOn && (
                      <span class="when when-calm">
                        {t('invoice.paidOn', { date: formatDay(p.paidOn, locale) })}
                        {p.daysToPay !== null &&
                          ` · ${t('invoice.tookDays', { days: t.count('days', p.daysToPay) })}`}
                      </span>
                    )}
                  </div>
                  <Button
                    small
                    variant="ghost"
                    class="invoice-edit"
                    onClick={() => onEdit(i)}
                    aria-label={t('invoice.edit', { number: i.number || '—' })}
                  >
                    {t('common.edit')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </>
  );
}
