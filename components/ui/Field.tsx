/**
 * Labelled form controls for extension pages. The hint and the error are tied to the control
 * with aria-describedby and the control is marked aria-invalid; the error itself is an alert, so
 * a screen reader announces it as soon as it appears next to the field.
 */
import type { ComponentChildren, Ref } from 'preact';

interface FrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Visually hide the label (it is still read out). */
  hideLabel?: boolean;
  /** The form announces one summary of what is wrong, so the field's error is not an alert. */
  quietError?: boolean;
}

/** ids for aria-describedby: the hint and the error of field `id`, when present. */
export function describedBy(id: string, hint?: string, error?: string | null): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label, control, hint and error of one field. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  hideLabel,
  quietError,
  children,
}: FrameProps & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id} class={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error" role={quietError ? undefined : 'alert'}>
          {error}
        </p>
      )}
    </div>
  );
}

interface InputProps extends FrameProps {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'date' | 'datetime-local' | 'search';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  placeholder?: string;
  autoComplete?: string;
  required?: boolean;
  /** Text direction of the value (addresses, amounts and numbers stay LTR in a Hebrew page). */
  dir?: 'ltr' | 'rtl' | 'auto';
  list?: string;
  inputRef?: Ref<HTMLInputElement>;
  min?: string;
  max?: string;
  maxLength?: number;
}

/** A one-line input. */
export function TextField(props: InputProps) {
  const { id, value, onValue, type = 'text', hint, error, inputRef } = props;
  return (
    <FieldFrame {...props}>
      <input
        ref={inputRef}
        id={id}
        name={id}
        type={type}
        value={value}
        dir={props.dir}
        list={props.list}
        min={props.min}
        max={props.max}
        maxLength={props.maxLength}
        inputMode={props.inputMode}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? 'off'}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

interface TextAreaProps extends FrameProps {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  maxLength?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
}

/** A multi-line input. */
export function TextAreaField(props: TextAreaProps) {
  const { id, value, onValue, hint, error } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={id}
        name={id}
        rows={props.rows ?? 3}
        maxLength={props.maxLength}
        dir={props.dir}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectProps extends FrameProps {
  value: string;
  onValue: (value: string) => void;
  options: readonly Option[];
}

/** A drop-down list. */
export function SelectField(props: SelectProps) {
  const { id, value, onValue, options, hint, error } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onValue(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
