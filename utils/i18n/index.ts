/**
 * UI languages. Each area (popup, options, Gmail panel…) has one ICU MessageFormat file per
 * language, `utils/i18n/locales/<lang>/<area>.json` (see docs/translating.md), so a bundle ships
 * only its own area's words. English is the complete reference; other languages may fall back
 * to it key by key. Hebrew is right-to-left.
 */
/**
 * The UI languages, each named in itself (so a user lost in a foreign UI still finds their own).
 * Adding a language: its files in `locales/<code>/` and one line here.
 */
export const UI_LANGUAGE_NAMES = {
  en: 'English',
  pl: 'Polski',
  ru: 'Русский',
  he: 'עברית',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  uk: 'Українська',
} as const;
export type UiLanguage = keyof typeof UI_LANGUAGE_NAMES;
export const UI_LANGUAGES = Object.keys(UI_LANGUAGE_NAMES) as [UiLanguage, ...UiLanguage[]];

export type StringTable<K extends string> = Record<K, string>;

/** The UI language for a setting ('auto' follows the browser's language list). */
export function resolveUiLanguage(
  setting: string,
  browserLanguages: readonly string[],
): UiLanguage {
  if ((UI_LANGUAGES as readonly string[]).includes(setting)) return setting as UiLanguage;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    // 'iw' is the legacy code some browsers still report for Hebrew.
    const lang = base === 'iw' ? 'he' : base;
    if ((UI_LANGUAGES as readonly string[]).includes(lang ?? '')) return lang as UiLanguage;
  }
  return 'en';
}

export function isRtl(lang: string): boolean {
  return lang === 'he';
}

/**
 * Fills `{name}` placeholders of a plain template (the panel's words, resolved by the background
 * so content scripts carry no formatter). Unknown placeholders stay as they are.
 */
export function fillTemplate(template: string, vars?: Record<string, string | number>): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}
