/** Add a free-text note to the debt log ("called, the accountant is on holiday until Monday"). */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import { issuesByField } from '@/utils/popup/form-issues';
import { TextAreaField } from '@/components/ui';
import { usePopup, type UndoRef } from '../context';
import { FormShell } from './FormShell';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  clientId: string;
  clientName: string;
  onDone: (message: string, undo?: UndoRef) => void;
  onCancel: () => void;
}

export function NoteForm({ clientId, clientName, onDone, onCancel }: Props) {
  const { send, t, platform } = usePopup();
  const [text, setText] = useState('');
  const { errors, refuse, save, shell } = useFormSubmit<'text'>();

  const submit = async () => {
    const parsed = ledgerRequests['ui-bg:recordEvent'].safeParse({
      clientId,
      invoiceId: null,
      at: platform.now().toISOString(),
      data: { type: 'note', text: text.trim() },
    });
    if (!parsed.success) {
      const issue = issuesByField(parsed.error, ['data']).get('text');
      return refuse({
        text: issue?.code === 'too_big' ? t('err.tooLong', { max: 5000 }) : t('err.text'),
      });
    }
    await save(async () => {
      const { event } = await send('ui-bg:recordEvent', parsed.data);
      onDone(t('saved.note'), { eventId: event.id });
    });
  };

  return (
    <FormShell
      id="note-form"
      title={t('form.note')}
      subtitle={t('form.for', { name: clientName })}
      {...shell}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextAreaField
        id="note-text"
        label={t('field.note')}
        value={text}
        onValue={setText}
        error={errors.text}
        rows={5}
        dir="auto"
      />
    </FormShell>
  );
}
