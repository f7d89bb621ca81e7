/**
 * Draft state for one settings form: edits stay local until Save; Save validates, and either
 * shows the errors next to their fields (focusing the first) or saves and says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SaveState } from '../ui/SaveBar';
import type { FieldErrors } from './issues';

export interface SettingsForm<D> {
  draft: D;
  /** Replaces part of the draft. */
  update: (patch: Partial<D>) => void;
  errors: FieldErrors;
  state: SaveState;
  dirty: boolean;
  /** For `<form onSubmit>`. */
  submit: (e?: Event) => Promise<void>;
  /** Starts again from what is saved. */
  revert: () => void;
  formRef: { current: HTMLFormElement | null };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * @param saved the draft as built from the stored settings (a new value resets a clean form)
 * @param validate returns field errors, or null when the draft may be saved
 * @param save writes the draft; throws with a reason when it cannot
 */
export function useSettingsForm<D>(
  saved: D,
  validate: (draft: D) => FieldErrors | null,
  save: (draft: D) => Promise<void>,
): SettingsForm<D> {
  const [draft, setDraft] = useState<D>(saved);
  const [base, setBase] = useState<D>(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement | null>(null);
  const dirty = !same(draft, base);

  // Settings changed elsewhere (another tab, an import): follow them unless the user is editing.
  useEffect(() => {
    if (same(saved, base)) return;
    setBase(saved);
    if (!dirty) setDraft(saved);
  }, [saved]);

  useEffect(() => {
    if (state.kind !== 'invalid') return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state, errors]);

  const update = (patch: Partial<D>) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (state.kind === 'saved' || state.kind === 'failed') setState({ kind: 'idle' });
  };

  const submit = async (e?: Event) => {
    e?.preventDefault();
    const found = validate(draft);
    setErrors(found ?? {});
    if (found) {
      setState({ kind: 'invalid' });
      return;
    }
    setState({ kind: 'saving' });
    try {
      await save(draft);
      setBase(draft);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'failed', reason: err instanceof Error ? err.message : String(err) });
    }
  };

  const revert = () => {
    setDraft(base);
    setErrors({});
    setState({ kind: 'idle' });
  };

  return { draft, update, errors, state, dirty, submit, revert, formRef };
}
