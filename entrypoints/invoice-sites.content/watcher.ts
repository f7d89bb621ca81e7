/**
 * Reads a hosted invoice page once it has rendered and reports it to the background. These
 * pages are single-page apps: a debounced MutationObserver retries for a few seconds and stops
 * at the first good reading. Everything is bound to `ctx`, so a reloaded extension leaves nothing.
 */
import { browser, type ContentScriptContext } from '#imports';
import { findAdapter, type SiteAdapter } from '@/utils/sites';
import { siteObservation, type StatusObservation } from '@/utils/capture/site-observation';
import { badgeText, localIsoDate } from '@/utils/sites/badge-state';
import { readUiLanguage } from '@/utils/capture/ui-language';
import { isRtl } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { hideBadge, showBadge } from './badge';

/** Quiet time after the last DOM change before reading the page. */
const SETTLE_MS = 400;
/** A page that never stops changing (spinners, clocks) is still read this often. */
const MAX_WAIT_MS = 1_500;
/** After this, the page is not an invoice we can read. */
const GIVE_UP_MS = 10_000;

/** Retries `adapter` on DOM changes until it yields an observation; returns a stop function. */
function watchUntilParsed(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  url: URL,
  onParsed: (observation: StatusObservation) => void,
): () => void {
  let done = false;
  let timer: number | undefined;
  let pendingSince: number | null = null;
  const observer = new MutationObserver(() => schedule());

  const stop = () => {
    done = true;
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  const attempt = () => {
    pendingSince = null;
    if (done || ctx.isInvalid) return;
    const observation = siteObservation(adapter, document, url, new Date());
    if (!observation) return;
    stop();
    onParsed(observation);
  };
  const schedule = () => {
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = now - pendingSince >= MAX_WAIT_MS ? 0 : SETTLE_MS;
    timer = ctx.setTimeout(attempt, wait);
  };

  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.setTimeout(stop, GIVE_UP_MS);
  ctx.onInvalidated(stop);
  schedule();
  return stop;
}

/** Records the reading, then shows how the invoice stands (unless the client is ignored). */
async function report(ctx: ContentScriptContext, observation: StatusObservation): Promise<void> {
  try {
    const { results } = await sendMessage('cs-bg:observe', { observations: [observation] });
    const result = results[0];
    // Pending: not the user's invoice as far as Firmly knows (another issuer); the popup asks.
    if (!result || result.status === 'ignored' || result.status === 'pending' || ctx.isInvalid)
      return;
    const state = await sendMessage('cs-bg:invoiceStatus', {
      key: observation.key,
      clientId: result.clientId,
      invoiceNumber: observation.invoice.number,
      today: localIsoDate(new Date()),
    });
    const lang = await readUiLanguage(browser.storage.local, navigator.languages);
    if (!ctx.isInvalid) showBadge(ctx, badgeText(state, lang), lang, isRtl(lang));
  } catch (error) {
    console.warn('[Firmly] could not report the invoice page:', error);
  }
}

/** Watches the current invoice page, and the next one after an in-app navigation. */
export function startSiteWatcher(ctx: ContentScriptContext): void {
  let stop: (() => void) | null = null;
  const watch = () => {
    stop?.();
    stop = null;
    hideBadge();
    const url = new URL(location.href);
    const adapter = findAdapter(url);
    if (adapter)
      stop = watchUntilParsed(ctx, adapter, url, (observation) => void report(ctx, observation));
  };
  ctx.addEventListener(window, 'wxt:locationchange', watch);
  watch();
}
