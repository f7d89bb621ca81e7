/** The user's own addresses and the domains that are never clients (`uiSettings`). */
import { uiSettingsSchema, type UiSettings } from '@/utils/settings/schema';
import { fieldErrors } from '../form/issues';
import { normaliseDomain, normaliseEmail } from '../form/parsers';
import { useSettingsForm } from '../form/useSettingsForm';
import { useLocale } from '../i18n';
import { ListEditor } from '../ui/ListEditor';
import { SaveBar } from '../ui/SaveBar';
import { Section } from '../ui/Section';

interface Props {
  value: UiSettings;
  onSave: (next: UiSettings) => Promise<void>;
}

type Draft = Pick<UiSettings, 'ownEmails' | 'ignoredDomains'>;
const draftSchema = uiSettingsSchema.pick({ ownEmails: true, ignoredDomains: true });

export function AddressesSection({ value, onSave }: Props) {
  const { t } = useLocale();
  const form = useSettingsForm<Draft>(
    { ownEmails: value.ownEmails, ignoredDomains: value.ignoredDomains },
    (draft) => {
      const parsed = draftSchema.safeParse(draft);
      return parsed.success ? null : fieldErrors(parsed.error, t);
    },
    (draft) => onSave({ ...value, ...draft }),
  );
  const { draft, errors } = form;
  return (
    <Section id="addresses" title={t('section.addresses')} intro={t('addresses.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <ListEditor
          id="own-emails"
          label={t('addresses.own')}
          hint={t('addresses.ownHint')}
          items={draft.ownEmails}
          onItems={(ownEmails) => form.update({ ownEmails })}
          parse={(raw) => {
            const email = normaliseEmail(raw);
            return email ? { ok: true, value: email } : { ok: false, error: t('err.email') };
          }}
          placeholder="you@example.com"
          emptyText={t('addresses.ownEmpty')}
          max={20}
          error={
            errors.ownEmails ??
            Object.entries(errors).find(([k]) => k.startsWith('ownEmails.'))?.[1]
          }
        />
        <ListEditor
          id="ignored-domains"
          label={t('addresses.ignored')}
          hint={t('addresses.ignoredHint')}
          items={draft.ignoredDomains}
          onItems={(ignoredDomains) => form.update({ ignoredDomains })}
          parse={(raw) => {
            const domain = normaliseDomain(raw);
            return domain ? { ok: true, value: domain } : { ok: false, error: t('err.domain') };
          }}
          placeholder="newsletter.example.com"
          emptyText={t('addresses.ignoredEmpty')}
          max={500}
          error={errors.ignoredDomains}
        />
        <SaveBar state={form.state} dirty={form.dirty} />
      </form>
    </Section>
  );
}
