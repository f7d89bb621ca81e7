/**
 * Wiring only: reads and watches the two settings items, follows the chosen UI language and
 * theme on the document, and hands the page its save functions and the background data port.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { OptionsPage } from '@/components/options/OptionsPage';
import { LocaleProvider, optionsLocale } from '@/components/options/i18n';
import type { DataPort } from '@/components/options/data/port';
import type { PortalPort } from '@/components/options/portals/PortalsSection';
import {
  forgetInvoiceNinjaOrigin,
  invoiceNinjaPatterns,
  requestInvoiceNinjaOrigin,
} from '@/utils/background/capture-service';
// Straight from the settings module: the advisor barrel would pull the classifier into this page.
import type { AdvisorSettings } from '@/utils/advisor/settings';
import { resolveUiLanguage } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { advisorSettings } from '@/utils/settings/advisor';
import type { UiSettings } from '@/utils/settings/schema';
import { uiSettings } from '@/utils/settings/store';
import { applyDocumentLocale } from './document-locale';

// The page opens the extension's database itself, so backups stream in batches (issue 11 #9);
// that code loads on the first backup action, off the page's first paint.
const backup = () => import('./backup-port').then((m) => m.backup);
const port: DataPort = {
  exportData: () => sendMessage('ui-bg:exportData', {}),
  exportBackup: async () => (await backup()).exportBackup(),
  importBackup: async (file) => (await backup()).importBackup(file),
  eraseAll: (keepSettings) => sendMessage('ui-bg:eraseAll', { confirm: true, keepSettings }),
};

// Called here, in the page, because the browser shows the permission prompt only during a click.
const portals: PortalPort = {
  list: invoiceNinjaPatterns,
  add: requestInvoiceNinjaOrigin,
  remove: forgetInvoiceNinjaOrigin,
};

export const OPTIONS_PAINTED_MARK = 'firmly:options-painted';

interface Loaded {
  ui: UiSettings;
  advisor: AdvisorSettings;
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Saves merge into the latest stored value, not into what this render saw.
  const latest = useRef<Loaded | null>(null);
  latest.current = loaded;

  const reload = () =>
    Promise.all([uiSettings.get(), advisorSettings.get()]).then(
      ([ui, advisor]) => setLoaded({ ui, advisor }),
      (e: Error) => setError(e.message),
    );

  useEffect(() => {
    void reload();
    const stopUi = uiSettings.watch((ui) => setLoaded((l) => (l ? { ...l, ui } : l)));
    const stopAdvisor = advisorSettings.watch((advisor) =>
      setLoaded((l) => (l ? { ...l, advisor } : l)),
    );
    return () => {
      stopUi();
      stopAdvisor();
    };
  }, []);

  const lang = resolveUiLanguage(loaded?.ui.uiLanguage ?? 'auto', navigator.languages);
  const locale = useMemo(() => optionsLocale(lang), [lang]);
  useEffect(
    () => applyDocumentLocale(locale, loaded?.ui.theme ?? 'auto'),
    [locale, loaded?.ui.theme],
  );

  // The settings are on screen (Preact runs effects after the frame): the benchmark reads this.
  useEffect(() => {
    if (loaded && performance.getEntriesByName(OPTIONS_PAINTED_MARK).length === 0)
      performance.mark(OPTIONS_PAINTED_MARK);
  }, [loaded]);

  if (error) return <p role="alert">{locale.t('page.loadFailed', { reason: error })}</p>;
  if (!loaded) return <p aria-busy="true">{locale.t('page.loading')}</p>;

  const saveUi = async (next: UiSettings) => {
    const ui = await uiSettings.set(next);
    setLoaded((l) => (l ? { ...l, ui } : l));
  };
  const saveAdvisor = async (patch: Partial<AdvisorSettings>) => {
    const current = latest.current?.advisor ?? (await advisorSettings.get());
    const advisor = await advisorSettings.set({ ...current, ...patch });
    setLoaded((l) => (l ? { ...l, advisor } : l));
  };

  return (
    <LocaleProvider value={locale}>
      <OptionsPage
        ui={loaded.ui}
        advisor={loaded.advisor}
        saveUi={saveUi}
        saveAdvisor={saveAdvisor}
        port={port}
        portals={portals}
        onDataChanged={() => void reload()}
      />
    </LocaleProvider>
  );
}
