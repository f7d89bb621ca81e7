/** Add a free-text note to the debt log ("called, the accountant is on holiday until Monday"). */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import { issuesByField } from '@/utils/popup/form-issues';
import { TextAreaField } from '@/components/ui';
import { errorText, usePopup } from '../context';
import { FormShell } from './FormShell';

interface Props {
  clientId: string;
  clientName: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function NoteForm({ clientId, clientName, onDone, onCancel }: Props) {
  const { send, t, platform } = usePopup();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = ledgerRequests['ui-bg:recordEvent'].safeParse({
      clientId,
      invoiceId: null,
      at: platform.now().toISOString(),
      data: { type: 'note', text: text.trim() },
    });
    if (!parsed.success) {
      const issue = issuesByField(parsed.error, ['data']).get('text');
      setError(issue?.code === 'too_big' ? t('err.tooLong', { max: 5000 }) : t('err.text'));
      setFormError(t('form.fix'));
      setAttempt((a) => a + 1);
      return;
    }
    setError(null);
    setFormError(null);
    setBusy(true);
    try {
      await send('ui-bg:recordEvent', parsed.data);
      onDone(t('saved.note'));
    } catch (e) {
      setFormError(t('form.saveFailed', { error: errorText(e) }));
      setBusy(false);
    }
  };

  return (
    <FormShell
      id="note-form"
      title={t('form.note')}
      subtitle={t('form.for', { name: clientName })}
      busy={busy}
      attempt={attempt}
      formError={formError}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextAreaField
        id="note-text"
        label={t('field.note')}
        value={text}
        onValue={setText}
        error={error}
        rows={5}
        dir="auto"
      />
    </FormShell>
  );
}
