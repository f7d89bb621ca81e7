/** Handlers for the Gmail thread panel. */
import { correctionMemory } from '@/utils/ledger/reply-corrections';
import type { FirmlyDB } from '@/utils/db/database';
import { updateClient } from '@/utils/db/repository';
import { classifyReply, renderRationale, type Suggestion } from '@/utils/advisor';
import type { UiLanguage } from '@/utils/i18n';
import { threadContext, type PanelSuggestion } from '@/utils/ledger/thread-context';
import { uiSettings } from '@/utils/settings/store';
import type { MessageLanguage } from '@/utils/templates/catalog';
import { detectInvoice, detectLanguage, type DetectedInvoice } from '@/utils/detect';
import { threadObservations } from '@/utils/ledger/from-thread';
import { MESSAGE_LANGUAGES } from '@/utils/templates/catalog';
import { pendingReplyObservation } from './pending-reply';
import { suggestForClient } from './suggest';
import type { Handlers } from './router';
import { todayIso } from './ledger-handlers';
import { messageDate } from '@/utils/webmail/date';
import { backgroundUiLanguage } from './ui-language';
import { panelWords } from '@/utils/i18n/panel-strings';
import { loadTrustProfile, makeObserver } from './trust-handlers';
import { noHooks, type LedgerHooks } from './hooks';
import type { AttachmentReader } from '@/utils/pdf/read-attachment';

type Names =
  | 'cs-bg:readThread'
  | 'cs-bg:threadContext'
  | 'cs-bg:classifyReply'
  | 'cs-bg:ignoreClient'
  | 'cs-bg:recordEvent'
  | 'cs-bg:setFollowup';

/**
 * The part of a suggestion the panel shows, its rationale rendered here in the user's UI
 * language (the content script stays small: it carries no rationale phrases).
 */
export function toPanelSuggestion(s: Suggestion, uiLanguage: UiLanguage = 'en'): PanelSuggestion {
  return {
    stage: s.stage,
    templateId: s.templateId,
    channel: s.channel,
    language: s.language,
    subject: s.subject,
    body: s.body,
    rationale: renderRationale(s.rationaleParts, uiLanguage),
    followUpAt: s.followUpAt ?? null,
    nothingDue: Boolean((s as { nothingDue?: boolean }).nothingDue),
    reason: s.reason,
    reasonConfirmed: s.reasonSource !== 'classified',
  };
}

export function panelHandlers(
  db: FirmlyDB,
  shared: Pick<Handlers, 'ui-bg:recordEvent' | 'ui-bg:setFollowup'>,
  hooks: LedgerHooks = noHooks,
  pdfs?: AttachmentReader,
): Pick<Handlers, Names> {
  const observe = makeObserver(db, hooks);
  return {
    'cs-bg:readThread': async ({ thread: shown, ownEmails, pageUrl }) => {
      // Header dates arrive as the page shows them: read here, in the UI's 30 languages.
      const thread = {
        ...shown,
        messages: shown.messages.map((m) => ({ ...m, date: messageDate(m) })),
      };
      // The user's own addresses from Settings win; what the page shows is only the fallback
      // (a window title can name someone else's address: issue 11, finding 8).
      const settingsOwn = (await uiSettings.get()).ownEmails;
      const accountEmails = settingsOwn.length ? [] : ownEmails;
      const profile = await loadTrustProfile(accountEmails);
      // Facts of PDF attachments read before (cs-bg:readAttachment) complete their messages.
      const pdfFacts = new Map<string, DetectedInvoice>();
      if (pdfs)
        for (const m of thread.messages) {
          const facts = m.messageId ? await pdfs.factsOf(m.messageId) : null;
          if (facts) pdfFacts.set(m.messageId, facts);
        }
      const { observations, replies, emails } = threadObservations(
        thread,
        profile.ownEmails,
        detectInvoice,
        pageUrl,
        pdfFacts,
      );
      const results = observations.length
        ? (await observe(observations, accountEmails)).results
        : [];
      // After the invoices are in: the client's latest reply waits, unconfirmed, for the user.
      const pending = await pendingReplyObservation(db, replies, pageUrl);
      if (pending) await observe([pending], accountEmails);
      const latest = replies.at(-1);
      const detected = latest ? detectLanguage(latest.text) : null;
      const language = (MESSAGE_LANGUAGES as readonly string[]).includes(detected ?? '')
        ? (detected as MessageLanguage)
        : null;
      return {
        results,
        emails,
        replies: replies.map(({ messageId, at }) => ({ messageId, at })),
        language,
      };
    },
    'cs-bg:threadContext': async ({ emails, language }) => {
      const uiLanguage = await backgroundUiLanguage();
      const context = await threadContext(db, emails, todayIso(), async (clientId) => {
        const s = await suggestForClient(
          db,
          clientId,
          new Date(),
          language as MessageLanguage | undefined,
        );
        return s ? toPanelSuggestion(s, uiLanguage) : null;
      });
      return context && { ...context, uiLanguage, words: panelWords(uiLanguage) };
    },
    // The user's earlier corrections (any client: same wording counts) steer the reading.
    'cs-bg:classifyReply': async ({ text }) =>
      classifyReply(text, new Date(), await correctionMemory(db, null)),
    'cs-bg:ignoreClient': async ({ clientId, domain }) => {
      await updateClient(db, clientId, { ignored: true });
      if (domain) {
        const current = await uiSettings.get();
        if (!current.ignoredDomains.includes(domain)) {
          await uiSettings.update({ ignoredDomains: [...current.ignoredDomains, domain] });
        }
      }
      return { ignored: true };
    },
    'cs-bg:recordEvent': (input, sender) => shared['ui-bg:recordEvent'](input, sender),
    'cs-bg:setFollowup': (input, sender) => shared['ui-bg:setFollowup'](input, sender),
  };
}
