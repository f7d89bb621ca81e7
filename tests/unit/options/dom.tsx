/** Helpers for options-page component tests: render in a language, type, pick, click, submit. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { LocaleProvider, optionsLocale } from '@/components/options/i18n';
import type { UiLanguage } from '@/utils/i18n';

/** Renders `ui` in the given UI language into a fresh container. */
export function mount(ui: ComponentChild, lang: UiLanguage = 'en'): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<LocaleProvider value={optionsLocale(lang)}>{ui}</LocaleProvider>, root));
  return root;
}

/** Lets pending promises (saves, messages) settle and Preact re-render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((r) => setTimeout(r, 0)));
}

export function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const el = root.querySelector<T>(`#${CSS.escape(id)}`);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

/** Types a whole new value into an input or textarea, as the user would. */
export function type(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: HTMLSelectElement, value: string): void {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

export function press(el: Element, key: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

/** Submits a form the way pressing Enter or the submit button does. */
export async function submit(form: HTMLFormElement | null): Promise<void> {
  if (!form) throw new Error('no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

/** The button whose visible text is exactly `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!found) throw new Error(`no button ${String(text)}`);
  return found;
}

/** The error message tied to a control through aria-describedby. */
export function errorOf(root: ParentNode, control: Element): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  for (const id of ids) {
    const el = root.querySelector(`#${CSS.escape(id)}`);
    if (el?.classList.contains('field-error')) return el.textContent;
  }
  return null;
}
