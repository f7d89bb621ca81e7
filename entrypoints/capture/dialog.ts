/**
 * The capture confirmation dialog: what Firmly found on the page, editable, in a closed shadow
 * root built from text nodes (Trusted Types). Save hands the form to `onSubmit`; Escape, Cancel
 * or a click on the backdrop close it and save nothing.
 *
 * The page must not be able to fill it in or press Save (issue 11, finding 4): the host is a
 * plain <div>, never a custom element name the page could define first (its constructor could
 * call attachInternals() and get the closed shadow root), and only trusted events (real user
 * input, `isTrusted`) act on it.
 */
import { el, styleElement } from '@/utils/capture/dom';
import type { CaptureCandidate } from '@/utils/capture/candidate';
import {
  formFromCandidate,
  type CaptureError,
  type CaptureField,
  type CaptureForm,
} from '@/utils/capture/capture-form';
import { isRtl, type UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { captureStrings, type CaptureStringKey } from '@/utils/i18n/capture-strings';

/** Marks the host for tests and styles; never used to decide anything (the page can forge it). */
export const DIALOG_ATTR = 'data-firmly-capture';
export const DIALOG_SELECTOR = `div[${DIALOG_ATTR}]`;

/** What saving led to: field errors keep the dialog open; a message ends it. */
export type SubmitOutcome =
  | { kind: 'errors'; errors: Partial<Record<CaptureField, CaptureError>> }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

export interface DialogOptions {
  onSubmit(form: CaptureForm): Promise<SubmitOutcome>;
  /** 'closed' in pages; tests open it to look inside. */
  mode?: ShadowRootMode;
  /** How long the final message stays before the dialog closes itself. */
  doneDelayMs?: number;
  /**
   * Whether an event is the user's. Real input only (`isTrusted`); DOM tests, whose dispatched
   * events are all untrusted, stand in for the user here.
   */
  isUserEvent?: (event: Event) => boolean;
}

export interface DialogHandle {
  host: HTMLElement;
  /** Resolves when the dialog is gone: 'saved' after a successful save, else 'cancelled'. */
  closed: Promise<'saved' | 'cancelled'>;
  close(): void;
}

const CSS = `
:host { all: initial; position: fixed; inset: 0; z-index: 2147483647; }
.backdrop { position: absolute; inset: 0; background: rgba(15, 23, 42, .45); }
.panel { position: absolute; top: 10vh; left: 50%; transform: translateX(-50%); width: min(420px, calc(100vw - 32px));
  max-height: 80vh; overflow: auto; box-sizing: border-box; padding: 20px; border-radius: 12px; background: #fff; color: #1f2933;
  box-shadow: 0 12px 40px rgba(0,0,0,.3); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h2 { margin: 0 0 6px; font-size: 17px; }
.note { margin: 0 0 12px; color: #52606d; font-size: 13px; }
.paid { color: #0e7c3a; }
form { display: grid; grid-template-columns: 1fr 1fr; gap: 10px 12px; }
label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: #3e4c59; }
label.wide { grid-column: 1 / -1; }
input { font: inherit; padding: 6px 8px; border: 1px solid #cbd2d9; border-radius: 6px; color: #1f2933; background: #fff; }
input:focus { outline: 2px solid #2563eb; outline-offset: 0; border-color: #2563eb; }
input[aria-invalid="true"] { border-color: #b42318; }
.error { color: #b42318; font-size: 12px; min-height: 0; }
.actions { grid-column: 1 / -1; display: flex; gap: 8px; justify-content: flex-end; margin-top: 4px; }
button { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid #cbd2d9; background: #fff; color: #1f2933; cursor: pointer; }
button.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
button:disabled { opacity: .6; cursor: default; }
.status { grid-column: 1 / -1; margin: 0; font-size: 13px; }
`;

const FIELDS: {
  name: CaptureField;
  type: string;
  wide?: boolean;
  attrs?: Record<string, string>;
}[] = [
  {
    name: 'clientName',
    type: 'text',
    wide: true,
    attrs: { autocomplete: 'off', maxlength: '200' },
  },
  {
    name: 'clientEmail',
    type: 'email',
    wide: true,
    attrs: { autocomplete: 'off', maxlength: '254' },
  },
  {
    name: 'invoiceNumber',
    type: 'text',
    wide: true,
    attrs: { autocomplete: 'off', maxlength: '100' },
  },
  { name: 'amount', type: 'text', attrs: { inputmode: 'decimal', autocomplete: 'off' } },
  {
    name: 'currency',
    type: 'text',
    attrs: { maxlength: '3', autocomplete: 'off', placeholder: 'EUR' },
  },
  { name: 'issueDate', type: 'date' },
  { name: 'dueDate', type: 'date' },
];

const ORIGIN_NOTE: Record<CaptureCandidate['origin'], CaptureStringKey> = {
  'schema.org': 'originSchema',
  text: 'originText',
  none: 'originNone',
};

/** Opens the dialog over the page, prefilled from `candidate`. */
export function openCaptureDialog(
  doc: Document,
  candidate: CaptureCandidate,
  lang: UiLanguage,
  options: DialogOptions,
): DialogHandle {
  const t = createT(captureStrings, lang);
  const fromUser = options.isUserEvent ?? ((event: Event) => event.isTrusted);
  // A plain element: the page cannot define it, so it cannot reach the shadow root.
  const host = doc.createElement('div');
  host.setAttribute(DIALOG_ATTR, '');
  const shadow = host.attachShadow({ mode: options.mode ?? 'closed' });
  const initial = formFromCandidate(candidate);

  const inputs = {} as Record<CaptureField, HTMLInputElement>;
  const errors = {} as Record<CaptureField, HTMLElement>;
  const labels = FIELDS.map(({ name, type, wide, attrs }) => {
    const input = el(doc, 'input', { attrs: { type, name, ...attrs } });
    input.value = initial[name];
    const error = el(doc, 'span', {
      className: 'error',
      attrs: { id: `err-${name}`, 'aria-live': 'polite' },
    });
    input.setAttribute('aria-describedby', error.id);
    inputs[name] = input;
    errors[name] = error;
    return el(doc, 'label', { className: wide ? 'wide' : '' }, [
      doc.createTextNode(t(name)),
      input,
      error,
    ]);
  });
  const status = el(doc, 'p', { className: 'status', attrs: { role: 'status' } });
  const save = el(doc, 'button', {
    className: 'primary',
    text: t('save'),
    attrs: { type: 'submit' },
  });
  const cancel = el(doc, 'button', { text: t('cancel'), attrs: { type: 'button' } });
  const form = el(doc, 'form', { attrs: { novalidate: '' } }, [
    ...labels,
    status,
    el(doc, 'div', { className: 'actions' }, [cancel, save]),
  ]);
  const notes = [el(doc, 'p', { className: 'note', text: t(ORIGIN_NOTE[candidate.origin]) })];
  if (candidate.paymentStatus === 'paid')
    notes.push(el(doc, 'p', { className: 'note paid', text: t('pagePaid') }));
  const panel = el(
    doc,
    'div',
    {
      className: 'panel',
      attrs: {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'firmly-title',
        dir: isRtl(lang) ? 'rtl' : 'ltr',
        lang,
      },
    },
    [el(doc, 'h2', { text: t('dialogTitle'), attrs: { id: 'firmly-title' } }), ...notes, form],
  );
  const backdrop = el(doc, 'div', { className: 'backdrop' });
  shadow.append(styleElement(doc, CSS), backdrop, panel);

  let settle: (result: 'saved' | 'cancelled') => void = () => {};
  const closed = new Promise<'saved' | 'cancelled'>((resolve) => (settle = resolve));
  let result: 'saved' | 'cancelled' = 'cancelled';
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && fromUser(event)) {
      event.preventDefault();
      close();
    }
  };
  const close = () => {
    doc.removeEventListener('keydown', onKey, true);
    host.remove();
    settle(result);
  };
  // Keys typed into the dialog are not the page's business (pages bind shortcuts on document).
  for (const type of ['keydown', 'keyup', 'keypress'] as const)
    host.addEventListener(type, (e) => e.stopPropagation());
  doc.addEventListener('keydown', onKey, true);
  const onUserClick = (event: Event) => {
    if (fromUser(event)) close();
  };
  cancel.addEventListener('click', onUserClick);
  backdrop.addEventListener('click', onUserClick);

  const showErrors = (found: Partial<Record<CaptureField, CaptureError>>) => {
    for (const { name } of FIELDS) {
      const why = found[name];
      errors[name].textContent = why ? t(`err_${why}`) : '';
      inputs[name].setAttribute('aria-invalid', why ? 'true' : 'false');
    }
    const first = FIELDS.find(({ name }) => found[name]);
    if (first) inputs[first.name].focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // requestSubmit() or a synthetic event is not the user pressing Save.
    if (!fromUser(event)) return;
    const values = Object.fromEntries(
      FIELDS.map(({ name }) => [name, inputs[name].value]),
    ) as unknown as CaptureForm;
    save.disabled = true;
    status.textContent = '';
    options
      .onSubmit(values)
      .then((outcome) => {
        if (outcome.kind === 'errors') {
          showErrors(outcome.errors);
          save.disabled = false;
          return;
        }
        showErrors({});
        status.textContent = outcome.message;
        if (outcome.kind === 'failed') {
          save.disabled = false;
          return;
        }
        result = 'saved';
        cancel.textContent = t('close');
        setTimeout(close, options.doneDelayMs ?? 1500);
      })
      .catch((error: unknown) => {
        status.textContent = t('saveFailed', {
          message: error instanceof Error ? error.message : String(error),
        });
        save.disabled = false;
      });
  });

  doc.documentElement.append(host);
  const firstEmpty = FIELDS.find(({ name }) => !inputs[name].value);
  inputs[(firstEmpty ?? FIELDS[0]!).name].focus();
  return { host, closed, close };
}
