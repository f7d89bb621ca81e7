/** The options page's translator, shared through context so every section speaks the UI language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { isRtl, type UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { OPTIONS_STRINGS, type OptionsKey } from '@/utils/i18n/options-strings';

export type OptionsT = (key: OptionsKey, vars?: Record<string, string | number>) => string;

export interface OptionsLocale {
  lang: UiLanguage;
  t: OptionsT;
  dir: 'ltr' | 'rtl';
}

/** Builds the locale bundle for a UI language. */
export function optionsLocale(lang: UiLanguage): OptionsLocale {
  return { lang, t: createT(OPTIONS_STRINGS, lang), dir: isRtl(lang) ? 'rtl' : 'ltr' };
}

const LocaleContext = createContext<OptionsLocale>(optionsLocale('en'));

export const LocaleProvider = LocaleContext.Provider;

/** The current translator and language. */
export function useLocale(): OptionsLocale {
  return useContext(LocaleContext);
}
