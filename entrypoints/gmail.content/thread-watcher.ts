/**
 * Watches Gmail's hash routes; when a thread is open, reads it (debounced) and reports the
 * observations to the background. Does nothing on pages without an open thread.
 */
import type { ContentScriptContext } from '#imports';
import { parseGmailRoute } from '@/utils/gmail/route';
import { parseThread } from '@/utils/gmail/thread';
import { detectInvoice } from '@/utils/detect';
import { threadObservations } from '@/utils/ledger/from-thread';
import { sendMessage } from '@/utils/messaging';
import { accountEmail } from './account';

const DEBOUNCE_MS = 400;

export function startThreadWatcher(ctx: ContentScriptContext): void {
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  /** Message ids already reported in this page's life; the background is idempotent anyway. */
  const reported = new Set<string>();

  const scan = async () => {
    const thread = parseThread(document);
    if (!thread || ctx.isInvalid) return;
    const own = accountEmail(document);
    const { observations } = threadObservations(
      thread,
      own ? [own] : [],
      detectInvoice,
      location.href,
    );
    const fresh = observations.filter((o) => !reported.has(o.key));
    if (fresh.length === 0) return;
    fresh.forEach((o) => reported.add(o.key));
    try {
      await sendMessage('cs-bg:observe', { observations: fresh });
    } catch (error) {
      fresh.forEach((o) => reported.delete(o.key));
      console.warn('[Firmly] could not report the thread:', error);
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void scan(), DEBOUNCE_MS);
  };

  const onRoute = () => {
    const route = parseGmailRoute(location.hash);
    observer?.disconnect();
    observer = null;
    if (route.view !== 'thread') return;
    schedule();
    // Gmail renders messages lazily; watch the main area only while a thread is open.
    const main = document.querySelector('[role="main"]') ?? document.body;
    observer = new MutationObserver(schedule);
    observer.observe(main, { childList: true, subtree: true });
  };

  ctx.addEventListener(window, 'wxt:locationchange', onRoute);
  ctx.onInvalidated(() => observer?.disconnect());
  onRoute();
}
