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
    /** When it arrived (ISO); now when not given. */
    at?: string;
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
  const momentText = (d: Date) =>
    new Intl.DateTimeFormat(lang, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }).format(d);

  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const say = (text: string) => (status.textContent = text);
  const run = (work: () => Promise<unknown>, done: string) =>
    work().then(
      () => say(done),
      (e: Error) => say(t('error', { message: e.message })),
    );

  const render = (ctx: ThreadContext, reply: PendingReply | null, pdfs: PdfNote[] = []) => {
    // Gmail's own theme, not the system's: the card follows the page behind it.
    card.dataset.theme = pageIsDark(host) ? 'dark' : 'light';
    const s = ctx.suggestion;
    const owed = ctx.owed.filter((o) => o.amountMinor > 0);
    const extra = h('div', {});

    /** A labelled field with its error line, tied together for screen readers. */
    let fieldNo = 0;
    const field = (label: string, control: HTMLElement) => {
      const id = `firmly-f${++fieldNo}`;
      control.id = id;
      const error = h('span', { class: 'field-error', id: `${id}-error` });
      control.setAttribute('aria-describedby', error.id);
      const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), control, error);
      const show = (text: string) => {
        error.textContent = text;
        if (text) control.setAttribute('aria-invalid', 'true');
        else control.removeAttribute('aria-invalid');
      };
      return { wrap, show };
    };
    const cancel = () =>
      h('button', { type: 'button', onclick: () => extra.replaceChildren() }, t('cancel'));

    const paymentForm = () => {
      const amount = h('input', { inputmode: 'decimal', size: 10, autocomplete: 'off' });
      const currencies = [
        ...new Set([...ctx.open.map((o) => o.currency), ...owed.map((o) => o.currency)]),
      ];
      const currency = h('select', {}, ...currencies.map((c) => h('option', { value: c }, c)));
      const invoice = h(
        'select',
        {},
        h('option', { value: '' }, '—'),
        ...ctx.open.map((o) =>
          h(
            'option',
            { value: o.invoiceId },
            `${o.number || '?'} · ${money({ amountMinor: o.remainingMinor, currency: o.currency })}`,
          ),
        ),
      );
      const today = localDay(new Date());
      const date = h('input', { type: 'date', max: today, value: today });
      // Prefill with what is left on the oldest open invoice: the common case is "they paid it".
      const first = ctx.open[0];
      if (first) {
        amount.value = minorToDecimal(first.remainingMinor, first.currency);
        currency.value = first.currency;
        invoice.value = first.invoiceId;
      }
      const fAmount = field(t('amount'), amount);
      const fDate = field(t('paidOn'), date);
      const save = () => {
        const cur = currency.value;
        const minor = parseAmountInput(amount.value, cur);
        fAmount.show(!minor || minor <= 0 ? t('errAmount') : '');
        const day = date.value || today;
        fDate.show(day > today ? t('errFuture') : '');
        if (!minor || minor <= 0) return amount.focus();
        if (day > today) return date.focus();
        // Today keeps the moment; an earlier day is recorded at its noon, local time.
        const at = day === today ? new Date() : new Date(`${day}T12:00:00`);
        void run(
          () =>
            actions.recordPayment({
              amountMinor: minor,
              currency: cur,
              invoiceId: invoice.value || null,
              at: at.toISOString(),
            }),
          t('saved'),
        );
      };
      extra.replaceChildren(
        h(
          'form',
          {
            class: 'form',
            novalidate: true,
            onsubmit: (e: Event) => {
              e.preventDefault();
              save();
            },
          },
          fAmount.wrap,
          field(t('currency'), currency).wrap,
          field(t('invoice'), invoice).wrap,
          fDate.wrap,
          h(
            'div',
            { class: 'form-actions' },
            h('button', { class: 'primary', type: 'submit' }, t('save')),
            cancel(),
          ),
        ),
      );
      amount.focus();
    };

    const followupForm = () => {
      const set = (at: Date) =>
        void run(() => actions.setFollowup(at), t('followUpSet', { date: momentText(at) }));
      const custom = h('input', { type: 'datetime-local' });
      const fCustom = field(t('customWhen'), custom);
      extra.replaceChildren(
        h(
          'form',
          {
            class: 'form',
            novalidate: true,
            onsubmit: (e: Event) => {
              e.preventDefault();
              const at = custom.value ? new Date(custom.value) : null;
              const problem =
                !at || Number.isNaN(at.getTime())
                  ? t('errWhen')
                  : at.getTime() <= Date.now()
                    ? t('errPast')
                    : '';
              fCustom.show(problem);
              if (problem || !at) return custom.focus();
              set(at);
            },
          },
          h(
            'div',
            { class: 'presets', role: 'group', 'aria-label': t('when') },
            ...followupPresets(new Date()).map(({ key, at }) =>
              h(
                'button',
                { type: 'button', onclick: () => set(at) },
                `${t(key)} · ${momentText(at)}`,
              ),
            ),
          ),
          fCustom.wrap,
          h(
            'div',
            { class: 'form-actions' },
            h('button', { class: 'primary', type: 'submit' }, t('save')),
            cancel(),
          ),
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
          h('bdi', { class: 'client' }, ctx.client.name),
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
                  step: words.steps?.[ctx.lastStep.type] ?? ctx.lastStep.type.replace(/_/g, ' '),
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
              h(
                'div',
                { class: 'stage' },
                `${t('next')} · ${words.stages?.[s.stage] ?? s.stage.replace(/_/g, ' ')}`,
              ),
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

/** The user's local calendar day, YYYY-MM-DD. */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Whether the page behind `el` is dark: the first opaque background among its ancestors (the
 * page's own, whatever the system setting), by relative luminance.
 */
export function pageIsDark(el: Element): boolean {
  for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(
      getComputedStyle(node).backgroundColor,
    );
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
  }
  return false;
}
