/** Buttons with one look per role; `busy` disables and says so to assistive technology. */
import type { ButtonHTMLAttributes, ComponentChildren, Ref } from 'preact';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

interface Props extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'ref' | 'type'> {
  variant?: Variant;
  type?: 'button' | 'submit';
  busy?: boolean;
  small?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
}

export function Button({
  variant = 'secondary',
  type = 'button',
  busy,
  small,
  buttonRef,
  children,
  disabled,
  class: cls,
  ...rest
}: Props) {
  const classes = [
    'btn',
    `btn-${variant}`,
    small ? 'btn-small' : '',
    typeof cls === 'string' ? cls : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      {...rest}
      ref={buttonRef}
      type={type}
      class={classes}
      disabled={disabled || busy}
      aria-busy={busy ? 'true' : undefined}
    >
      {children}
    </button>
  );
}
