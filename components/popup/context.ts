/**
 * What every popup component needs, passed down once: the request function (the real
 * `sendMessage`, or a test double dispatching to real handlers), the browser actions, the
 * translator and the locale. Components never touch `browser` or the database themselves.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { MessageName } from '@/utils/protocol';
import type { ProtocolMap } from '@/utils/messaging';
import type { PopupT } from '@/utils/i18n/popup-strings';

/** Sends one protocol request to the background. */
export type Send = <K extends MessageName>(
  name: K,
  data: GetDataType<ProtocolMap[K]>,
) => Promise<GetReturnType<ProtocolMap[K]>>;

/** Browser actions, injected so components stay testable. */
export interface Platform {
  /** Opens `url` in a new tab (`browser.tabs.create` needs no `tabs` permission). */
  openTab(url: string): Promise<void>;
  /** Puts `text` on the clipboard. */
  copy(text: string): Promise<void>;
  /** Opens the options page. */
  openSettings(): Promise<void>;
  /** The current time (a fixed clock in tests). */
  now(): Date;
}

/** What Undo voids: an appended event, or the entry that created an invoice. */
export type UndoRef = { eventId: string } | { invoiceId: string };

export interface PopupEnv {
  send: Send;
  platform: Platform;
  t: PopupT;
  /** Locale for numbers and dates (e.g. "pl", "en-GB"). */
  locale: string;
  /** The user's local date, YYYY-MM-DD. */
  today: string;
  /**
   * Says `message` in the live region (and shows it as a toast). With `undo`, the toast offers
   * Undo for a few seconds, which voids that entry of the debt log.
   */
  announce(message: string, undo?: UndoRef): void;
}

export const PopupContext = createContext<PopupEnv | null>(null);

/** The popup environment; throws outside a provider, which is a programming error. */
export function usePopup(): PopupEnv {
  const env = useContext(PopupContext);
  if (!env) throw new Error('usePopup() outside <PopupContext.Provider>');
  return env;
}

/** An error's message for display. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
