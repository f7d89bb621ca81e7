/**
 * The small "Tracked by Firmly · 14 days overdue" pill on a recognised invoice page: fixed in a
 * bottom corner, in a closed shadow root (page CSS cannot reach it), dismissible, built from text
 * nodes only (Trusted Types).
 */
import type { ContentScriptContext } from '#imports';
import { el, styleElement } from '@/utils/capture/dom';
import { type UiLanguage } from '@/utils/i18n';
import { createT } from '@/utils/i18n/format';
import { captureStrings } from '@/utils/i18n/capture-strings';

export const BADGE_TAG = 'firmly-invoice-badge';

const CSS = `
:host { all: initial; position: fixed; bottom: 16px; inset-inline-end: 16px; z-index: 2147483646; }
.badge { display: flex; align-items: center; gap: 6px; max-width: 360px; padding: 6px 6px 6px 12px;
  border-radius: 999px; background: #1f2933; color: #f5f7fa; box-shadow: 0 2px 8px rgba(0,0,0,.25);
  font: 500 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; opacity: .92; }
.badge[dir="rtl"] { padding: 6px 12px 6px 6px; }
.text { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.hide { all: unset; cursor: pointer; width: 20px; height: 20px; border-radius: 50%; text-align: center;
  line-height: 20px; font-size: 14px; color: inherit; opacity: .7; }
.hide:hover, .hide:focus-visible { opacity: 1; background: rgba(255,255,255,.15); }
`;

export interface BadgeHandle {
  host: HTMLElement;
  remove(): void;
}

/** Builds and attaches the badge to `doc`; `mode` is 'closed' in pages, 'open' only in tests. */
export function createBadge(
  doc: Document,
  text: string,
  lang: UiLanguage,
  rtl: boolean,
  mode: ShadowRootMode = 'closed',
): BadgeHandle {
  const t = createT(captureStrings, lang);
  const host = doc.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode });
  const hide = el(doc, 'button', {
    className: 'hide',
    text: '×',
    attrs: { type: 'button', 'aria-label': t('badgeHide'), title: t('badgeHide') },
  });
  const badge = el(
    doc,
    'div',
    {
      className: 'badge',
      attrs: { role: 'status', dir: rtl ? 'rtl' : 'ltr', lang, title: t('badgeTitle') },
    },
    [el(doc, 'span', { className: 'text', text }), hide],
  );
  shadow.append(styleElement(doc, CSS), badge);
  const remove = () => host.remove();
  hide.addEventListener('click', remove);
  doc.documentElement.append(host);
  return { host, remove };
}

let current: BadgeHandle | null = null;

/** Shows the badge for the current page, replacing one shown before; gone when `ctx` ends. */
export function showBadge(
  ctx: ContentScriptContext,
  text: string,
  lang: UiLanguage,
  rtl: boolean,
): void {
  current?.remove();
  current = createBadge(document, text, lang, rtl);
  ctx.onInvalidated(() => current?.remove());
}

/** Removes the badge (the page moved on to something else). */
export function hideBadge(): void {
  current?.remove();
  current = null;
}
