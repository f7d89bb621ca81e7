/**
 * The options page's form controls, on the shared field frame (label, hint, error, aria wiring)
 * of components/ui: the options page needs url inputs, selection-aware text areas and
 * language-tagged choices, which the popup's controls do not.
 */
import { FieldFrame, describedBy } from '@/components/ui/Field';

interface Common {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Text direction of the value (IBANs and addresses stay LTR in a Hebrew page). */
  dir?: 'ltr' | 'rtl' | 'auto';
}

interface TextFieldProps extends Common {
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'url' | 'date';
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'url';
  autoComplete?: string;
  placeholder?: string;
  required?: boolean;
}

/** A one-line input. */
export function TextField(props: TextFieldProps) {
  const { id, value, onValue, type = 'text', hint, error, dir } = props;
  return (
    <FieldFrame {...props} quietError>
      <input
        id={id}
        name={id}
        // Preact types `list` per input type as a union; these types all accept the same attributes.
        type={type as 'text'}
        value={value}
        dir={dir}
        inputMode={props.inputMode}
        autoComplete={props.autoComplete ?? 'off'}
        placeholder={props.placeholder}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </FieldFrame>
  );
}

interface TextAreaProps extends Common {
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  onSelect?: (start: number, end: number) => void;
}

/** A multi-line input. */
export function TextAreaField(props: TextAreaProps) {
  const { id, value, onValue, rows = 4, hint, error, dir, onSelect } = props;
  const report = (el: HTMLTextAreaElement) => onSelect?.(el.selectionStart, el.selectionEnd);
  return (
    <FieldFrame {...props} quietError>
      <textarea
        id={id}
        name={id}
        rows={rows}
        value={value}
        dir={dir}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(e) => {
          onValue(e.currentTarget.value);
          report(e.currentTarget);
        }}
        onSelect={(e) => report(e.currentTarget)}
        onKeyUp={(e) => report(e.currentTarget)}
        onClick={(e) => report(e.currentTarget)}
      />
    </FieldFrame>
  );
}

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Language of the label, for names written in their own language ("Polski"). */
  lang?: string;
}

interface SelectProps<V extends string> extends Common {
  value: V;
  choices: readonly Choice<V>[];
  onValue: (value: V) => void;
}

/** A drop-down list. */
export function SelectField<V extends string>(props: SelectProps<V>) {
  const { id, value, choices, onValue, hint, error } = props;
  return (
    <FieldFrame {...props} quietError>
      <select
        id={id}
        name={id}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onValue(e.currentTarget.value as V)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  choices: readonly (Choice<V> & { description?: string })[];
  onValue: (value: V) => void;
}

/** Radio buttons in a fieldset; arrow keys move between them natively. */
export function RadioGroup<V extends string>({
  name,
  legend,
  value,
  choices,
  onValue,
}: RadioGroupProps<V>) {
  return (
    <fieldset class="radio-group">
      <legend>{legend}</legend>
      {choices.map((c) => {
        const id = `${name}-${c.value}`;
        return (
          <div class="radio-choice" key={c.value}>
            <input
              type="radio"
              id={id}
              name={name}
              value={c.value}
              checked={c.value === value}
              aria-describedby={c.description ? `${id}-desc` : undefined}
              onChange={() => onValue(c.value)}
            />
            <label for={id}>
              <span class="choice-label">{c.label}</span>
              {c.description && (
                <span id={`${id}-desc`} class="choice-description">
                  {c.description}
                </span>
              )}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
