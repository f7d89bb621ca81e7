/**
 * The user's own wording of any message, in any language: pick language and template, edit
 * subject and body, and watch the live preview of the sample case. Save stores an override;
 * "Reset to default" (clicked twice) brings back the built-in text.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  MESSAGE_LANGUAGES,
  PLACEHOLDERS,
  RTL_LANGUAGES,
  TEMPLATE_IDS,
  type MessageLanguage,
  type MessageTemplate,
  type TemplateId,
} from '@/utils/templates/catalog';
import {
  buildPlaceholderValues,
  getTemplate,
  renderTemplate,
  type TemplateOverrides,
} from '@/utils/templates';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { useLocale } from '../i18n';
import { SelectField, TextAreaField, TextField } from '../ui/Field';
import { SaveBar, type SaveState } from '../ui/SaveBar';
import { Section } from '../ui/Section';
import { BODY_MAX, SUBJECT_MAX, isOverridden, textError, withOverride } from './overrides';
import { sampleFacts, type PreviewProfile } from './sample-facts';

interface Props {
  overrides: TemplateOverrides;
  profile: PreviewProfile;
  onSave: (next: TemplateOverrides) => Promise<void>;
  /** The message language to start with (the default one). */
  initialLanguage: MessageLanguage;
  now?: Date;
}

const TEMPLATE_ORDER = Object.keys(TEMPLATE_IDS) as TemplateId[];
const tplKey = (id: TemplateId): OptionsKey => `tpl.${id}`;

export function TemplatesSection({ overrides, profile, onSave, initialLanguage, now }: Props) {
  const { t, lang: uiLang } = useLocale();
  const [lang, setLang] = useState<MessageLanguage>(initialLanguage);
  const [id, setId] = useState<TemplateId>('reminder_gentle');
  const current = getTemplate(lang, id, overrides);
  // Unsaved edits per language and template: switching away and back keeps them, and the editor
  // never shows one template's draft under another's name.
  const [drafts, setDrafts] = useState<Record<string, MessageTemplate>>({});
  const key = `${lang}:${id}`;
  const draft = drafts[key] ?? current;
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [confirmReset, setConfirmReset] = useState(false);
  const caret = useRef({ start: 0, end: 0 });
  const formRef = useRef<HTMLFormElement>(null);

  const select = (nextLang: MessageLanguage, nextId: TemplateId) => {
    setLang(nextLang);
    setId(nextId);
    setErrors({});
    setState({ kind: 'idle' });
    setConfirmReset(false);
  };
  const forget = (k: string) =>
    setDrafts((all) => {
      const rest = { ...all };
      delete rest[k];
      return rest;
    });

  const dirty = draft.subject !== current.subject || draft.body !== current.body;
  const custom = isOverridden(overrides, lang, id);
  const dir = RTL_LANGUAGES.includes(lang) ? 'rtl' : 'ltr';
  const names = useMemo(() => new Intl.DisplayNames([uiLang], { type: 'language' }), [uiLang]);
  const clock = useMemo(() => now ?? new Date(), [now]);
  const preview = useMemo(() => {
    const values = buildPlaceholderValues(sampleFacts(lang, profile, clock), lang);
    return renderTemplate(draft, values);
  }, [draft, lang, profile, clock]);

  const edit = (patch: Partial<MessageTemplate>) => {
    setDrafts((all) => ({ ...all, [key]: { ...(all[key] ?? current), ...patch } }));
    setState({ kind: 'idle' });
  };

  const store = async (next: TemplateOverrides) => {
    setState({ kind: 'saving' });
    try {
      await onSave(next);
      forget(key);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = {
      subject: textError(draft.subject, SUBJECT_MAX, t) ?? undefined,
      body: textError(draft.body, BODY_MAX, t) ?? undefined,
    };
    setErrors(found);
    if (found.subject || found.body) {
      setState({ kind: 'invalid' });
      queueMicrotask(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    await store(withOverride(overrides, lang, id, draft));
  };

  const reset = async () => {
    if (!confirmReset) return setConfirmReset(true);
    setConfirmReset(false);
    await store(withOverride(overrides, lang, id, null));
  };

  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const { start, end } = caret.current;
    const body = draft.body.slice(0, start) + token + draft.body.slice(end);
    edit({ body });
    caret.current = { start: start + token.length, end: start + token.length };
    const area = formRef.current?.querySelector<HTMLTextAreaElement>('#template-body');
    queueMicrotask(() => {
      area?.focus();
      area?.setSelectionRange(caret.current.start, caret.current.end);
    });
  };

  const customised = TEMPLATE_ORDER.filter((tid) => isOverridden(overrides, lang, tid));
  return (
    <Section id="templates" title={t('section.templates')} intro={t('templates.intro')}>
      <div class="grid-2">
        <SelectField
          id="template-language"
          label={t('templates.language')}
          value={lang}
          choices={MESSAGE_LANGUAGES.map((l) => ({ value: l, label: names.of(l) ?? l }))}
          onValue={(l) => select(l, id)}
        />
        <SelectField
          id="template-id"
          label={t('templates.template')}
          value={id}
          choices={TEMPLATE_ORDER.map((tid) => ({
            value: tid,
            label: isOverridden(overrides, lang, tid)
              ? `${t(tplKey(tid))} ${t('templates.customMark')}`
              : t(tplKey(tid)),
          }))}
          onValue={(i) => select(lang, i)}
        />
      </div>
      <p class="field-hint">
        {customised.length === 0
          ? t('templates.noneCustom', { language: names.of(lang) ?? lang })
          : t('templates.someCustom', { language: names.of(lang) ?? lang, n: customised.length })}
      </p>
      <div class="template-workspace">
        <form ref={formRef} class="template-editor" onSubmit={submit} noValidate>
          <p class="badge" data-custom={custom ? 'yes' : 'no'}>
            {custom ? t('templates.custom') : t('templates.builtin')}
          </p>
          <TextField
            id="template-subject"
            label={t('templates.subject')}
            value={draft.subject}
            dir={dir}
            onValue={(subject) => edit({ subject })}
            error={errors.subject}
          />
          <TextAreaField
            id="template-body"
            label={t('templates.body')}
            value={draft.body}
            dir={dir}
            rows={16}
            onValue={(body) => edit({ body })}
            onSelect={(start, end) => (caret.current = { start, end })}
            error={errors.body}
          />
          <details class="placeholders">
            <summary>{t('templates.placeholders')}</summary>
            <p class="field-hint">{t('templates.placeholdersHint')}</p>
            <ul>
              {Object.keys(PLACEHOLDERS).map((name) => (
                <li key={name}>
                  <button
                    type="button"
                    class="token"
                    dir="ltr"
                    aria-label={t('templates.insert', { name })}
                    onClick={() => insert(name)}
                  >
                    {`{{${name}}}`}
                  </button>
                </li>
              ))}
            </ul>
          </details>
          <SaveBar
            state={state}
            dirty={dirty}
            extra={
              <>
                {dirty && (
                  <button type="button" onClick={() => forget(key)}>
                    {t('templates.discard')}
                  </button>
                )}
                {custom && (
                  <button
                    type="button"
                    class={confirmReset ? 'danger' : ''}
                    onClick={() => void reset()}
                  >
                    {confirmReset ? t('templates.resetConfirm') : t('templates.reset')}
                  </button>
                )}
              </>
            }
          />
        </form>
        <section class="template-preview" aria-labelledby="template-preview-title">
          <h3 id="template-preview-title">{t('templates.preview')}</h3>
          <p class="field-hint">{t('templates.previewHint')}</p>
          <div class="preview-mail" lang={lang} dir={dir} data-testid="template-preview">
            <p class="preview-subject">{preview.subject}</p>
            <div class="preview-body">{preview.body}</div>
          </div>
        </section>
      </div>
    </Section>
  );
}
