/**
 * Record a payment, full or partial: against one open invoice, or unassigned (the ledger then
 * settles the oldest open invoices of that currency first). A payment above what is owed
 * becomes credit in the client's favour.
 */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import type { InvoiceRecord } from '@/utils/db/records';
import { formatMoney, minorToDecimal } from '@/utils/money';
import { isKnownCurrency } from '@/utils/popup/currency';
import { issuesByField } from '@/utils/popup/form-issues';
import { Button, SelectField, TextField } from '@/components/ui';
import { usePopup, type UndoRef } from '../context';
import { FormShell } from './FormShell';
import { useFormSubmit } from './useFormSubmit';
import { CurrencyField } from './CurrencyField';
import { momentOf, normaliseCurrency, readAmount } from './amount';

interface Props {
  clientId: string;
  clientName: string;
  invoices: readonly InvoiceRecord[];
  defaultCurrency: string;
  /** Preselected invoice. */
  invoiceId?: string | null;
  onDone: (message: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

type Field = 'invoice' | 'amount' | 'currency' | 'date' | 'reference';

export function PaymentForm({
  clientId,
  clientName,
  invoices,
  defaultCurrency,
  invoiceId,
  onDone,
  onCancel,
}: Props) {
  const { send, t, today, locale, platform } = usePopup();
  const open = invoices.filter((i) => i.status !== 'paid' && i.status !== 'written_off');
  const [target, setTarget] = useState(invoiceId ?? (open.length === 1 ? (open[0]?.id ?? '') : ''));
  const chosen = open.find((i) => i.id === target) ?? null;
  const [currencyText, setCurrencyText] = useState(open[0]?.currency ?? defaultCurrency);
  const currency = chosen ? chosen.currency : normaliseCurrency(currencyText);
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(today);
  const [reference, setReference] = useState('');
  const { errors, refuse, save, shell } = useFormSubmit<Field>();
  /** A payment above what is open was submitted: the form asks before recording it. */
  const [overAsked, setOverAsked] = useState(false);

  const left = chosen
    ? chosen.amountMinor - chosen.paidMinor
    : open
        .filter((i) => i.currency === currency)
        .reduce((s, i) => s + i.amountMinor - i.paidMinor, 0);
  const money = (m: number) => formatMoney({ amountMinor: m, currency }, locale);
  const decimalMark =
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ??
    '.';
  const parsedNow = isKnownCurrency(currency) ? readAmount(amount, currency, t, locale) : null;

  /** `creditConfirmed`: the user said the part above what is open is credit, not a typo. */
  const submit = async (creditConfirmed = false) => {
    const next: Partial<Record<Field, string>> = {};
    if (!isKnownCurrency(currency)) next.currency = t('err.currency');
    const read = readAmount(amount, isKnownCurrency(currency) ? currency : 'EUR', t, locale);
    if (!read.ok) next.amount = read.error;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) next.date = t('err.date');
    else if (date > today) next.date = t('err.paymentFuture');
    const input = {
      clientId,
      invoiceId: chosen?.id ?? null,
      at: next.date ? platform.now().toISOString() : momentOf(date, today, platform.now()),
      data: {
        type: 'payment_received' as const,
        invoiceId: chosen?.id ?? null,
        amountMinor: read.ok ? read.minor : 1,
        currency,
        reference: reference.trim() || null,
      },
    };
    const parsed = ledgerRequests['ui-bg:recordEvent'].safeParse(input);
    if (!parsed.success) {
      for (const [field, issue] of issuesByField(parsed.error, ['data'])) {
        if (field === 'amountMinor') next.amount ??= t('err.amountPositive');
        if (field === 'currency') next.currency ??= t('err.currency');
        if (field === 'reference') next.reference = t('err.tooLong', { max: 200 });
        if (field === 'at') next.date ??= t('err.date');
        void issue;
      }
    }
    if (!parsed.success || Object.keys(next).length > 0) return refuse(next);
    // More than what is open: ask first, naming the difference (credit, or a typo?).
    if (read.ok && read.minor > left && !creditConfirmed) {
      setOverAsked(true);
      return;
    }
    await save(async () => {
      const { event } = await send('ui-bg:recordEvent', parsed.data);
      onDone(t('saved.payment'), { eventId: event.id });
    });
  };

  return (
    <FormShell
      id="payment-form"
      title={t('form.payment')}
      subtitle={t('form.for', { name: clientName })}
      {...shell}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      {open.length > 0 && (
        <SelectField
          id="payment-invoice"
          label={t('field.invoice')}
          value={target}
          onValue={setTarget}
          options={[
            { value: '', label: t('field.oldestFirst') },
            ...open.map((i) => ({
              value: i.id,
              label: `${i.number ? t('invoice.number', { number: i.number }) : t('invoice.noNumber')} — ${formatMoney({ amountMinor: i.amountMinor - i.paidMinor, currency: i.currency }, locale)}`,
            })),
          ]}
        />
      )}
      <div class="field-row">
        <TextField
          id="payment-amount"
          label={t('field.paidAmount')}
          hint={t('field.amountHint')}
          value={amount}
          onValue={setAmount}
          error={errors.amount}
          inputMode="decimal"
          dir="ltr"
        />
        {chosen ? (
          <div class="field">
            <span class="field-static-label">{t('field.currency')}</span>
            <span class="field-static" data-testid="payment-currency">
              {currency}
            </span>
          </div>
        ) : (
          <CurrencyField
            id="payment-currency"
            value={currencyText}
            onValue={setCurrencyText}
            error={errors.currency}
          />
        )}
      </div>
      {left > 0 && isKnownCurrency(currency) && (
        <div class="pay-help">
          <Button
            small
            variant="ghost"
            onClick={() => setAmount(minorToDecimal(left, currency).replace('.', decimalMark))}
          >
            {t('pay.fill', { amount: money(left) })}
          </Button>
          {parsedNow?.ok && parsedNow.minor < left && <p class="field-hint">{t('pay.partial')}</p>}
        </div>
      )}
      {overAsked && parsedNow?.ok && parsedNow.minor > left && (
        <div class="pay-over" role="alert" data-testid="payment-over">
          <p>
            {t('pay.over', {
              amount: money(parsedNow.minor),
              difference: money(parsedNow.minor - left),
              open: money(left),
            })}
          </p>
          <Button
            small
            onClick={() => {
              setOverAsked(false);
              void submit(true);
            }}
          >
            {t('pay.overConfirm', { difference: money(parsedNow.minor - left) })}
          </Button>
        </div>
      )}
      <div class="field-row">
        <TextField
          id="payment-date"
          type="date"
          label={t('field.received')}
          value={date}
          max={today}
          onValue={setDate}
          error={errors.date}
        />
        <TextField
          id="payment-reference"
          label={t('field.reference')}
          value={reference}
          onValue={setReference}
          error={errors.reference}
          maxLength={200}
          dir="auto"
        />
      </div>
    </FormShell>
  );
}
