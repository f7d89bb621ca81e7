/**
 * Add or edit a client: name, addresses, the contact person letters greet, message language,
 * default currency, notes.
 */
import { useState } from 'preact/hooks';
import { ledgerRequests } from '@/utils/protocol/ledger';
import type { ClientRecord } from '@/utils/db/records';
import { MESSAGE_LANGUAGES } from '@/utils/templates/catalog';
import { isKnownCurrency } from '@/utils/popup/currency';
import { issuesByField } from '@/utils/popup/form-issues';
import { SelectField, TextAreaField, TextField } from '@/components/ui';
import { usePopup } from '../context';
import { FormShell } from './FormShell';
import { useFormSubmit } from './useFormSubmit';
import { CurrencyField } from './CurrencyField';
import { normaliseCurrency } from './amount';
import { contactFromForm, type Salutation } from '@/utils/popup/contact';

/** Endonyms: a language is listed in its own name, whatever the UI language. */
export const LANGUAGE_NAMES: Record<(typeof MESSAGE_LANGUAGES)[number], string> = {
  en: 'English',
  pl: 'Polski',
  ru: 'Русский',
  uk: 'Українська',
  he: 'עברית',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
};

interface Props {
  client: ClientRecord | null;
  onDone: (message: string, clientId: string) => void;
  onCancel: () => void;
}

type Field = 'name' | 'emails' | 'defaultCurrency' | 'notes' | 'contact';

const splitEmails = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);

export function ClientForm({ client, onDone, onCancel }: Props) {
  const { send, t } = usePopup();
  const [name, setName] = useState(client?.name ?? '');
  const [emails, setEmails] = useState(client?.emails.join('\n') ?? '');
  const [language, setLanguage] = useState<string>(client?.language ?? '');
  const [currency, setCurrency] = useState(client?.defaultCurrency ?? '');
  const [notes, setNotes] = useState(client?.notes ?? '');
  const [contactName, setContactName] = useState(client?.contact?.name ?? '');
  const [salutation, setSalutation] = useState<Salutation>(
    client?.contact?.gender ?? 'unspecified',
  );
  const { errors, refuse, save, shell } = useFormSubmit<Field>();

  const submit = async () => {
    const list = splitEmails(emails);
    const code = normaliseCurrency(currency);
    const input = {
      name,
      emails: list,
      language: (language || null) as ClientRecord['language'],
      defaultCurrency: code || null,
      notes,
      contact: contactFromForm(contactName, salutation),
    };
    const parsed = ledgerRequests['ui-bg:createClient'].safeParse(input);
    const next: Partial<Record<Field, string>> = {};
    if (!parsed.success) {
      for (const [field, issue] of issuesByField(parsed.error)) {
        if (field === 'name') next.name = t('err.name');
        if (field === 'emails') {
          const bad = typeof issue.rest[0] === 'number' ? list[issue.rest[0]] : undefined;
          next.emails = bad ? t('err.email', { value: bad }) : t('err.tooManyEmails');
        }
        if (field === 'defaultCurrency') next.defaultCurrency = t('err.currency');
        if (field === 'notes') next.notes = t('err.tooLong', { max: 5000 });
        if (field === 'contact') next.contact = t('err.tooLong', { max: 200 });
      }
    }
    if (code && !next.defaultCurrency && !isKnownCurrency(code))
      next.defaultCurrency = t('err.currency');
    if (!parsed.success || Object.keys(next).length > 0) return refuse(next);
    await save(async () => {
      if (client) {
        const saved = await send('ui-bg:updateClient', { clientId: client.id, patch: parsed.data });
        onDone(t('saved.client'), saved.id);
      } else {
        const saved = await send('ui-bg:createClient', parsed.data);
        onDone(t('saved.clientAdded'), saved.id);
      }
    });
  };

  return (
    <FormShell
      id="client-form"
      title={client ? t('form.clientEdit') : t('form.clientAdd')}
      {...shell}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <TextField
        id="client-name"
        label={t('field.name')}
        value={name}
        onValue={setName}
        error={errors.name}
        required
        maxLength={200}
        dir="auto"
      />
      <TextAreaField
        id="client-emails"
        label={t('field.emails')}
        hint={t('field.emailsHint')}
        value={emails}
        onValue={setEmails}
        error={errors.emails}
        rows={2}
        dir="ltr"
      />
      <div class="grid-2">
        <TextField
          id="client-contact"
          label={t('field.contact')}
          hint={t('field.contactHint')}
          value={contactName}
          onValue={setContactName}
          error={errors.contact}
          maxLength={200}
          autoComplete="off"
          dir="auto"
        />
        <SelectField
          id="client-salutation"
          label={t('field.salutation')}
          value={salutation}
          onValue={(v) => setSalutation(v as Salutation)}
          options={[
            { value: 'unspecified', label: t('field.salutationNone') },
            { value: 'female', label: t('field.salutationFemale') },
            { value: 'male', label: t('field.salutationMale') },
          ]}
        />
      </div>
      <SelectField
        id="client-language"
        label={t('field.language')}
        value={language}
        onValue={setLanguage}
        options={[
          { value: '', label: t('field.languageUnset') },
          ...MESSAGE_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
        ]}
      />
      <CurrencyField
        id="client-currency"
        value={currency}
        onValue={setCurrency}
        error={errors.defaultCurrency}
      />
      <TextAreaField
        id="client-notes"
        label={t('field.notes')}
        value={notes}
        onValue={setNotes}
        error={errors.notes}
        rows={2}
        dir="auto"
      />
    </FormShell>
  );
}
