/** Name, business name and signature: how the user appears in every message. */
import { z } from 'zod';
import type { AdvisorSettings } from '@/utils/advisor';
import { fieldErrors } from '../form/issues';
import { useSettingsForm } from '../form/useSettingsForm';
import { useLocale } from '../i18n';
import { TextAreaField, TextField } from '../ui/Field';
import { SaveBar } from '../ui/SaveBar';
import { Section } from '../ui/Section';

type Profile = Pick<AdvisorSettings, 'senderName' | 'businessName' | 'signature'>;

interface Props {
  value: Profile;
  onSave: (next: Profile) => Promise<void>;
}

/** Stricter than storage: a message must be signed by someone. */
export const profileSchema = z.object({
  senderName: z.string().trim().min(1).max(200),
  businessName: z.string().trim().max(200),
  signature: z.string().trim().max(2000),
});

export function ProfileSection({ value, onSave }: Props) {
  const { t } = useLocale();
  const form = useSettingsForm<Profile>(
    { senderName: value.senderName, businessName: value.businessName, signature: value.signature },
    (draft) => {
      const parsed = profileSchema.safeParse(draft);
      return parsed.success ? null : fieldErrors(parsed.error, t);
    },
    (draft) => onSave(profileSchema.parse(draft)),
  );
  const { draft, errors } = form;
  return (
    <Section id="profile" title={t('section.profile')} intro={t('profile.intro')}>
      <form ref={form.formRef} onSubmit={form.submit} noValidate>
        <div class="grid-2">
          <TextField
            id="sender-name"
            dir="auto"
            label={t('profile.senderName')}
            hint={t('profile.senderNameHint')}
            value={draft.senderName}
            autoComplete="name"
            required
            onValue={(senderName) => form.update({ senderName })}
            error={errors.senderName}
          />
          <TextField
            id="business-name"
            dir="auto"
            label={t('profile.businessName')}
            hint={t('profile.businessNameHint')}
            value={draft.businessName}
            autoComplete="organization"
            onValue={(businessName) => form.update({ businessName })}
            error={errors.businessName}
          />
        </div>
        <TextAreaField
          id="signature"
          dir="auto"
          label={t('profile.signature')}
          hint={t('profile.signatureHint')}
          value={draft.signature}
          rows={4}
          onValue={(signature) => form.update({ signature })}
          error={errors.signature}
        />
        <SaveBar state={form.state} dirty={form.dirty} />
      </form>
    </Section>
  );
}
