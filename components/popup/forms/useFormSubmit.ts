/**
 * The submit cycle every entry form shares: show field errors and say "correct the fields", or
 * save while the buttons are busy and say why saving failed. Forms keep only their own fields.
 */
import { useState } from 'preact/hooks';
import { errorText, usePopup } from '../context';

export function useFormSubmit<Field extends string>() {
  const { t } = usePopup();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  /** Shows what is wrong; FormShell moves focus to the first invalid field. */
  const refuse = (next: Partial<Record<Field, string>>) => {
    setBusy(false);
    setErrors(next);
    setFormError(t('form.fix'));
    setAttempt((a) => a + 1);
  };

  /** Runs `work` with the form busy; a thrown error is shown and the form stays open. */
  const save = async (work: () => Promise<void>) => {
    setErrors({});
    setFormError(null);
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setFormError(t('form.saveFailed', { error: errorText(e) }));
      setBusy(false);
    }
  };

  /** Ends a save that the background answered with a refusal (not an exception). */
  const stop = (message: string) => {
    setBusy(false);
    setFormError(message);
  };

  return { errors, refuse, save, stop, shell: { busy, attempt, formError } };
}
