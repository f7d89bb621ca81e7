/** Puts the UI language, text direction, theme and title on the document itself. */
import type { OptionsLocale } from '@/components/options/i18n';
import type { UiSettings } from '@/utils/settings/schema';

export function applyDocumentLocale(locale: OptionsLocale, theme: UiSettings['theme']): void {
  const root = document.documentElement;
  root.lang = locale.lang;
  root.dir = locale.dir;
  // 'auto' leaves the choice to prefers-color-scheme in the stylesheet.
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
  document.title = locale.t('page.title');
}
