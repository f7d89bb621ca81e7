/**
 * Edits a list of short strings (addresses, domains): type, press Enter or "Add"; each entry has
 * its own Remove button. A rejected entry stays in the input with the reason beside it.
 */
import { useState } from 'preact/hooks';
import { useLocale } from '../i18n';

export type ParseResult = { ok: true; value: string } | { ok: false; error: string };

interface Props {
  id: string;
  label: string;
  hint?: string;
  items: readonly string[];
  onItems: (items: string[]) => void;
  /** Normalises and checks one new entry. */
  parse: (raw: string) => ParseResult;
  placeholder?: string;
  emptyText: string;
  max: number;
  /** An error about the list as a whole (from the form's validation). */
  error?: string;
}

export function ListEditor({
  id,
  label,
  hint,
  items,
  onItems,
  parse,
  placeholder,
  emptyText,
  max,
  error,
}: Props) {
  const { t } = useLocale();
  const [raw, setRaw] = useState('');
  const [entryError, setEntryError] = useState<string | null>(null);
  const shownError = entryError ?? error;

  const add = () => {
    if (!raw.trim()) return;
    const parsed = parse(raw);
    if (!parsed.ok) return setEntryError(parsed.error);
    if (items.includes(parsed.value)) return setEntryError(t('err.duplicate'));
    if (items.length >= max) return setEntryError(t('err.tooMany', { max: String(max) }));
    onItems([...items, parsed.value]);
    setRaw('');
    setEntryError(null);
  };

  const described = [hint ? `${id}-hint` : '', shownError ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field list-editor${shownError ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="list-add">
        <input
          id={id}
          type="text"
          dir="ltr"
          value={raw}
          placeholder={placeholder}
          autoComplete="off"
          aria-invalid={shownError ? 'true' : undefined}
          aria-describedby={described || undefined}
          onInput={(e) => {
            setRaw(e.currentTarget.value);
            setEntryError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          {t('common.add')}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      )}
      {shownError && (
        <p id={`${id}-error`} class="field-error">
          {shownError}
        </p>
      )}
      {items.length === 0 ? (
        <p class="list-empty">{emptyText}</p>
      ) : (
        <ul class="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item} class="chip">
              <span dir="ltr">{item}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label={t('common.removeItem', { item })}
                onClick={() => onItems(items.filter((i) => i !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
