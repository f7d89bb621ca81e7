/**
 * One open conversation in any webmail: report what it shows, ask the background where the
 * client stands, and keep the panel in step. The content script holds no database; everything
 * goes through messages. What differs between webmails comes from the adapter.
 */
import type { WebmailAdapter, WebmailThread } from './adapter';
import { insertDraft } from './draft';
import type { ThreadContext } from '@/utils/ledger/thread-context';
import type { UiLanguage } from '@/utils/i18n';
import type { PanelWords } from '@/utils/i18n/panel-strings';

/** What the background answers about the thread's client. */
type PanelContext = ThreadContext & { uiLanguage: UiLanguage; words: PanelWords };
import { sendMessage } from '@/utils/messaging';
import type { ThreadReading } from '@/utils/protocol/panel';
import { mountPanel, PANEL_ATTR, type PanelHandle, type PendingReply, type PdfNote } from './panel';
import { fetchAttachment, isPdfAttachment } from './attachments';
import { bytesToBase64 } from '@/utils/pdf/base64';

/** Longest body text sent for reading: a reminder or invoice states its facts well before. */
const MAX_TEXT = 100_000;

export interface SessionEnv {
  ownEmails: string[];
  pageUrl: string;
  adapter: WebmailAdapter;
}

export class ThreadSession {
  private panel: PanelHandle | null = null;
  private context: PanelContext | null = null;
  private reply: PendingReply | null = null;
  private assessed = new Set<string>();
  private emails: string[] = [];
  private signature = '';
  private reading: ThreadReading | null = null;
  /** PDF attachments already sent for reading (message id + URL): each is fetched once. */
  private pdfsRead = new Set<string>();
  /** What the PDFs read in this thread said, for the panel. */
  private pdfNotes: PdfNote[] = [];
  /** Cancels compose watchers when the thread closes. */
  private abort = new AbortController();

  constructor(private env: SessionEnv) {}

  /** Called (debounced) whenever the thread's DOM changed. */
  async refresh(thread: WebmailThread): Promise<void> {
    // The background reads the thread (detector and all); send it again only when it changed.
    const signature = thread.messages
      .map((m) => `${m.messageId}:${m.text.length}:${m.attachments.length}`)
      .join('|');
    if (signature !== this.signature || !this.reading) {
      // The PDFs first: their facts complete their messages when the thread is read.
      await this.readPdfs(thread);
      this.reading = await sendMessage('cs-bg:readThread', {
        thread: {
          threadId: thread.threadId,
          subject: thread.subject,
          messages: thread.messages.map(({ messageId, from, to, cc, date, dateText, text }) => ({
            messageId,
            from,
            to,
            cc,
            date,
            dateText,
            text: text.slice(0, MAX_TEXT),
          })),
        },
        ownEmails: this.env.ownEmails,
        pageUrl: this.env.pageUrl,
      });
      this.signature = signature;
    }
    const { emails, replies, language } = this.reading;
    if (emails.length === 0) return this.close();
    this.emails = emails;
    const ctx = await sendMessage('cs-bg:threadContext', {
      emails,
      language: language ?? undefined,
    });
    if (!ctx) return this.close();
    this.context = ctx;
    const texts = new Map(thread.messages.map((m) => [m.messageId, m.text]));
    await this.assessLatestReply(
      ctx,
      replies.map((r) => ({ ...r, text: texts.get(r.messageId) ?? '' })),
    );
    this.render();
  }

  /**
   * Sends each PDF attachment of the open thread to the background once, its bytes fetched from
   * the webmail's own origin (fetchAttachment refuses any other). A failure leaves the body.
   */
  private async readPdfs(thread: WebmailThread) {
    for (const m of thread.messages)
      for (const a of m.attachments) {
        const key = `${m.messageId}\n${a.url}`;
        if (!m.messageId || !a.url || !isPdfAttachment(a.name, a.mime) || this.pdfsRead.has(key))
          continue;
        this.pdfsRead.add(key);
        try {
          const got = await fetchAttachment(a.url, this.env.pageUrl);
          if (!got.ok) throw new Error(got.reason);
          const r = await sendMessage('cs-bg:readAttachment', {
            messageId: m.messageId,
            attachmentId: a.url.slice(0, 400),
            name: a.name,
            mime: a.mime,
            subject: thread.subject,
            bodyText: m.text.slice(0, MAX_TEXT),
            bytesBase64: bytesToBase64(got.bytes),
          });
          if (r.status !== 'read') throw new Error(r.message);
          if (r.note) this.pdfNotes.push(r.note);
        } catch (e) {
          console.warn('[Firmly] PDF attachment not read', a.name, e);
        }
      }
  }

  private async assessLatestReply(
    ctx: ThreadContext,
    replies: { messageId: string; at: string; text: string }[],
  ) {
    const latest = replies.at(-1);
    if (
      !latest ||
      ctx.recordedMessageIds.includes(latest.messageId) ||
      this.assessed.has(latest.messageId)
    ) {
      if (latest && ctx.recordedMessageIds.includes(latest.messageId)) this.reply = null;
      return;
    }
    if (this.reply?.messageId === latest.messageId) return;
    const c = await sendMessage('cs-bg:classifyReply', { text: latest.text.slice(0, 20_000) });
    // A reply that is not about paying (a meeting, a thank-you) needs no assessment.
    if (c.reason === 'unknown') {
      this.assessed.add(latest.messageId);
      return;
    }
    this.reply = {
      messageId: latest.messageId,
      at: latest.at,
      excerpt: latest.text.slice(0, 2000),
      reason: c.reason,
      evidence: c.evidence,
    };
  }

  private render() {
    const ctx = this.context;
    if (!ctx) return;
    if (!this.panel || !this.panel.host.isConnected) {
      this.panel?.destroy();
      const place = (host: HTMLElement) => {
        // One panel per page: a panel left behind by an earlier conversation goes.
        document.querySelectorAll(`[${PANEL_ATTR}]`).forEach((old) => old !== host && old.remove());
        this.env.adapter.placePanel(document, host);
      };
      this.panel = mountPanel(place, this.actions(), ctx.uiLanguage, ctx.words);
    }
    this.panel.update(ctx, this.reply, this.pdfNotes);
  }

  private actions() {
    const client = () => this.context!.client;
    const suggestion = () => this.context?.suggestion ?? null;
    const record = (
      data: Parameters<typeof sendMessage<'cs-bg:recordEvent'>>[1]['data'],
      invoiceId: string | null = null,
      at = new Date().toISOString(),
    ) =>
      sendMessage('cs-bg:recordEvent', {
        clientId: client().id,
        invoiceId,
        at,
        data,
      });
    const refreshContext = async () => {
      const ctx = await sendMessage('cs-bg:threadContext', { emails: this.emails });
      if (ctx) this.context = ctx;
      this.render();
    };
    const markSent = async () => {
      const s = suggestion();
      await record({
        type: 'reminder_sent',
        templateId: s?.templateId ?? null,
        stage: s?.stage ?? null,
        channel: 'email',
      });
      await refreshContext();
    };
    return {
      insert: async () => {
        const s = suggestion();
        const compose = this.env.adapter.findEditor(document);
        if (!s || !compose) return 'noCompose' as const;
        insertDraft(compose, { subject: s.subject, body: s.body });
        // The reminder counts as sent when the user sends this compose, not when it is drafted.
        void this.env.adapter
          .watchSent(compose, this.abort.signal)
          .then((sent) => (sent ? markSent() : undefined));
        return 'inserted' as const;
      },
      openDraft: () => {
        const s = suggestion();
        if (!s) return;
        const url = this.env.adapter.composeUrl(
          { to: client().emails[0] ?? '', subject: s.subject, body: s.body },
          location,
        );
        window.open(url, '_blank', 'noopener');
      },
      markSent,
      recordPayment: async (p: {
        amountMinor: number;
        currency: string;
        invoiceId: string | null;
        at?: string;
      }) => {
        await record(
          {
            type: 'payment_received',
            invoiceId: p.invoiceId,
            amountMinor: p.amountMinor,
            currency: p.currency,
            reference: null,
          },
          p.invoiceId,
          p.at,
        );
        await refreshContext();
      },
      setFollowup: async (at: Date) => {
        await sendMessage('cs-bg:setFollowup', {
          clientId: client().id,
          invoiceId: null,
          dueAt: at.toISOString(),
          note: '',
        });
      },
      notClient: async () => {
        await sendMessage('cs-bg:ignoreClient', {
          clientId: client().id,
          domain: client().domain || undefined,
        });
        this.close();
      },
      confirmReason: async (reply: PendingReply, reason: PendingReply['reason']) => {
        const email = client().emails[0];
        await sendMessage('cs-bg:observe', {
          observations: [
            {
              kind: 'reply',
              key: `${this.env.adapter.id}:${reply.messageId}`,
              at: reply.at,
              counterparty: { email: email ?? null, name: client().name },
              source: {
                kind: this.env.adapter.id,
                url: this.env.pageUrl,
                messageId: reply.messageId,
              },
              excerpt: reply.excerpt,
              reason: { reason, evidence: reply.evidence },
            },
          ],
        });
        this.assessed.add(reply.messageId);
        this.reply = null;
        await refreshContext();
      },
    };
  }

  close(): void {
    this.abort.abort();
    this.abort = new AbortController();
    this.panel?.destroy();
    this.panel = null;
    this.context = null;
  }
}
