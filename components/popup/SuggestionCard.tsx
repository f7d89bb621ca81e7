/**
 * The advisor's next step for a client: stage, reason and why, the message in the client's
 * language (switchable; Hebrew shown right-to-left), and what to do with it — copy, open as a
 * Gmail draft, mark as sent, correct the reason, set a follow-up. Subject and body are editable
 * before they are copied or drafted.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MESSAGE_LANGUAGES, RTL_LANGUAGES, type MessageLanguage } from '@/utils/templates/catalog';
import type { PopupKey } from '@/utils/i18n/popup-strings';
import type { PopupSuggestion } from '@/utils/protocol/popup';
import { gmailDraftUrl } from '@/utils/popup/gmail-draft';
import { renderRationale } from '@/utils/advisor/rationale';
import { refusalReason } from '@/utils/db/records';
import { formatDay, formatMoment } from '@/utils/popup/format';
import { Button, Segmented } from '@/components/ui';
import { errorText, usePopup } from './context';
import { FollowupPicker } from './FollowupPicker';
import { ReasonPicker } from './ReasonPicker';

interface Props {
  clientId: string;
  emails: readonly string[];
  /** The client's language, or null (the advisor then writes English). */
  clientLanguage: MessageLanguage | null;
  /** The reason on record (summary), preselected in the picker. */
  lastReason: string | null;
  /** Bumped when the ledger changed, so the suggestion is asked again. */
  version: number;
  /** The most urgent open invoice, for the follow-up. */
  mainInvoiceId: string | null;
  /** The last reminder recorded as sent (not deleted), shown while the next step waits. */
  lastSent?: { at: string; stage: string | null; channel: string } | null;
  onRecorded: () => void;
}

/** Set when the first suggestion of this page is ready (read by the scale benchmark). */
export const SUGGESTION_PAINTED_MARK = 'firmly:suggestion-ready';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; suggestion: PopupSuggestion | null };
type Panel = 'none' | 'reason' | 'followup';

export function SuggestionCard({
  clientId,
  emails,
  clientLanguage,
  lastReason,
  version,
  mainInvoiceId,
  lastSent = null,
  onRecorded,
}: Props) {
  const { send, t, platform, announce, locale } = usePopup();
  // null: the advisor picks (the client's language, else the user's default message language).
  const [lang, setLang] = useState<MessageLanguage | null>(clientLanguage);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [panel, setPanel] = useState<Panel>('none');
  const [reloading, setReloading] = useState(false);
  const [busy, setBusy] = useState(false);
  // While the next step waits, its message stays folded away unless the user asks for it.
  const [early, setEarly] = useState(false);
  const reasonButton = useRef<HTMLButtonElement>(null);
  const followupButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    // Keep showing the last suggestion while the next one loads, so focus and layout stay put.
    setState((prev) => (prev.kind === 'ready' ? prev : { kind: 'loading' }));
    setReloading(true);
    send('ui-bg:suggest', lang ? { clientId, language: lang } : { clientId }).then(
      (suggestion) => {
        if (!current) return;
        if (!performance.getEntriesByName(SUGGESTION_PAINTED_MARK).length)
          performance.mark(SUGGESTION_PAINTED_MARK);
        setReloading(false);
        setState({ kind: 'ready', suggestion });
        setSubject(suggestion?.subject ?? '');
        setBody(suggestion?.body ?? '');
      },
      (e) => {
        if (!current) return;
        setReloading(false);
        setState({ kind: 'error', message: errorText(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [clientId, lang, version]);

  const closePanel = (back: HTMLButtonElement | null) => {
    setPanel('none');
    requestAnimationFrame(() => back?.focus());
  };

  const copy = async () => {
    try {
      await platform.copy(body);
      announce(t('sug.copied'));
    } catch {
      announce(t('sug.copyFailed'));
    }
  };

  const s = state.kind === 'ready' ? state.suggestion : null;
  const rtl = s !== null && (RTL_LANGUAGES as readonly string[]).includes(s.language);
  // Why this step, in the popup's language (the suggestion's `rationale` is English).
  const rationale = useMemo(() => (s ? renderRationale(s.rationaleParts, t.lang) : ''), [s, t]);

  const markSent = async () => {
    if (!s) return;
    setBusy(true);
    try {
      setEarly(false);
      const { event } = await send('ui-bg:recordEvent', {
        clientId,
        invoiceId: null,
        at: platform.now().toISOString(),
        data: {
          type: 'reminder_sent',
          templateId: s.templateId,
          stage: s.stage,
          channel: s.channel,
        },
      });
      announce(t('sug.marked'), { eventId: event.id });
      onRecorded();
    } catch (e) {
      announce(t('form.saveFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const confirmReason = async () => {
    const reply = s?.pendingReply;
    if (!reply) return;
    setBusy(true);
    try {
      const parsed = refusalReason.safeParse(reply.reason);
      await send('ui-bg:recordEvent', {
        clientId,
        invoiceId: null,
        at: platform.now().toISOString(),
        data: {
          type: 'reason_recorded',
          reason: parsed.success ? parsed.data : 'unknown',
          evidence: reply.evidence,
          confirmedByUser: true,
        },
      });
      announce(t('sug.confirmed'));
      onRecorded();
    } catch (e) {
      announce(t('form.saveFailed', { error: errorText(e) }));
    } finally {
      setBusy(false);
    }
  };

  const draft = async () => {
    const to = s?.to.length ? s.to : emails;
    await platform.openTab(gmailDraftUrl({ to, subject, body }));
    announce(t('sug.draftOpened'));
  };

  return (
    <section
      class="card suggestion"
      aria-labelledby="sug-title"
      aria-busy={reloading ? 'true' : undefined}
    >
      <h3 id="sug-title">{t('section.suggestion')}</h3>
      {state.kind === 'loading' && <p class="muted">{t('sug.loading')}</p>}
      {state.kind === 'error' && (
        <p class="muted" role="alert">
          {t('sug.failed', { error: state.message })}
        </p>
      )}
      {state.kind === 'ready' && !s && <p class="muted">{t('sug.none')}</p>}
      {s && (
        <>
          <p class="sug-meta">
            <span class={`chip stage stage-${s.stage}`} title={t('sug.stage')}>
              {t(`stage.${s.stage}` as PopupKey)}
            </span>
            {s.reason && s.reason !== 'unknown' && (
              <span class="chip reason" title={t('sug.reason')}>
                {t(`reason.${s.reason}` as PopupKey)}
                {!s.reasonConfirmed && <span class="chip-note"> · {t('sug.unconfirmed')}</span>}
              </span>
            )}
          </p>
          <p class="rationale" lang={t.lang}>
            {rationale}
          </p>
          {s.action === 'assess' && s.pendingReply && (
            <div class="assess" role="group" aria-label={t('sug.reason')}>
              <p>
                {t('sug.assess', {
                  date: formatDay(s.pendingReply.at.slice(0, 10), locale),
                  reason: t(`reason.${s.pendingReply.reason}` as PopupKey),
                })}
              </p>
              <blockquote class="tl-quote">
                {s.pendingReply.evidence ?? s.pendingReply.excerpt}
              </blockquote>
              <Button small variant="primary" onClick={() => void confirmReason()} busy={busy}>
                {t('sug.confirm')}
              </Button>
            </div>
          )}
          {s.action === 'wait' && lastSent && (
            <p class="sug-sent" data-testid="sug-sent">
              {t('sug.lastSent', {
                date: formatMoment(lastSent.at, locale),
                stage: lastSent.stage
                  ? t(`stage.${lastSent.stage}` as PopupKey)
                  : t('ev.reminder_sent'),
                channel: t(`channel.${lastSent.channel}` as PopupKey),
              })}
            </p>
          )}
          {s.action === 'wait' && s.sendAfter && (
            <p class="field-hint" data-testid="sug-next">
              {lastSent
                ? t('sug.nextFrom', {
                    stage: t(`stage.${s.stage}` as PopupKey),
                    date: formatDay(s.sendAfter.slice(0, 10), locale),
                  })
                : t('sug.wait', { date: formatDay(s.sendAfter.slice(0, 10), locale) })}
            </p>
          )}
          {s.action === 'wait' && (
            <Button
              small
              variant="ghost"
              class="sug-early"
              aria-expanded={early}
              onClick={() => setEarly(!early)}
            >
              {early ? t('sug.hideNext') : t('sug.showNext')}
            </Button>
          )}
          {s.action === 'none' && <p class="field-hint">{t('sug.nothingToSend')}</p>}
          {(s.action === 'send' || s.action === 'assess' || (s.action === 'wait' && early)) && (
            <>
              <Segmented
                name="message-language"
                label={t('sug.language')}
                value={s.language}
                onValue={(v) => setLang(v as MessageLanguage)}
                options={MESSAGE_LANGUAGES.map((l) => ({
                  value: l,
                  label: l.toUpperCase(),
                  lang: l,
                }))}
              />
              <div class="message">
                {s.channel === 'phone' ? (
                  <p class="field-static-label">{t('sug.phone')}</p>
                ) : (
                  <>
                    <label for="sug-subject" class="field-static-label">
                      {t('sug.subject')}
                    </label>
                    <input
                      id="sug-subject"
                      class="msg-subject"
                      value={subject}
                      lang={s.language}
                      dir={rtl ? 'rtl' : 'ltr'}
                      onInput={(e) => setSubject(e.currentTarget.value)}
                    />
                  </>
                )}
                <label
                  for="sug-body"
                  class={s.channel === 'phone' ? 'sr-only' : 'field-static-label'}
                >
                  {t('sug.body')}
                </label>
                <textarea
                  id="sug-body"
                  class="msg-body"
                  rows={9}
                  value={body}
                  lang={s.language}
                  dir={rtl ? 'rtl' : 'ltr'}
                  onInput={(e) => setBody(e.currentTarget.value)}
                />
              </div>
            </>
          )}
          <div class="sug-actions">
            {(s.action === 'send' || s.action === 'assess' || (s.action === 'wait' && early)) && (
              <>
                <Button variant="primary" small onClick={() => void copy()}>
                  {t('sug.copy')}
                </Button>
                {s.channel === 'email' && (
                  <Button
                    small
                    onClick={() => void draft()}
                    disabled={s.to.length === 0 && emails.length === 0}
                    title={emails.length === 0 ? t('sug.noEmail') : undefined}
                  >
                    {t('sug.draft')}
                  </Button>
                )}
                <Button small onClick={() => void markSent()} busy={busy}>
                  {t('sug.markSent')}
                </Button>
              </>
            )}
            <Button
              small
              variant="ghost"
              buttonRef={reasonButton}
              aria-expanded={panel === 'reason'}
              onClick={() => setPanel(panel === 'reason' ? 'none' : 'reason')}
            >
              {t('sug.changeReason')}
            </Button>
            <Button
              small
              variant="ghost"
              buttonRef={followupButton}
              aria-expanded={panel === 'followup'}
              onClick={() => setPanel(panel === 'followup' ? 'none' : 'followup')}
            >
              {t('sug.setFollowup')}
            </Button>
          </div>
          {s.channel === 'email' && emails.length === 0 && s.to.length === 0 && (
            <p class="field-hint">{t('sug.noEmail')}</p>
          )}
          {s.followUpAt && (
            <p class="field-hint">
              {t('sug.followUpAt', { date: formatMoment(s.followUpAt, locale) })}
            </p>
          )}
        </>
      )}
      {panel === 'reason' && (
        <ReasonPicker
          clientId={clientId}
          current={s?.pendingReply?.reason ?? lastReason}
          onSaved={() => {
            closePanel(reasonButton.current);
            onRecorded();
          }}
          onClose={() => closePanel(reasonButton.current)}
        />
      )}
      {panel === 'followup' && (
        <FollowupPicker
          clientId={clientId}
          invoiceId={mainInvoiceId}
          suggestedAt={s?.followUpAt ?? null}
          onSaved={() => {
            closePanel(followupButton.current);
            onRecorded();
          }}
          onClose={() => closePanel(followupButton.current)}
        />
      )}
    </section>
  );
}
