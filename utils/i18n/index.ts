/**
 * UI strings. Each area (popup, options, Gmail panel) keeps its own table file, so the strings a
 * bundle ships are only its own. English is the complete reference; other languages may fall
 * back to it key by key. Hebrew is right-to-left.
 */
export const UI_LANGUAGES = ['en', 'pl', 'ru', 'he'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export type StringTable<K extends string> = Record<K, string>;
export type Translations<K extends string> = { en: StringTable<K> } & Partial<
  Record<Exclude<UiLanguage, 'en'>, Partial<StringTable<K>>>
>;

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
 * A translator for one table: `t('key', { n: '3' })` replaces `{n}` placeholders. Values are
 * plain text; the UI renders them as text nodes, never as HTML.
 */
export function createT<K extends string>(table: Translations<K>, lang: UiLanguage) {
  const primary = (table[lang] ?? {}) as Partial<StringTable<K>>;
  return (key: K, vars?: Record<string, string | number>): string => {
    const raw = primary[key] ?? table.en[key];
    if (!vars) return raw;
    return raw.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}
