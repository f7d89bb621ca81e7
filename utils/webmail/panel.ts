/**
 * The thread panel: a shadow-root card above the messages with the client, what is owed and how
 * late, the last step, the advisor's next step and the actions. Rendered with `h` (text only).
 */
import { fillTemplate, isRtl, type UiLanguage } from '@/utils/i18n';
import type { PanelKey, PanelWords } from '@/utils/i18n/panel-strings';
import type { RefusalReasonName, ThreadContext } from '@/utils/ledger/thread-context';
import { formatMoney, minorToDecimal, parseAmountInput } from '@/utils/money';
import { h as hRaw } from './dom';
import { PANEL_CSS } from './panel-style';

export const PANEL_ATTR = 'data-firmly-panel';

export interface PendingReply {
  messageId: string;
  at: string;
  excerpt: string;
  reason: RefusalReasonName;
  evidence: string | null;
}

/** What an attached PDF of the thread said (and where it overrode the e-mail), as the background worded it. */
export type PdfNote = string;

export interface PanelActions {
  /** Resolves to what happened, as a string key of the panel's table. */
  insert(): Promise<'inserted' | 'noCompose'>;
  openDraft(): void;
  markSent(): Promise<void>;
  recordPayment(p: {
    amountMinor: number;
    currency: string;
    invoiceId: string | null;
  }): Promise<void>;
  setFollowup(dueAt: Date): Promise<void>;
  notClient(): Promise<void>;
  confirmReason(reply: PendingReply, reason: RefusalReasonName): Promise<void>;
}

export interface PanelOptions {
  /** 'closed' in pages; DOM tests open it to look inside. */
  mode?: ShadowRootMode;
  /**
   * Whether an event is the user's: real input only (`isTrusted`). DOM tests, whose dispatched
   * events are all untrusted, stand in for the user here.
   */
  isUserEvent?: (event: Event) => boolean;
}

export interface PanelHandle {
  host: HTMLElement;
  update(ctx: ThreadContext, reply: PendingReply | null, pdfs?: PdfNote[]): void;
  destroy(): void;
}

/** Presets for follow-ups: tomorrow, in three days, next Monday — all at 09:00 local time. */
export function followupPresets(
  now: Date,
): { key: 'tomorrow' | 'in3days' | 'nextMonday'; at: Date }[] {
  const at9 = (days: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() + days);
    d.setHours(9, 0, 0, 0);
    return d;
  };
  const toMonday = (8 - now.getDay()) % 7 || 7;
  return [
    { key: 'tomorrow', at: at9(1) },
    { key: 'in3days', at: at9(3) },
    { key: 'nextMonday', at: at9(toMonday) },
  ];
}

/** Creates the panel; `place` puts its host element into the page. */
export function mountPanel(
  place: (host: HTMLElement) => void,
  actions: PanelActions,
  /** The user's chosen UI language, as the background resolved it. */
  lang: UiLanguage,
  /** Its words in `lang`, from the background (the content script carries no tables). */
  words: PanelWords,
  options: PanelOptions = {},
): PanelHandle {
  const t = (key: PanelKey, vars?: Record<string, string | number>) =>
    fillTemplate(words.panel[key], vars);
  const tr = (reason: RefusalReasonName) => words.reasons[reason];
  const REASONS = Object.keys(words.reasons) as RefusalReasonName[];
  // Page code must not read the balance nor press Record payment → Save (issue 11, finding 4).
  // The host is a plain <div> (a custom element name could be defined by the page first, whose
  // constructor's attachInternals() would hand it the shadow root); the root is closed and its
  // reference stays in this (the content script's) world; handlers act on trusted events only.
  // The e2e tests reach inside through the DevTools protocol, which page scripts do not have.
  const host = hRaw('div', { [PANEL_ATTR]: '' });
  const root = host.attachShadow({ mode: options.mode ?? 'closed' });
  const fromUser = options.isUserEvent ?? ((e: Event) => e.isTrusted);
  // Every listener the panel adds goes through this guard.
  const h: typeof hRaw = (tag, attrs = {}, ...children) => {
    const guarded: typeof attrs = {};
    for (const [k, v] of Object.entries(attrs))
      guarded[k] =
        typeof v === 'function' ? (e: Event) => void (fromUser(e) && (v as EventListener)(e)) : v;
    return hRaw(tag, guarded, ...children);
  };
  const style = document.createElement('style');
  style.textContent = PANEL_CSS;
  const card = h('section', {
    class: 'card',
    dir: isRtl(lang) ? 'rtl' : 'ltr',
    'aria-label': 'Firmly',
  });
  root.append(style, card);
  place(host);

  const money = (m: { amountMinor: number; currency: string }) => formatMoney(m, lang);
  const dateText = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const say = (text: string) => (status.textContent = text);
  const run = (work: () => Promise<unknown>, done: string) =>
    work().then(
      () => say(done),
      (e: Error) => say(t('error', { message: e.message })),
    );

  const render = (ctx: ThreadContext, reply: PendingReply | null, pdfs: PdfNote[] = []) => {
    const s = ctx.suggestion;
    const owed = ctx.owed.filter((o) => o.amountMinor > 0);
    const extra = h('div', {});

    const paymentForm = () => {
      const amount = h('input', { 'aria-label': t('amount'), inputmode: 'decimal', size: 10 });
      const currencies = [
        ...new Set([...ctx.open.map((o) => o.currency), ...owed.map((o) => o.currency)]),
      ];
      const currency = h(
        'select',
        { 'aria-label': 'Currency' },
        ...currencies.map((c) => h('option', { value: c }, c)),
      );
      const invoice = h(
        'select',
        { 'aria-label': t('invoice') },
        h('option', { value: '' }, '—'),
        ...ctx.open.map((o) =>
          h(
            'option',
            { value: o.invoiceId },
            `${o.number || '?'} · ${money({ amountMinor: o.remainingMinor, currency: o.currency })}`,
          ),
        ),
      );
      // Prefill with what is left on the oldest open invoice: the common case is "they paid it".
      const first = ctx.open[0];
      if (first) {
        amount.value = minorToDecimal(first.remainingMinor, first.currency);
        currency.value = first.currency;
        invoice.value = first.invoiceId;
      }
      const save = h(
        'button',
        {
          class: 'primary',
          type: 'button',
          onclick: () => {
            const cur = currency.value;
            const minor = parseAmountInput(amount.value, cur);
            if (!minor || minor <= 0) return say(t('error', { message: t('amount') }));
            void run(
              () =>
                actions.recordPayment({
                  amountMinor: minor,
                  currency: cur,
                  invoiceId: invoice.value || null,
                }),
              t('saved'),
            );
          },
        },
        t('save'),
      );
      extra.replaceChildren(
        h(
          'div',
          { class: 'form' },
          amount,
          currency,
          invoice,
          save,
          h('button', { type: 'button', onclick: () => extra.replaceChildren() }, t('cancel')),
        ),
      );
      amount.focus();
    };

    const followupForm = () => {
      extra.replaceChildren(
        h(
          'div',
          { class: 'form' },
          ...followupPresets(new Date()).map(({ key, at }) =>
            h(
              'button',
              {
                type: 'button',
                onclick: () =>
                  void run(
                    () => actions.setFollowup(at),
                    t('followUpSet', { date: dateText(at.toISOString()) }),
                  ),
              },
              t(key),
            ),
          ),
          h('button', { type: 'button', onclick: () => extra.replaceChildren() }, t('cancel')),
        ),
      );
    };

    const replyBox = reply
      ? (() => {
          const pick = h(
            'select',
            { 'aria-label': t('replyReads') },
            ...REASONS.map((r) => h('option', { value: r, selected: r === reply.reason }, tr(r))),
          );
          return h(
            'div',
            { class: 'reply' },
            h('div', {}, t('paused')),
            h(
              'div',
              { class: 'row' },
              t('replyReads'),
              pick,
              h(
                'button',
                {
                  class: 'primary',
                  type: 'button',
                  onclick: () =>
                    void run(
                      () => actions.confirmReason(reply, pick.value as RefusalReasonName),
                      t('saved'),
                    ),
                },
                t('confirm'),
              ),
            ),
            reply.evidence ? h('div', { class: 'evidence muted' }, `“${reply.evidence}”`) : null,
          );
        })()
      : null;

    const body = h(
      'pre',
      { class: 'body', hidden: true, dir: s?.language === 'he' ? 'rtl' : 'auto' },
      s ? `${s.body}` : '',
    );
    card.replaceChildren(
      h(
        'div',
        {},
        h(
          'div',
          { class: 'row' },
          h('span', { class: 'brand' }, 'Firmly'),
          h('span', { class: 'client' }, ctx.client.name),
          h(
            'span',
            { class: 'owed' },
            owed.length ? t('owes', { amount: owed.map(money).join(' + ') }) : t('nothingOwed'),
          ),
          ctx.daysOverdue > 0
            ? h('span', { class: 'late' }, t('daysLate', { n: ctx.daysOverdue }))
            : null,
          ctx.lastStep
            ? h(
                'span',
                { class: 'muted' },
                t('lastStep', {
                  step: ctx.lastStep.type.replace(/_/g, ' '),
                  date: dateText(ctx.lastStep.at),
                }),
              )
            : null,
        ),
        ...pdfs.map((note) => h('div', { class: 'pdf muted' }, note)),
        replyBox,
        s && !s.nothingDue
          ? h(
              'div',
              { class: 'next' },
              h('div', { class: 'stage' }, `${t('next')} · ${s.stage.replace(/_/g, ' ')}`),
              h('div', { class: 'rationale' }, s.rationale),
              h('div', { class: 'subject', dir: 'auto' }, s.subject),
              h(
                'button',
                {
                  type: 'button',
                  class: 'linklike',
                  'aria-expanded': 'false',
                  onclick: (e: Event) => {
                    body.hidden = !body.hidden;
                    (e.currentTarget as HTMLElement).setAttribute(
                      'aria-expanded',
                      String(!body.hidden),
                    );
                  },
                },
                t('showMessage'),
              ),
              body,
            )
          : null,
        h(
          'div',
          { class: 'actions' },
          s && !s.nothingDue
            ? h(
                'button',
                {
                  class: 'primary',
                  type: 'button',
                  onclick: () =>
                    void actions.insert().then(
                      (k) => say(t(k)),
                      (e: Error) => say(t('error', { message: e.message })),
                    ),
                },
                t('insert'),
              )
            : null,
          s && !s.nothingDue
            ? h('button', { type: 'button', onclick: () => actions.openDraft() }, t('openDraft'))
            : null,
          s && !s.nothingDue
            ? h(
                'button',
                { type: 'button', onclick: () => void run(actions.markSent, t('sentRecorded')) },
                t('markSent'),
              )
            : null,
          owed.length
            ? h('button', { type: 'button', onclick: paymentForm }, t('recordPayment'))
            : null,
          h('button', { type: 'button', onclick: followupForm }, t('followUp')),
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                if (confirm(t('notClientConfirm', { name: ctx.client.name })))
                  void run(actions.notClient, t('saved'));
              },
            },
            t('notClient'),
          ),
        ),
        extra,
        status,
      ),
    );
  };

  return {
    host,
    update: render,
    destroy: () => host.remove(),
  };
}
