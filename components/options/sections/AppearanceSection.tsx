/** UI language and theme; applied as soon as they are chosen, since seeing them is the point. */
import { useState } from 'preact/hooks';
import { UI_LANGUAGE_NAMES, UI_LANGUAGES } from '@/utils/i18n';
import type { UiSettings } from '@/utils/settings/schema';
import { useLocale } from '../i18n';
import { SelectField, type Choice } from '../ui/Field';
import { Section } from '../ui/Section';

interface Props {
  value: UiSettings;
  onSave: (next: UiSettings) => Promise<void>;
}

export function AppearanceSection({ value, onSave }: Props) {
  const { t } = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async (patch: Partial<UiSettings>) => {
    setError(null);
    try {
      await onSave({ ...value, ...patch });
      setSaved(true);
    } catch (e) {
      setError(t('common.saveFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  // Each language names itself, so a user lost in a foreign UI still finds their own.
  const languages: Choice<UiSettings['uiLanguage']>[] = [
    { value: 'auto', label: t('appearance.auto') },
    ...UI_LANGUAGES.map((lang) => ({ value: lang, label: UI_LANGUAGE_NAMES[lang], lang })),
  ];
  const themes: Choice<UiSettings['theme']>[] = [
    { value: 'auto', label: t('appearance.themeAuto') },
    { value: 'light', label: t('appearance.themeLight') },
    { value: 'dark', label: t('appearance.themeDark') },
  ];
  return (
    <Section id="appearance" title={t('section.appearance')}>
      <div class="grid-2">
        <SelectField
          id="ui-language"
          label={t('appearance.language')}
          hint={t('appearance.languageHint')}
          value={value.uiLanguage}
          choices={languages}
          onValue={(uiLanguage) => void save({ uiLanguage })}
        />
        <SelectField
          id="theme"
          label={t('appearance.theme')}
          value={value.theme}
          choices={themes}
          onValue={(theme) => void save({ theme })}
        />
      </div>
      <p class="save-status" role="status">
        {saved && !error ? t('common.saved') : ''}
      </p>
      <p class="save-error" role="alert">
        {error}
      </p>
    </Section>
  );
}
