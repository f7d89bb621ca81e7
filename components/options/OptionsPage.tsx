/**
 * The whole options page, given the settings and how to save them: a header, a section index
 * and one card per section. The entry point (entrypoints/options/App.tsx) wires storage and
 * messaging; this component only renders, so it is tested without a browser.
 */
import type { AdvisorSettings } from '@/utils/advisor';
import type { UiSettings } from '@/utils/settings/schema';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import type { MessageLanguage } from '@/utils/templates/catalog';
import type { DataPort, Downloader } from './data/port';
import { useLocale } from './i18n';
import { PaymentSection } from './payment/PaymentSection';
import { PortalsSection, type PortalPort } from './portals/PortalsSection';
import { AddressesSection } from './sections/AddressesSection';
import { AppearanceSection } from './sections/AppearanceSection';
import { MessagesSection } from './sections/MessagesSection';
import { ProfileSection } from './sections/ProfileSection';
import { LazyDataSection, LazyLegalSection, LazyTemplatesSection } from './lazy-sections';

export interface OptionsPageProps {
  ui: UiSettings;
  advisor: AdvisorSettings;
  saveUi: (next: UiSettings) => Promise<void>;
  /** Merges `patch` into the stored advisor settings. */
  saveAdvisor: (patch: Partial<AdvisorSettings>) => Promise<void>;
  port: DataPort;
  /** Self-hosted portal access; the section is left out where the browser cannot grant it. */
  portals?: PortalPort;
  download?: Downloader;
  onDataChanged?: () => void;
  now?: Date;
}

const SECTIONS: readonly [string, OptionsKey][] = [
  ['profile', 'section.profile'],
  ['payment', 'section.payment'],
  ['messages', 'section.messages'],
  ['templates', 'section.templates'],
  ['legal', 'section.legal'],
  ['addresses', 'section.addresses'],
  ['portals', 'section.portals'],
  ['appearance', 'section.appearance'],
  ['data', 'section.data'],
];

/** Moves focus to the section heading, so keyboard and screen-reader users land where they jumped. */
function jumpTo(e: MouseEvent, id: string): void {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return;
  e.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
  history.replaceState(null, '', `#${id}`);
}

export function OptionsPage(props: OptionsPageProps) {
  const { t, dir, lang } = useLocale();
  const { ui, advisor, saveUi, saveAdvisor } = props;
  const messageLanguage: MessageLanguage = advisor.defaultLanguage;
  return (
    <div class="options-page" dir={dir} lang={lang}>
      <a class="skip-link" href="#main" onClick={(e) => jumpTo(e, SECTIONS[0]![0])}>
        {t('page.skip')}
      </a>
      <header class="page-header">
        <img src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('page.title')}</h1>
          <p class="tagline">{t('page.tagline')}</p>
        </div>
      </header>
      <div class="page-body">
        <nav class="section-nav" aria-label={t('page.nav')}>
          <ul>
            {SECTIONS.filter(([id]) => id !== 'portals' || props.portals).map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`} onClick={(e) => jumpTo(e, id)}>
                  {t(key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" class="sections">
          <ProfileSection value={advisor} onSave={(p) => saveAdvisor(p)} />
          <PaymentSection
            value={advisor.paymentDetails}
            onSave={(paymentDetails) => saveAdvisor({ paymentDetails })}
          />
          <MessagesSection value={advisor} onSave={(m) => saveAdvisor(m)} />
          <LazyTemplatesSection
            title={t('section.templates')}
            overrides={advisor.templateOverrides}
            profile={advisor}
            initialLanguage={messageLanguage}
            onSave={(templateOverrides) => saveAdvisor({ templateOverrides })}
            now={props.now}
          />
          <LazyLegalSection
            title={t('section.legal')}
            value={advisor.legal}
            onSave={(legal) => saveAdvisor({ legal })}
          />
          <AddressesSection value={ui} onSave={saveUi} />
          {props.portals && <PortalsSection port={props.portals} />}
          <AppearanceSection value={ui} onSave={saveUi} />
          <LazyDataSection
            title={t('section.data')}
            port={props.port}
            download={props.download}
            onChanged={props.onDataChanged}
          />
        </main>
      </div>
    </div>
  );
}
