/**
 * Record a dispute about one invoice or the account in general, or, for an invoice already in
 * dispute, that the dispute is settled (the invoice is chased again).
 */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import type { InvoiceRecord } from '@/utils/db/records';
import { formatMoney } from '@/utils/money';
import { issuesByField } from '@/utils/popup/form-issues';
import { SelectField, TextAreaField } from '@/components/ui';
import { usePopup, type UndoRef } from '../context';
import { FormShell } from './FormShell';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  clientId: string;
  clientName: string;
  invoices: readonly InvoiceRecord[];
  invoiceId?: string | null;
  onDone: (message: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

export function DisputeForm({
  clientId,
  clientName,
  invoices,
  invoiceId,
  onDone,
  onCancel,
}: Props) {
  const { send, t, locale, platform } = usePopup();
  const open = invoices.filter((i) => i.status !== 'paid' && i.status !== 'written_off');
  const [target, setTarget] = useState(invoiceId ?? open[0]?.id ?? '');
  const [note, setNote] = useState('');
  const { errors, refuse, save, shell } = useFormSubmit<'note'>();
  const chosen = open.find((i) => i.id === target) ?? null;
  const resolving = chosen?.status === 'disputed';

  const submit = async () => {
    const input = {
      clientId,
      invoiceId: chosen?.id ?? null,
      at: platform.now().toISOString(),
      data: {
        type: resolving ? ('dispute_resolved' as const) : ('dispute_opened' as const),
        invoiceId: chosen?.id ?? null,
        note: note.trim(),
      },
    };
    const parsed = ledgerRequests['ui-bg:recordEvent'].safeParse(input);
    let problem: string | null = null;
    if (!parsed.success) {
      const note = issuesByField(parsed.error, ['data']).get('note');
      problem = note ? t('err.tooLong', { max: 2000 }) : t('form.fix');
    } else if (!resolving && !note.trim()) {
      // The ledger accepts an empty note, but a dispute nobody described cannot be answered.
      problem = t('err.text');
    }
    if (problem || !parsed.success) return refuse({ note: problem ?? t('form.fix') });
    await save(async () => {
      const { event } = await send('ui-bg:recordEvent', parsed.data);
      onDone(t('saved.dispute'), { eventId: event.id });
    });
  };

  return (
    <FormShell
      id="dispute-form"
      title={resolving ? t('form.resolve') : t('form.dispute')}
      subtitle={t('form.for', { name: clientName })}
      {...shell}
      submitLabel={resolving ? t('form.resolve') : undefined}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <SelectField
        id="dispute-invoice"
        label={t('field.disputeInvoice')}
        value={target}
        onValue={setTarget}
        options={[
          ...open.map((i) => ({
            value: i.id,
            label: `${i.number ? t('invoice.number', { number: i.number }) : t('invoice.noNumber')} — ${formatMoney({ amountMinor: i.amountMinor - i.paidMinor, currency: i.currency }, locale)}${i.status === 'disputed' ? ` (${t('status.disputed')})` : ''}`,
          })),
          { value: '', label: t('field.disputeGeneral') },
        ]}
      />
      <TextAreaField
        id="dispute-note"
        label={resolving ? t('field.resolveNote') : t('field.disputeNote')}
        value={note}
        onValue={setNote}
        error={errors.note}
        rows={3}
        maxLength={2000}
        dir="auto"
      />
    </FormShell>
  );
}
