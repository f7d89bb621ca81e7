/**
 * The late-payment regime a formal demand cites, its reference-rate periods and the PLN/EUR rate
 * for the Polish compensation tiers. Rates are dated data the user must keep current.
 */
import {
  LEGAL_PRESET_IDS,
  LEGAL_PRESETS,
  type LegalPresetId,
  type LegalSettings,
  type RateTableId,
} from '@/utils/legal';
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
  de: { label: 'preset.de', description: 'preset.deDesc' },
  fr: { label: 'preset.fr', description: 'preset.frDesc' },
  es: { label: 'preset.es', description: 'preset.esDesc' },
  it: { label: 'preset.it', description: 'preset.itDesc' },
  nl: { label: 'preset.nl', description: 'preset.nlDesc' },
  ru: { label: 'preset.ru', description: 'preset.ruDesc' },
  ua: { label: 'preset.ua', description: 'preset.uaDesc' },
  il: { label: 'preset.il', description: 'preset.ilDesc' },
  none: { label: 'preset.none', description: 'preset.noneDesc' },
};

/** Where to check each rate table's new rows. */
const SOURCE: Record<RateTableId, OptionsKey> = {
  eu: 'legal.sourceEu',
  pl: 'legal.sourcePl',
  uk: 'legal.sourceUk',
  de: 'legal.sourceDe',
  ru: 'legal.sourceRu',
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
  const rate = preset ? LEGAL_PRESETS[preset].rate : null;
  // Several presets share one table (France, Spain, Italy, the Netherlands: the ECB rate).
  const table = rate?.kind === 'table' ? rate.table : null;
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
      : k.startsWith('rates.') && !(table && k.startsWith(`rates.${table}`)),
  );

  return (
    <Section id="legal" title={t('section.legal')} intro={t('legal.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <RadioGroup
          name="legal-preset"
          legend={t('legal.preset')}
          value={draft.presetId}
          choices={LEGAL_PRESET_IDS.map((id) => ({
            value: id,
            label: t(PRESET_TEXT[id].label),
            description: t(PRESET_TEXT[id].description),
          }))}
          onValue={(presetId) => form.update({ presetId })}
        />
        {preset && table && (
          <>
            <RateTable
              id={`rates-${table}`}
              caption={t('legal.ratesCaption', { preset: t(PRESET_TEXT[preset].label) })}
              rows={draft.tables[table]}
              marginBp={LEGAL_PRESETS[preset].marginBp}
              onRows={(rows) => form.update({ tables: { ...draft.tables, [table]: rows } })}
              errors={tableErrors(table)}
            />
            <p class="field-hint">
              {t('legal.margin', { points: LEGAL_PRESETS[preset].marginBp / 100 })}{' '}
              {t(SOURCE[table])}
            </p>
          </>
        )}
        {preset && !table && <p class="field-hint">{t('legal.noTable')}</p>}
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
