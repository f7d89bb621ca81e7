/**
 * How Firmly writes by default: message language, tone, the reminder cadence and the
 * cash-flow offers (instalments, early-payment discount). Numbers are checked against the
 * advisor's own schema, so the limits shown are the ones the advisor enforces.
 */
import { useMemo } from 'preact/hooks';
import { z } from 'zod';
import { advisorSettingsSchema, type AdvisorSettings } from '@/utils/advisor/settings';
import { languageCode } from '@/utils/db/records';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { fieldErrors, type FieldErrors } from '../form/issues';
import { useSettingsForm } from '../form/useSettingsForm';
import { useLocale, type OptionsT } from '../i18n';
import { RadioGroup, SelectField, TextField } from '../ui/Field';
import { SaveBar } from '../ui/SaveBar';
import { Section } from '../ui/Section';

type Messages = Pick<AdvisorSettings, 'defaultLanguage' | 'tone' | 'cadence' | 'cashFlow'>;
type Cadence = AdvisorSettings['cadence'];
type CashFlow = AdvisorSettings['cashFlow'];

interface Props {
  value: Messages;
  onSave: (next: Messages) => Promise<void>;
}

/** Draft: numbers as typed. */
interface Draft {
  defaultLanguage: Messages['defaultLanguage'];
  tone: Messages['tone'];
  cadence: Record<keyof Cadence, string>;
  cashFlow: Record<keyof CashFlow, string>;
}

const CADENCE_FIELDS: readonly [keyof Cadence, OptionsKey][] = [
  ['courtesyDaysBeforeDue', 'messages.courtesyDays'],
  ['graceDaysAfterDue', 'messages.graceDays'],
  ['reminderIntervalDays', 'messages.reminderGap'],
  ['finalDemandDeadlineDays', 'messages.demandDays'],
  ['handoverNoticeDays', 'messages.handoverDays'],
  ['defaultPaymentTermDays', 'messages.paymentTermDays'],
];
const CASH_FLOW_FIELDS: readonly [keyof CashFlow, OptionsKey][] = [
  ['instalmentCount', 'cashFlow.instalmentCount'],
  ['firstInstalmentDays', 'cashFlow.firstInstalmentDays'],
  ['instalmentIntervalDays', 'cashFlow.instalmentIntervalDays'],
  ['earlyPaymentDiscountPercent', 'cashFlow.discountPercent'],
  ['earlyPaymentDiscountDays', 'cashFlow.discountDays'],
];

const strings = <T extends Record<string, number>>(o: T): Record<keyof T, string> =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)])) as Record<keyof T, string>;

const wholeNumber = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, 'err.wholeNumber')
  .transform(Number);
// The advisor's own bounds for each number, with its defaults stripped so nothing is filled in.
const cadenceSchema = advisorSettingsSchema.shape.cadence.unwrap();
const cashFlowSchema = advisorSettingsSchema.shape.cashFlow.unwrap();

function numbers<S extends z.ZodObject>(
  draft: Record<string, string>,
  schema: S,
  prefix: string,
  errors: FieldErrors,
  t: OptionsT,
) {
  const out: Record<string, number> = {};
  for (const [key, raw] of Object.entries(draft)) {
    const parsed = wholeNumber.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else errors[`${prefix}.${key}`] = t('err.wholeNumber');
  }
  const checked = schema.safeParse(out);
  if (!checked.success) {
    for (const [path, message] of Object.entries(fieldErrors(checked.error, t)))
      errors[`${prefix}.${path}`] ??= message;
  }
  return checked.success ? (checked.data as z.output<S>) : null;
}

function toSettings(draft: Draft, t: OptionsT): { value: Messages | null; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const cadence = numbers(draft.cadence, cadenceSchema, 'cadence', errors, t);
  const cashFlow = numbers(draft.cashFlow, cashFlowSchema, 'cashFlow', errors, t);
  if (!cadence || !cashFlow || Object.keys(errors).length) return { value: null, errors };
  return {
    value: { defaultLanguage: draft.defaultLanguage, tone: draft.tone, cadence, cashFlow },
    errors,
  };
}

export function MessagesSection({ value, onSave }: Props) {
  const { t, lang } = useLocale();
  const names = useMemo(() => new Intl.DisplayNames([lang], { type: 'language' }), [lang]);
  const form = useSettingsForm<Draft>(
    {
      defaultLanguage: value.defaultLanguage,
      tone: value.tone,
      cadence: strings(value.cadence),
      cashFlow: strings(value.cashFlow),
    },
    (draft) => {
      const { value: next, errors } = toSettings(draft, t);
      return next ? null : errors;
    },
    async (draft) => {
      const { value: next } = toSettings(draft, t);
      if (next) await onSave(next);
    },
  );
  const { draft, errors } = form;

  const numberField = <G extends 'cadence' | 'cashFlow'>(
    group: G,
    key: string,
    label: OptionsKey,
    hint: OptionsKey,
  ) => (
    <TextField
      key={key}
      id={`${group}-${key}`}
      label={t(label)}
      hint={t(hint)}
      value={(draft[group] as Record<string, string>)[key] ?? ''}
      inputMode="numeric"
      dir="ltr"
      onValue={(v) => form.update({ [group]: { ...draft[group], [key]: v } } as Partial<Draft>)}
      error={errors[`${group}.${key}`]}
    />
  );

  return (
    <Section id="messages" title={t('section.messages')} intro={t('messages.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <SelectField
          id="default-language"
          label={t('messages.language')}
          hint={t('messages.languageHint')}
          value={draft.defaultLanguage}
          choices={languageCode.options.map((code) => ({
            value: code,
            label: names.of(code) ?? code,
          }))}
          onValue={(defaultLanguage) => form.update({ defaultLanguage })}
        />
        <RadioGroup
          name="tone"
          legend={t('messages.tone')}
          value={draft.tone}
          choices={(['warm', 'neutral', 'formal'] as const).map((tone) => ({
            value: tone,
            label: t(`tone.${tone}`),
            description: t(`tone.${tone}Desc`),
          }))}
          onValue={(tone) => form.update({ tone })}
        />
        <fieldset>
          <legend>{t('messages.timing')}</legend>
          <div class="grid-3">
            {CADENCE_FIELDS.map(([key, label]) =>
              numberField('cadence', String(key), label, 'messages.daysHint'),
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('cashFlow.title')}</legend>
          <p class="field-hint">{t('cashFlow.intro')}</p>
          <div class="grid-3">
            {CASH_FLOW_FIELDS.map(([key, label]) =>
              numberField(
                'cashFlow',
                String(key),
                label,
                key === 'instalmentCount'
                  ? 'cashFlow.countHint'
                  : key === 'earlyPaymentDiscountPercent'
                    ? 'cashFlow.percentHint'
                    : 'messages.daysHint',
              ),
            )}
          </div>
        </fieldset>
        <SaveBar state={form.state} dirty={form.dirty} />
      </form>
    </Section>
  );
}
