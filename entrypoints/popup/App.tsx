/** Wiring only: the real messaging, browser actions and settings for the popup app. */
import { browser } from '#imports';
import { sendMessage } from '@/utils/messaging';
import type { UiPrefs } from './prefs';
import type { Platform, Send } from '@/components/popup/context';
import { PopupApp, clientFromHash } from '@/components/popup/PopupApp';
import { PAGE_SIZE } from '@/components/popup/ListView';
import { localDate } from '@/utils/popup/format';
import type { ClientPage } from '@/utils/ledger/client-page';

const platform: Platform = {
  // tabs.create needs no "tabs" permission.
  openTab: async (url) => {
    await browser.tabs.create({ url });
  },
  copy: (text) => navigator.clipboard.writeText(text),
  openSettings: () => browser.runtime.openOptionsPage(),
  now: () => new Date(),
};

const send: Send = (name, data) => sendMessage(name, data);

/** The first page of the client list, asked for before anything renders. */
export function requestFirstPage(): Promise<ClientPage> {
  return send('ui-bg:clientPage', { today: localDate(new Date()), offset: 0, limit: PAGE_SIZE });
}

export function App({
  settings,
  firstPage,
  freshPage,
}: {
  settings: UiPrefs;
  firstPage: Promise<ClientPage>;
  /** The background's answer when `firstPage` is a snapshot painted meanwhile. */
  freshPage?: Promise<ClientPage>;
}) {
  return (
    <PopupApp
      firstPage={firstPage}
      freshPage={freshPage}
      send={send}
      platform={platform}
      settings={settings}
      browserLanguages={navigator.languages}
      initialClientId={clientFromHash(location.hash)}
    />
  );
}
