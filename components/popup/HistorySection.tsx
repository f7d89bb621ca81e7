/** Payment history: invoiced vs paid per month and days to pay per invoice, in one currency. */
import { useState } from 'preact/hooks';
import type { EventRecord, InvoiceRecord } from '@/utils/db/records';
import { invoicedVsPaid, mainCurrency, type InvoicePayment } from '@/utils/ledger/history';
import { Segmented } from '@/components/ui';
import { usePopup } from './context';
import { FlowChart } from './FlowChart';
import { DaysChart } from './DaysChart';

interface Props {
  invoices: readonly InvoiceRecord[];
  events: readonly EventRecord[];
  payments: readonly InvoicePayment[];
}

export function HistorySection({ invoices, events, payments }: Props) {
  const { t, today } = usePopup();
  const currencies = [...new Set(invoices.map((i) => i.currency))].sort();
  const [picked, setPicked] = useState<string | null>(null);
  const currency = picked && currencies.includes(picked) ? picked : mainCurrency(invoices);
  if (!currency) return <p class="muted">{t('invoices.none')}</p>;
  const flows = invoicedVsPaid(invoices, events, currency, today, 12);
  const inCurrency = payments.filter((p) => p.currency === currency);
  const known = inCurrency.map((p) => p.daysToPay).filter((d): d is number => d !== null);
  const average = known.length ? Math.round(known.reduce((s, d) => s + d, 0) / known.length) : null;
  return (
    <>
      {currencies.length > 1 && (
        <Segmented
          name="chart-currency"
          label={t('chart.currency')}
          value={currency}
          onValue={setPicked}
          options={currencies.map((c) => ({ value: c, label: c }))}
        />
      )}
      <FlowChart flows={flows} currency={currency} />
      <DaysChart rows={inCurrency} average={average} />
    </>
  );
}
