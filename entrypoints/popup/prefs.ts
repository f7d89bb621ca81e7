/**
 * The two settings the popup needs before its first paint (language and theme), read straight
 * from storage without loading zod, which only the client screen and the forms need. Anything
 * unexpected falls back to the default, as the validated settings item does.
 */
import { browser } from '#imports';
import { UI_LANGUAGES } from '@/utils/i18n';
import type { UiSettings } from '@/utils/settings/schema';

export type UiPrefs = Pick<UiSettings, 'uiLanguage' | 'theme'>;

// The schema's enums and defaults ('auto' for both), restated so zod stays out of this bundle.
const LANGUAGES: readonly string[] = ['auto', ...UI_LANGUAGES];
const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/** `value` when it is one of `allowed`, else `fallback`. */
function oneOf<T extends string>(value: unknown, allowed: readonly string[], fallback: T): T {
  return typeof value === 'string' && allowed.includes(value) ? (value as T) : fallback;
}

export async function readUiPrefs(): Promise<UiPrefs> {
  // WXT's `local:uiSettings` item lives under the key "uiSettings" of storage.local.
  const stored: unknown = (await browser.storage.local.get('uiSettings')).uiSettings;
  const record =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    uiLanguage: oneOf<UiPrefs['uiLanguage']>(record.uiLanguage, LANGUAGES, 'auto'),
    theme: oneOf<UiPrefs['theme']>(record.theme, THEMES, 'auto'),
  };
}
