/**
 * The user's UI language as the background sees it: the stored `uiLanguage` setting, where 'auto'
 * follows the browser's language list. Used for text the background renders for the user (the
 * Gmail panel's rationale, follow-up notifications), so the content script carries no phrases.
 */
import { resolveUiLanguage, type UiLanguage } from '@/utils/i18n';
import { uiSettings } from '@/utils/settings/store';

/** The browser's preferred languages, or none where there is no navigator. */
function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  if (!nav) return [];
  return nav.languages?.length ? nav.languages : nav.language ? [nav.language] : [];
}

/** The UI language from the stored settings; English-or-browser when they cannot be read. */
export async function backgroundUiLanguage(
  languages: readonly string[] = browserLanguages(),
): Promise<UiLanguage> {
  try {
    return resolveUiLanguage((await uiSettings.get()).uiLanguage, languages);
  } catch {
    return resolveUiLanguage('auto', languages);
  }
}
