/**
 * "Remind me…": tomorrow at 9, in 3 days, next Monday, the advisor's date, or any date and
 * time. Saved through `ui-bg:setFollowup`; the background turns it into an alarm.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  FOLLOWUP_PRESETS,
  parseLocalDateTime,
  presetDate,
  toLocalInputValue,
  type FollowupPreset,
} from '@/utils/popup/followup-presets';
import { formatMoment } from '@/utils/popup/format';
import { Button, TextField } from '@/components/ui';
import { errorText, usePopup } from './context';

interface Props {
  clientId: string;
  invoiceId: string | null;
  /** The advisor's follow-up moment (ISO), offered as a choice when present. */
  suggestedAt: string | null;
  onSaved: () => void;
  onClose: () => void;
}

type Choice = FollowupPreset | 'suggested' | 'custom';

export function FollowupPicker({ clientId, invoiceId, suggestedAt, onSaved, onClose }: Props) {
  const { send, t, platform, announce, locale } = usePopup();
  const now = platform.now();
  const suggested =
    suggestedAt && Date.parse(suggestedAt) > now.getTime() ? new Date(suggestedAt) : null;
  const [choice, setChoice] = useState<Choice>(suggested ? 'suggested' : 'tomorrow');
  const [custom, setCustom] = useState(toLocalInputValue(presetDate('in3days', now)));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const group = useRef<HTMLFieldSetElement>(null);

  useEffect(() => {
    group.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  const when = (): Date | null => {
    if (choice === 'custom') return parseLocalDateTime(custom);
    if (choice === 'suggested') return suggested;
    return presetDate(choice, platform.now());
  };

  const save = async () => {
    const at = when();
    if (!at) return setError(t('fu.errInvalid'));
    if (at.getTime() <= platform.now().getTime()) return setError(t('fu.errPast'));
    setError(null);
    setBusy(true);
    try {
      await send('ui-bg:setFollowup', {
        clientId,
        invoiceId,
        dueAt: at.toISOString(),
        note: note.trim(),
      });
      announce(t('fu.saved', { date: formatMoment(at.toISOString(), locale) }));
      onSaved();
    } catch (e) {
      setError(t('fu.unavailable', { error: errorText(e) }));
      setBusy(false);
    }
  };

  const options: { value: Choice; label: string }[] = [
    ...(suggested
      ? [
          {
            value: 'suggested' as const,
            label: `${t('fu.suggested')}: ${formatMoment(suggested.toISOString(), locale)}`,
          },
        ]
      : []),
    ...FOLLOWUP_PRESETS.map((p) => ({
      value: p,
      label: `${t(`fu.${p}`)} (${formatMoment(presetDate(p, now).toISOString(), locale)})`,
    })),
    { value: 'custom', label: t('fu.custom') },
  ];

  return (
    <form
      class="picker"
      noValidate
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
      <fieldset ref={group}>
        <legend>{t('fu.title')}</legend>
        <div class="choices">
          {options.map((o) => (
            <label key={o.value} class="choice">
              <input
                type="radio"
                name="followup-when"
                value={o.value}
                checked={choice === o.value}
                onChange={() => setChoice(o.value)}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
      {choice === 'custom' && (
        <TextField
          id="followup-custom"
          type="datetime-local"
          label={t('fu.when')}
          value={custom}
          onValue={setCustom}
          error={error}
        />
      )}
      <TextField
        id="followup-note"
        label={t('fu.note')}
        value={note}
        onValue={setNote}
        maxLength={1000}
        dir="auto"
      />
      {error && choice !== 'custom' && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <div class="form-actions">
        <Button type="submit" variant="primary" small busy={busy}>
          {t('fu.save')}
        </Button>
        <Button small onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
