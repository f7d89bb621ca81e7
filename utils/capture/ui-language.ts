/**
 * The UI language for injected page UI (badge, capture dialog), from the stored settings read
 * raw: content scripts do not bundle zod, so the one field they need is checked by hand.
 */
import { resolveUiLanguage, type UiLanguage } from '@/utils/i18n';

/** `stored` is whatever `storage.local` holds under `uiSettings` (possibly nothing or garbage). */
export function uiLanguageFromStored(
  stored: unknown,
  browserLanguages: readonly string[],
): UiLanguage {
  const setting =
    typeof stored === 'object' && stored !== null
      ? (stored as { uiLanguage?: unknown }).uiLanguage
      : undefined;
  return resolveUiLanguage(typeof setting === 'string' ? setting : 'auto', browserLanguages);
}

/** The subset of `storage.local` this needs (injected, so the function stays testable). */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** Reads the stored UI setting from `area` and resolves it; English when storage fails. */
export async function readUiLanguage(
  area: SettingsArea,
  browserLanguages: readonly string[],
): Promise<UiLanguage> {
  try {
    const { uiSettings } = await area.get('uiSettings');
    return uiLanguageFromStored(uiSettings, browserLanguages);
  } catch {
    return resolveUiLanguage('auto', browserLanguages);
  }
}
