/**
 * A single choice among a few options shown side by side (a radio group). Arrow keys move the
 * choice, as in any radio group; only the chosen option is in the tab order.
 */
import type { Option } from './Field';

interface Props {
  label: string;
  value: string;
  options: readonly (Option & { lang?: string })[];
  onValue: (value: string) => void;
  name: string;
}

export function Segmented({ label, value, options, onValue, name }: Props) {
  const move = (e: KeyboardEvent, index: number) => {
    const rtl = (e.currentTarget as HTMLElement).closest('[dir="rtl"]') !== null;
    const forward = e.key === 'ArrowDown' || e.key === (rtl ? 'ArrowLeft' : 'ArrowRight');
    const back = e.key === 'ArrowUp' || e.key === (rtl ? 'ArrowRight' : 'ArrowLeft');
    if (!forward && !back) return;
    e.preventDefault();
    const next = options[(index + (forward ? 1 : options.length - 1)) % options.length];
    if (!next) return;
    onValue(next.value);
    const group = (e.currentTarget as HTMLElement).parentElement;
    requestAnimationFrame(() =>
      group?.querySelector<HTMLElement>(`[data-value="${next.value}"]`)?.focus(),
    );
  };
  return (
    <div class="segmented" role="radiogroup" aria-label={label}>
      {options.map((o, i) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          name={name}
          lang={o.lang}
          data-value={o.value}
          aria-checked={o.value === value ? 'true' : 'false'}
          tabIndex={o.value === value ? 0 : -1}
          class={o.value === value ? 'seg seg-on' : 'seg'}
          onClick={() => onValue(o.value)}
          onKeyDown={(e) => move(e, i)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
