/**
 * The frame of every entry form: a heading, the fields, Save and Cancel. Enter submits (a real
 * <form>), Escape cancels, the first field gets focus when the form opens, and after a failed
 * save focus moves to the first field marked invalid while an alert says what to do.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { Button } from '@/components/ui';
import { usePopup } from '../context';

interface Props {
  id: string;
  title: string;
  subtitle?: string;
  busy: boolean;
  /** Bumped on every failed validation, so focus moves again even for the same field. */
  attempt: number;
  /** Shown as an alert above the buttons: "correct the fields" or why saving failed. */
  formError: string | null;
  submitLabel?: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ComponentChildren;
}

export function FormShell({
  id,
  title,
  subtitle,
  busy,
  attempt,
  formError,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = usePopup();
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);

  useEffect(() => {
    if (attempt === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [attempt]);

  return (
    <form
      ref={formRef}
      class="entry-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) onSubmit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <header class="form-head">
        <h2 id={`${id}-title`} tabIndex={-1}>
          {title}
        </h2>
        {subtitle && <p class="form-sub">{subtitle}</p>}
      </header>
      {children}
      <div class="form-error" role="alert">
        {formError}
      </div>
      <div class="form-actions">
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? t('common.saving') : (submitLabel ?? t('common.save'))}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
