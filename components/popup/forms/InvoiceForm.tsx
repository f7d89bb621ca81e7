/** Add an invoice by hand, or correct one (number, amount, currency, dates, written off). */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import type { InvoiceRecord } from '@/utils/db/records';
import { formatMoney, minorToDecimal } from '@/utils/money';
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
  /** The client's invoices, to refuse a number twice. */
  siblings: readonly InvoiceRecord[];
  invoice: InvoiceRecord | null;
  defaultCurrency: string;
  onDone: (message: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

type Field = 'number' | 'amount' | 'currency' | 'issueDate' | 'dueDate';

/** Shows a stored amount the way a person would type it in this locale ("1234,56" in Polish). */
function typedAmount(minor: number, currency: string, locale: string): string {
  const decimal = minorToDecimal(minor, currency);
  const mark =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.';
  return decimal.replace('.', mark);
}

export function InvoiceForm({
  clientId,
  clientName,
  siblings,
  invoice,
  defaultCurrency,
  onDone,
  onCancel,
}: Props) {
  const { send, t, today, locale } = usePopup();
  const [number, setNumber] = useState(invoice?.number ?? '');
  const [currency, setCurrency] = useState(invoice?.currency ?? defaultCurrency);
  const [amount, setAmount] = useState(
    invoice ? typedAmount(invoice.amountMinor, invoice.currency, locale) : '',
  );
  const [issueDate, setIssueDate] = useState(invoice ? (invoice.issueDate ?? '') : today);
  const [dueDate, setDueDate] = useState(invoice?.dueDate ?? '');
  const [writtenOff, setWrittenOff] = useState(invoice?.status === 'written_off');
  const { errors, refuse, save, stop, shell } = useFormSubmit<Field>();

  const submit = async () => {
    const code = normaliseCurrency(currency);
    const next: Partial<Record<Field, string>> = {};
    if (!isKnownCurrency(code)) next.currency = t('err.currency');
    const money = readAmount(amount, isKnownCurrency(code) ? code : 'EUR', t, locale);
    if (!money.ok) next.amount = money.error;
    const input = {
      clientId,
      number,
      amountMinor: money.ok ? money.minor : 1,
      currency: code,
      issueDate: issueDate || null,
      dueDate: dueDate || null,
    };
    const parsed = ledgerRequests['ui-bg:addInvoice'].safeParse(input);
    if (!parsed.success) {
      for (const [field, issue] of issuesByField(parsed.error)) {
        if (field === 'number')
          next.number = issue.code === 'too_big' ? t('err.tooLong', { max: 100 }) : t('err.number');
        if (field === 'amountMinor') next.amount ??= t('err.amountPositive');
        if (field === 'currency') next.currency ??= t('err.currency');
        if (field === 'issueDate') next.issueDate = t('err.date');
        if (field === 'dueDate') next.dueDate = t('err.date');
      }
    }
    if (!next.issueDate && !next.dueDate && issueDate && dueDate && dueDate < issueDate)
      next.dueDate = t('err.dueBeforeIssue');
    const trimmed = number.trim();
    if (!next.number && siblings.some((s) => s.id !== invoice?.id && s.number === trimmed))
      next.number = t('err.numberTaken', { number: trimmed });
    if (invoice && money.ok && !next.currency) {
      if (money.minor < invoice.paidMinor)
        next.amount = t('err.belowPaid', {
          paid: formatMoney({ amountMinor: invoice.paidMinor, currency: invoice.currency }, locale),
        });
      if (code !== invoice.currency && invoice.paidMinor > 0)
        next.currency = t('err.currencyLocked');
    }
    if (!parsed.success || Object.keys(next).length > 0) return refuse(next);
    await save(async () => {
      if (invoice) {
        const { clientId: _c, ...patch } = parsed.data;
        const result = await send('ui-bg:updateInvoice', {
          invoiceId: invoice.id,
          patch: { ...patch, writtenOff },
        });
        if ('error' in result) {
          if (result.error === 'not_found') return stop(t('err.notFound'));
          if (result.error === 'duplicate_number')
            return refuse({ number: t('err.numberTaken', { number: trimmed }) });
          if (result.error === 'currency_after_payment')
            return refuse({ currency: t('err.currencyLocked') });
          return refuse({
            amount: t('err.belowPaid', {
              paid: formatMoney(
                { amountMinor: invoice.paidMinor, currency: invoice.currency },
                locale,
              ),
            }),
          });
        }
        onDone(t('saved.invoice'));
      } else {
        const added = await send('ui-bg:addInvoice', parsed.data);
        onDone(t('saved.invoice'), { invoiceId: added.id });
      }
    });
  };

  return (
    <FormShell
      id="invoice-form"
      title={invoice ? t('form.invoiceEdit') : t('form.invoiceAdd')}
      subtitle={t('form.for', { name: clientName })}
      {...shell}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        id="invoice-number"
        label={t('field.number')}
        value={number}
        onValue={setNumber}
        error={errors.number}
        dir="ltr"
        maxLength={100}
      />
      <div class="field-row">
        <TextField
          id="invoice-amount"
          label={t('field.amount')}
          hint={t('field.amountHint')}
          value={amount}
          onValue={setAmount}
          error={errors.amount}
          inputMode="decimal"
          dir="ltr"
        />
        <CurrencyField
          id="invoice-currency"
          value={currency}
          onValue={setCurrency}
          error={errors.currency}
        />
      </div>
      <div class="field-row">
        <TextField
          id="invoice-issue"
          type="date"
          label={t('field.issueDate')}
          value={issueDate}
          onValue={setIssueDate}
          error={errors.issueDate}
        />
        <TextField
          id="invoice-due"
          type="date"
          label={t('field.dueDate')}
          value={dueDate}
          onValue={setDueDate}
          error={errors.dueDate}
          hint={dueDate ? undefined : t('field.dueAssumed')}
        />
      </div>
      {invoice && (
        <label class="check">
          <input
            type="checkbox"
            checked={writtenOff}
            onChange={(e) => setWrittenOff(e.currentTarget.checked)}
          />
          {t('field.writtenOff')}
        </label>
      )}
    </FormShell>
  );
}
