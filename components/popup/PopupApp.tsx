/**
 * The toolbar popup: the client list, a client, or an entry form. It applies the UI language
 * (dir="rtl" for Hebrew) and the theme to the document, keeps the list mounted behind the other
 * screens so search and scroll survive, moves focus to each new screen's heading, and goes back
 * one screen on Escape.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isRtl, resolveUiLanguage } from '@/utils/i18n';
import { createPopupT, type PopupKey } from '@/utils/i18n/popup-strings';
import type { UiSettings } from '@/utils/settings/schema';
import { displayLocale, localDate } from '@/utils/popup/format';
import { Button } from '@/components/ui';
import {
  PopupContext,
  errorText,
  type Platform,
  type PopupEnv,
  type Send,
  type UndoRef,
} from './context';
import { ListView } from './ListView';
import { loadClientView, loadFormView, prefetchViews, useModule } from './lazy-views';
import type { View } from './views';
import type { ClientPage } from '@/utils/ledger/client-page';

export const CLIENT_OPEN_MARK = 'firmly:client-open';
const TOAST_MS = 3500;
/** Long enough to read the message and reach Undo, short enough not to linger. */
const UNDO_MS = 8000;

interface Props {
  send: Send;
  platform: Platform;
  settings: Pick<UiSettings, 'uiLanguage' | 'theme'>;
  browserLanguages: readonly string[];
  /** Client to open first (from `#client=<id>`, e.g. a follow-up notification). */
  initialClientId?: string | null;
  /** The list's first page, requested as early as possible (see ListView). */
  firstPage?: Promise<ClientPage>;
  /** The background's answer when `firstPage` is a snapshot (see ListView). */
  freshPage?: Promise<ClientPage>;
}

/** The client id in a `#client=<id>` location hash, if any. */
export function clientFromHash(hash: string): string | null {
  const m = /^#client=([^&]+)/.exec(hash);
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

export function PopupApp({
  send,
  platform,
  settings,
  browserLanguages,
  initialClientId,
  firstPage,
  freshPage,
}: Props) {
  const lang = resolveUiLanguage(settings.uiLanguage, browserLanguages);
  const [view, setView] = useState<View>(
    initialClientId ? { kind: 'client', clientId: initialClientId } : { kind: 'list' },
  );
  const [listVersion, setListVersion] = useState(0);
  const [clientVersion, setClientVersion] = useState(0);
  const [lastClient, setLastClient] = useState<string | null>(null);
  const [toast, setToast] = useState('');
  const [undo, setUndo] = useState<UndoRef | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clientModule = useModule(loadClientView, view.kind === 'client');
  const formModule = useModule(loadFormView, view.kind === 'form');

  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    root.dir = isRtl(lang) ? 'rtl' : 'ltr';
    root.dataset.theme = settings.theme;
  }, [lang, settings.theme]);

  const env = useMemo<PopupEnv>(
    () => ({
      send,
      platform,
      t: createPopupT(lang),
      locale: displayLocale(lang, browserLanguages),
      today: localDate(platform.now()),
      announce: (message: string, undoRef?: UndoRef) => {
        // Clear first so the same message twice is read out twice.
        setToast('');
        clearTimeout(timer.current);
        setUndo(undoRef ?? null);
        requestAnimationFrame(() => setToast(message));
        timer.current = setTimeout(
          () => {
            setToast('');
            setUndo(null);
          },
          undoRef ? UNDO_MS : TOAST_MS,
        );
      },
    }),
    [send, platform, lang, browserLanguages],
  );

  const openClient = (clientId: string) => {
    performance.mark(CLIENT_OPEN_MARK);
    setLastClient(clientId);
    setView({ kind: 'client', clientId });
  };
  const backToList = () => setView({ kind: 'list' });
  const goBack = () => {
    if (view.kind === 'form') setView(view.back);
    else if (view.kind === 'client') backToList();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || view.kind === 'list') return;
      e.preventDefault();
      goBack();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [view]);

  const undoLast = async (ref: UndoRef) => {
    setUndo(null);
    try {
      const result = await send('ui-bg:voidEvent', ref);
      env.announce(
        'error' in result ? env.t(`void.err.${result.error}` as PopupKey) : env.t('undo.done'),
      );
    } catch (e) {
      env.announce(env.t('form.saveFailed', { error: errorText(e) }));
    }
    setListVersion((v) => v + 1);
    setClientVersion((v) => v + 1);
  };

  const formDone = (message: string, clientId?: string, undoRef?: UndoRef) => {
    env.announce(message, undoRef);
    setListVersion((v) => v + 1);
    setClientVersion((v) => v + 1);
    if (view.kind !== 'form') return;
    if (clientId && view.back.kind === 'list') openClient(clientId);
    else setView(view.back);
  };

  return (
    <PopupContext.Provider value={env}>
      <main class="popup">
        <ListView
          hidden={view.kind !== 'list'}
          version={listVersion}
          returnFocusTo={view.kind === 'list' ? lastClient : null}
          onOpen={openClient}
          onAdd={() =>
            setView({ kind: 'form', form: { kind: 'client', client: null }, back: view })
          }
          onPainted={prefetchViews}
          firstPage={firstPage}
          freshPage={freshPage}
        />
        {view.kind !== 'list' && !(view.kind === 'client' ? clientModule : formModule) && (
          <p class="loading" aria-busy="true">
            {env.t('common.loading')}
          </p>
        )}
        {view.kind === 'client' && clientModule && (
          <clientModule.ClientView
            key={view.clientId}
            clientId={view.clientId}
            version={clientVersion}
            onBack={backToList}
            onForm={(form) => setView({ kind: 'form', form, back: view })}
            onChanged={() => setListVersion((v) => v + 1)}
          />
        )}
        {view.kind === 'form' && formModule && (
          <div class="view view-form">
            <formModule.FormView form={view.form} onDone={formDone} onCancel={goBack} />
          </div>
        )}
      </main>
      <div class={`toast${toast ? ' toast-visible' : ''}${undo && toast ? ' toast-undo' : ''}`}>
        <span role="status" aria-live="polite" aria-atomic="true">
          {toast}
        </span>
        {undo && toast && (
          <Button small variant="ghost" class="toast-action" onClick={() => void undoLast(undo)}>
            {env.t('undo.action')}
          </Button>
        )}
      </div>
    </PopupContext.Provider>
  );
}
