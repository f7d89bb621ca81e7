/**
 * The late-payment regime a formal demand cites, its reference-rate periods and the PLN/EUR rate
 * for the Polish compensation tiers. Rates are dated data the user must keep current.
 */
import { LEGAL_PRESETS, type LegalPresetId, type LegalSettings } from '@/utils/legal';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { useSettingsForm } from '../form/useSettingsForm';
import { useLocale } from '../i18n';
import { RadioGroup, TextField } from '../ui/Field';
import { SaveBar } from '../ui/SaveBar';
import { Section } from '../ui/Section';
import { RateTable } from './RateTable';
import { fromLegalDraft, legalDraft, validateLegalDraft, type LegalDraft } from './rate-draft';

interface Props {
  value: LegalSettings;
  onSave: (next: LegalSettings) => Promise<void>;
}

const PRESET_TEXT: Record<LegalPresetId, { label: OptionsKey; description: OptionsKey }> = {
  eu: { label: 'preset.eu', description: 'preset.euDesc' },
  pl: { label: 'preset.pl', description: 'preset.plDesc' },
  uk: { label: 'preset.uk', description: 'preset.ukDesc' },
  none: { label: 'preset.none', description: 'preset.noneDesc' },
};

const SOURCE: Record<Exclude<LegalPresetId, 'none'>, OptionsKey> = {
  eu: 'legal.sourceEu',
  pl: 'legal.sourcePl',
  uk: 'legal.sourceUk',
};

export function LegalSection({ value, onSave }: Props) {
  const { t } = useLocale();
  const form = useSettingsForm<LegalDraft>(
    legalDraft(value),
    (draft) => {
      const found = validateLegalDraft(draft);
      const keys = Object.keys(found);
      if (keys.length === 0) return null;
      return Object.fromEntries(keys.map((k) => [k, t(found[k]!)]));
    },
    (draft) => onSave(fromLegalDraft(draft)),
  );
  const { draft, errors } = form;
  const preset = draft.presetId === 'none' ? null : draft.presetId;
  const tableErrors = (p: string): Record<string, string> =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([k]) => k === `rates.${p}` || k.startsWith(`rates.${p}.`))
        .map(([k, v]) => [k.slice(`rates.${p}.`.length), v]),
    );
  // Errors in tables of presets not shown are still reported, so nothing fails silently.
  const hidden = Object.keys(errors).filter((k) =>
    k === 'plnPerEur'
      ? draft.presetId !== 'pl'
      : k.startsWith('rates.') && !(preset && k.startsWith(`rates.${preset}`)),
  );

  return (
    <Section id="legal" title={t('section.legal')} intro={t('legal.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <RadioGroup
          name="legal-preset"
          legend={t('legal.preset')}
          value={draft.presetId}
          choices={(['eu', 'pl', 'uk', 'none'] as const).map((id) => ({
            value: id,
            label: t(PRESET_TEXT[id].label),
            description: t(PRESET_TEXT[id].description),
          }))}
          onValue={(presetId) => form.update({ presetId })}
        />
        {preset && (
          <>
            <RateTable
              id={`rates-${preset}`}
              caption={t('legal.ratesCaption', { preset: t(PRESET_TEXT[preset].label) })}
              rows={draft.tables[preset]}
              marginBp={LEGAL_PRESETS[preset].marginBp}
              onRows={(rows) => form.update({ tables: { ...draft.tables, [preset]: rows } })}
              errors={tableErrors(preset)}
            />
            <p class="field-hint">
              {t('legal.margin', { points: LEGAL_PRESETS[preset].marginBp / 100 })}{' '}
              {t(SOURCE[preset])}
            </p>
          </>
        )}
        {hidden.length > 0 && <p class="field-error">{t('legal.hiddenErrors')}</p>}
        {draft.presetId === 'pl' && (
          <TextField
            id="pln-per-eur"
            label={t('legal.plnPerEur')}
            hint={t('legal.plnPerEurHint')}
            value={draft.plnPerEur}
            inputMode="decimal"
            dir="ltr"
            onValue={(plnPerEur) => form.update({ plnPerEur })}
            error={errors.plnPerEur}
          />
        )}
        <SaveBar state={form.state} dirty={form.dirty} />
      </form>
    </Section>
  );
}
