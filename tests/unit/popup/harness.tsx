/**
 * Mounts the popup (or one of its parts) against the real background handlers on a fresh
 * fake-indexeddb database: every request is validated by the router's `dispatch` exactly as in
 * the extension, so what the UI sends is what the ledger records.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { createHandlers } from '@/utils/background/handlers';
import { dispatch } from '@/utils/background/router';
import type { FirmlyDB } from '@/utils/db/database';
import { createPopupT } from '@/utils/i18n/popup-strings';
import type { UiLanguage } from '@/utils/i18n';
import { PopupApp } from '@/components/popup/PopupApp';
import { PopupContext, type Platform, type PopupEnv, type Send } from '@/components/popup/context';
import { localDate } from '@/utils/popup/format';
import { loadClientView, loadFormView } from '@/components/popup/lazy-views';
import { freshDb } from '../helpers';

/** A fixed "now": Monday 15 June 2026, 10:00 local time. */
export const NOW = new Date(2026, 5, 15, 10, 0);
export const TODAY = localDate(NOW);

const sender = { id: 'firmly-test', url: 'chrome-extension://firmly-test/popup.html' };

export interface Rig {
  db: FirmlyDB;
  send: Send;
  platform: Platform & { openTab: ReturnType<typeof vi.fn>; copy: ReturnType<typeof vi.fn> };
  root: HTMLElement;
  sent: { name: string; data: unknown }[];
}

export function rig(): Omit<Rig, 'root'> {
  const db = freshDb();
  const handlers = createHandlers(db);
  const sent: { name: string; data: unknown }[] = [];
  const send = ((name, data) => {
    sent.push({ name, data });
    return dispatch(name, data, sender, handlers);
  }) as Send;
  const platform = {
    openTab: vi.fn(async () => {}),
    copy: vi.fn(async () => {}),
    openSettings: vi.fn(async () => {}),
    now: () => NOW,
  };
  return { db, send, platform, sent };
}

/** The client screen and the forms are loaded on demand; tests load them up front. */
export async function preloadViews(): Promise<void> {
  await Promise.all([loadClientView(), loadFormView()]);
}

const mounted: HTMLElement[] = [];

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  mounted.push(root);
  return root;
}

/** Unmounts everything mounted (effects clean up their document listeners) and empties the page. */
export function unmountAll(): void {
  for (const root of mounted.splice(0)) act(() => render(null, root));
  document.body.replaceChildren();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
}

/** The whole popup app in `lang`. */
export function mountApp(
  r: Omit<Rig, 'root'>,
  lang: 'en' | 'pl' | 'ru' | 'he' | 'auto' = 'en',
  browserLanguages = ['en-US'],
  initialClientId?: string,
): Rig {
  const root = mount(
    <PopupApp
      send={r.send}
      platform={r.platform}
      settings={{ uiLanguage: lang, theme: 'auto' }}
      browserLanguages={browserLanguages}
      initialClientId={initialClientId}
    />,
  );
  return { ...r, root };
}

/** One component inside the popup context. */
export function mountInContext(
  r: Omit<Rig, 'root'>,
  ui: ComponentChild,
  lang: UiLanguage = 'en',
): Rig & { announced: string[] } {
  const announced: string[] = [];
  const env: PopupEnv = {
    send: r.send,
    platform: r.platform,
    t: createPopupT(lang),
    locale: lang,
    today: TODAY,
    announce: (m) => announced.push(m),
  };
  const root = mount(<PopupContext.Provider value={env}>{ui}</PopupContext.Provider>);
  return { ...r, root, announced };
}

/** Types into an input or textarea the way a user does (value + input event). */
export function type(el: Element | null, value: string): void {
  if (!(
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    el instanceof HTMLSelectElement
  )) {
    throw new Error(`not a field: ${el?.outerHTML.slice(0, 80) ?? 'null'}`);
  }
  act(() => {
    el.value = value;
    el.dispatchEvent(
      new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
    );
  });
}

export function click(el: Element | null): void {
  if (!(el instanceof HTMLElement)) throw new Error('nothing to click');
  act(() => el.click());
}

/** The button whose visible text is `text`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!found)
    throw new Error(
      `no button ${String(text)} among: ${all.map((b) => b.textContent?.trim()).join(' | ')}`,
    );
  return found;
}

export function submit(form: Element | null): void {
  if (!(form instanceof HTMLFormElement)) throw new Error('not a form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

export function key(el: Element | Document, k: string): void {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
  });
}

/** Lets pending requests (fake IndexedDB works in macrotasks) finish and re-renders. */
export async function settle(ms = 0): Promise<void> {
  if (ms) await act(async () => new Promise((r) => setTimeout(r, ms)));
  for (let i = 0; i < 25; i += 1) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 4));
    });
  }
}

/** Retries `check` (re-rendering in between) until it stops throwing, or rethrows after `ms`. */
export async function eventually(check: () => void | Promise<void>, ms = 3000): Promise<void> {
  // performance.now, not Date.now: tests may freeze the Date clock.
  const deadline = performance.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (performance.now() > deadline) throw e;
      await act(async () => new Promise((r) => setTimeout(r, 10)));
    }
  }
}
