/** "Why is the client not paying?": the user's word overrides whatever was detected. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { refusalReason } from '@/utils/db/records';
import type { PopupKey } from '@/utils/i18n/popup-strings';
import { Button } from '@/components/ui';
import { errorText, usePopup } from './context';

interface Props {
  clientId: string;
  current: string | null;
  onSaved: () => void;
  onClose: () => void;
}

export function ReasonPicker({ clientId, current, onSaved, onClose }: Props) {
  const { send, t, platform, announce } = usePopup();
  const [reason, setReason] = useState(current ?? 'unknown');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    first.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const save = async () => {
    const parsed = refusalReason.safeParse(reason);
    if (!parsed.success) return;
    setBusy(true);
    try {
      await send('ui-bg:recordEvent', {
        clientId,
        invoiceId: null,
        at: platform.now().toISOString(),
        data: {
          type: 'reason_recorded',
          reason: parsed.data,
          evidence: null,
          confirmedByUser: true,
        },
      });
      announce(t('reasonPicker.saved'));
      onSaved();
    } catch (e) {
      setError(t('form.saveFailed', { error: errorText(e) }));
      setBusy(false);
    }
  };

  return (
    <form
      class="picker"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <fieldset ref={first}>
        <legend>{t('reasonPicker.label')}</legend>
        <div class="choices">
          {refusalReason.options.map((r) => (
            <label key={r} class="choice">
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {t(`reason.${r}` as PopupKey)}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <Button type="submit" variant="primary" small busy={busy}>
          {t('reasonPicker.save')}
        </Button>
        <Button small onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
