/**
 * The toolbar popup's words (`locales/<lang>/popup.json`). Counted phrases are ICU plurals on
 * `n` (`n.days`: "{n, plural, one {# dzień} few {# dni} …}"), so "2 dni" / "5 dni" / "2 дня" /
 * "יומיים" come out right.
 */
import { catalogFrom, createT, type Vars } from './format';
import type { UiLanguage } from './index';
import type en from './locales/en/popup.json';

export type PopupKey = keyof typeof en;

export const popupStrings = catalogFrom<PopupKey>(
  import.meta.glob('./locales/*/popup.json', { eager: true, import: 'default' }),
);

/** Keys of counted phrases: `n.<noun>`. */
export type CountedNoun = 'days' | 'open' | 'instalments';

export interface PopupT {
  (key: PopupKey, vars?: Vars): string;
  /** A counted phrase, e.g. `count('days', 5)` → "5 dni" in Polish. */
  count(noun: CountedNoun, n: number): string;
  lang: UiLanguage;
}

/** The popup translator for `lang`, with plural-aware counted phrases. */
export function createPopupT(lang: UiLanguage): PopupT {
  const t = createT(popupStrings, lang);
  const translate = ((key: PopupKey, vars?: Vars) => t(key, vars)) as PopupT;
  translate.count = (noun, n) => t(`n.${noun}`, { n });
  translate.lang = lang;
  return translate;
}
