/** Record a promise to pay by a date, optionally of an amount. */
import { useState } from 'preact/hooks';
import { addDays, format } from 'date-fns';
import { ledgerRequests } from '@/utils/protocol/ledger';
import { isKnownCurrency } from '@/utils/popup/currency';
import { issuesByField } from '@/utils/popup/form-issues';
import { TextField } from '@/components/ui';
import { usePopup, type UndoRef } from '../context';
import { FormShell } from './FormShell';
import { useFormSubmit } from './useFormSubmit';
import { CurrencyField } from './CurrencyField';
import { normaliseCurrency, readAmount } from './amount';

interface Props {
  clientId: string;
  clientName: string;
  defaultCurrency: string;
  onDone: (message: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

type Field = 'date' | 'amount' | 'currency';

export function PromiseForm({ clientId, clientName, defaultCurrency, onDone, onCancel }: Props) {
  const { send, t, platform, locale, today } = usePopup();
  const [date, setDate] = useState(format(addDays(platform.now(), 7), 'yyyy-MM-dd'));
  const [amount, setAmount] = useState('');
  const [currencyText, setCurrencyText] = useState(defaultCurrency);
  const { errors, refuse, save, shell } = useFormSubmit<Field>();

  const submit = async () => {
    const next: Partial<Record<Field, string>> = {};
    const currency = normaliseCurrency(currencyText);
    let amountMinor: number | null = null;
    if (amount.trim()) {
      if (!isKnownCurrency(currency)) next.currency = t('err.currency');
      const read = readAmount(amount, isKnownCurrency(currency) ? currency : 'EUR', t, locale);
      if (read.ok) amountMinor = read.minor;
      else next.amount = read.error;
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && date < today) next.date = t('err.promisePast');
    const input = {
      clientId,
      invoiceId: null,
      at: platform.now().toISOString(),
      data: {
        type: 'promise_to_pay' as const,
        promisedDate: date,
        amountMinor,
        currency: amountMinor !== null ? currency : null,
      },
    };
    const parsed = ledgerRequests['ui-bg:recordEvent'].safeParse(input);
    if (!parsed.success) {
      for (const [field] of issuesByField(parsed.error, ['data'])) {
        if (field === 'promisedDate') next.date ??= t('err.date');
        if (field === 'currency') next.currency ??= t('err.currency');
        if (field === 'amountMinor') next.amount ??= t('err.amountPositive');
      }
    }
    if (!parsed.success || Object.keys(next).length > 0) return refuse(next);
    await save(async () => {
      const { event } = await send('ui-bg:recordEvent', parsed.data);
      onDone(t('saved.promise'), { eventId: event.id });
    });
  };

  return (
    <FormShell
      id="promise-form"
      title={t('form.promise')}
      subtitle={t('form.for', { name: clientName })}
      {...shell}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        id="promise-date"
        type="date"
        label={t('field.promisedDate')}
        value={date}
        min={today}
        onValue={setDate}
        error={errors.date}
      />
      <div class="field-row">
        <TextField
          id="promise-amount"
          label={t('field.promisedAmount')}
          hint={t('field.amountHint')}
          value={amount}
          onValue={setAmount}
          error={errors.amount}
          inputMode="decimal"
          dir="ltr"
        />
        <CurrencyField
          id="promise-currency"
          value={currencyText}
          onValue={setCurrencyText}
          error={errors.currency}
        />
      </div>
    </FormShell>
  );
}
