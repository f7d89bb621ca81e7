/**
 * Payment details printed in reminders: IBAN (checksum-verified), account holder and bank, a
 * card-payment link, other instructions, and the resulting text as the client will read it.
 */
import { z } from 'zod';
import { fieldErrors } from '../form/issues';
import { isValidIban } from '../form/parsers';
import {
  isValidRouting,
  isValidSortCode,
  isValidUkAccount,
  isValidUsAccount,
} from '../form/bank-codes';
import { useSettingsForm } from '../form/useSettingsForm';
import { useLocale } from '../i18n';
import { TextAreaField, TextField } from '../ui/Field';
import { SaveBar } from '../ui/SaveBar';
import { Section } from '../ui/Section';
import { composePaymentDetails, parsePaymentDetails, type PaymentFields } from './payment-details';

interface Props {
  /** The stored text (AdvisorSettings.paymentDetails). */
  value: string;
  onSave: (paymentDetails: string) => Promise<void>;
}

const httpsUrl = z.string().refine((s) => {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}, 'err.url');

/** Messages are string-table keys (see form/issues.ts). */
export const paymentSchema = z
  .object({
    holder: z
      .string()
      .trim()
      .max(200)
      .refine((s) => !s.includes('\n')),
    iban: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidIban(s), 'err.iban'),
    routing: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidRouting(s), 'err.routing'),
    usAccount: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidUsAccount(s), 'err.usAccount'),
    sortCode: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidSortCode(s), 'err.sortCode'),
    ukAccount: z
      .string()
      .trim()
      .refine((s) => s === '' || isValidUkAccount(s), 'err.ukAccount'),
    link: z
      .string()
      .trim()
      .max(500)
      .pipe(z.union([z.literal(''), httpsUrl])),
    notes: z.string().trim().max(1000),
  })
  .refine((f) => !f.holder || f.iban || f.routing || f.sortCode, {
    path: ['holder'],
    message: 'err.holderNeedsIban',
  })
  .refine((f) => !f.routing === !f.usAccount, {
    path: ['usAccount'],
    message: 'err.achPair',
  })
  .refine((f) => !f.sortCode === !f.ukAccount, { path: ['ukAccount'], message: 'err.ukPair' })
  .refine((f) => composePaymentDetails(f).length <= 2000, {
    path: ['notes'],
    message: 'err.tooLongTotal',
  });

export function PaymentSection({ value, onSave }: Props) {
  const { t } = useLocale();
  const form = useSettingsForm<PaymentFields>(
    parsePaymentDetails(value),
    (draft) => {
      const parsed = paymentSchema.safeParse(draft);
      return parsed.success ? null : fieldErrors(parsed.error, t);
    },
    (draft) => onSave(composePaymentDetails(paymentSchema.parse(draft))),
  );
  const { draft, errors } = form;
  const printed = composePaymentDetails(draft);
  return (
    <Section id="payment" title={t('section.payment')} intro={t('payment.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <div class="grid-2">
          <TextField
            id="iban"
            label={t('payment.iban')}
            hint={t('payment.ibanHint')}
            value={draft.iban}
            dir="ltr"
            placeholder="PL61 1090 1014 0000 0712 1981 2874"
            onValue={(iban) => form.update({ iban })}
            error={errors.iban}
          />
          <TextField
            id="account-holder"
            dir="auto"
            label={t('payment.holder')}
            hint={t('payment.holderHint')}
            value={draft.holder}
            onValue={(holder) => form.update({ holder })}
            error={errors.holder}
          />
        </div>
        <fieldset class="bank-group">
          <legend>{t('payment.usTitle')}</legend>
          <div class="grid-2">
            <TextField
              id="ach-routing"
              label={t('payment.routing')}
              hint={t('payment.routingHint')}
              value={draft.routing}
              dir="ltr"
              inputMode="numeric"
              placeholder="011000015"
              onValue={(routing) => form.update({ routing })}
              error={errors.routing}
            />
            <TextField
              id="ach-account"
              label={t('payment.usAccount')}
              value={draft.usAccount}
              dir="ltr"
              inputMode="numeric"
              onValue={(usAccount) => form.update({ usAccount })}
              error={errors.usAccount}
            />
          </div>
        </fieldset>
        <fieldset class="bank-group">
          <legend>{t('payment.ukTitle')}</legend>
          <div class="grid-2">
            <TextField
              id="uk-sort-code"
              label={t('payment.sortCode')}
              value={draft.sortCode}
              dir="ltr"
              inputMode="numeric"
              placeholder="12-34-56"
              onValue={(sortCode) => form.update({ sortCode })}
              error={errors.sortCode}
            />
            <TextField
              id="uk-account"
              label={t('payment.ukAccount')}
              value={draft.ukAccount}
              dir="ltr"
              inputMode="numeric"
              placeholder="12345678"
              onValue={(ukAccount) => form.update({ ukAccount })}
              error={errors.ukAccount}
            />
          </div>
        </fieldset>
        <TextField
          id="payment-link"
          label={t('payment.link')}
          hint={t('payment.linkHint')}
          type="url"
          dir="ltr"
          value={draft.link}
          placeholder="https://"
          onValue={(link) => form.update({ link })}
          error={errors.link}
        />
        <TextAreaField
          id="payment-notes"
          dir="auto"
          label={t('payment.notes')}
          hint={t('payment.notesHint')}
          value={draft.notes}
          rows={3}
          onValue={(notes) => form.update({ notes })}
          error={errors.notes}
        />
        <div class="printed" aria-labelledby="payment-printed-title">
          <h3 id="payment-printed-title">{t('payment.preview')}</h3>
          {printed ? (
            <pre dir="auto">{printed}</pre>
          ) : (
            <p class="list-empty">{t('payment.previewEmpty')}</p>
          )}
        </div>
        <SaveBar state={form.state} dirty={form.dirty} />
      </form>
    </Section>
  );
}
