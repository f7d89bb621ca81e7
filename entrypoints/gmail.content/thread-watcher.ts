/**
 * Watches Gmail's hash routes; while a thread is open, re-reads it (debounced) into the thread
 * session. Starts no work on pages without an open thread, and everything it sets up is tied to
 * the content-script context, so a reloaded extension leaves nothing behind.
 */
import type { ContentScriptContext } from '#imports';
import { parseGmailRoute } from '@/utils/gmail/route';
import { parseThread } from '@/utils/gmail/thread';
import { accountEmail } from './account';
import { ThreadSession } from './thread-session';

const DEBOUNCE_MS = 300;

export function startThreadWatcher(ctx: ContentScriptContext): void {
  let observer: MutationObserver | null = null;
  let timer: number | undefined;
  let session: ThreadSession | null = null;
  let threadKey: string | null = null;
  let running = false;
  let again = false;

  const scan = async () => {
    if (ctx.isInvalid || !session) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const thread = parseThread(document);
      if (thread && thread.messages.length) await session.refresh(thread);
    } catch (error) {
      console.warn('[Firmly] thread update failed:', error);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void scan(), DEBOUNCE_MS);
  }

  const onRoute = () => {
    const route = parseGmailRoute(location.hash);
    const key = route.view === 'thread' ? route.threadId : null;
    if (key === threadKey && session) return;
    observer?.disconnect();
    observer = null;
    session?.close();
    session = null;
    threadKey = key;
    if (!key) return;
    const own = accountEmail(document);
    session = new ThreadSession({
      ownEmails: own ? [own] : [],
      pageUrl: location.href,
      account: /\/mail\/u\/(\d+)/.exec(location.pathname)?.[1] ?? '0',
    });
    schedule();
    // Gmail renders messages lazily; observe while a thread is open, and only then.
    observer = new MutationObserver((records) => {
      // Our own panel's changes are not news.
      if (records.every((r) => (r.target as Element).closest?.('[data-firmly-panel]'))) return;
      schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true });
  };

  // Gmail routes by hash: `hashchange` reacts at once; WXT's polled location watcher catches
  // history-API navigations the hash event misses.
  ctx.addEventListener(window, 'hashchange', onRoute);
  ctx.addEventListener(window, 'wxt:locationchange', onRoute);
  ctx.onInvalidated(() => {
    observer?.disconnect();
    session?.close();
  });
  onRoute();
}
