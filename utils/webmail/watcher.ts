/**
 * Watches a webmail's routes; while a conversation is open, re-reads it (debounced) into the
 * thread session. Starts no work on pages without an open conversation, and everything it sets
 * up is tied to the content-script context, so a reloaded extension leaves nothing behind.
 */
import type { ContentScriptContext } from '#imports';
import type { WebmailAdapter } from './adapter';
import { ThreadSession } from './session';

const DEBOUNCE_MS = 300;

export function startThreadWatcher(ctx: ContentScriptContext, adapter: WebmailAdapter): void {
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
      const thread = adapter.readConversation(document);
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

  const onRoute = (event?: Event) => {
    // WXT's watcher uses the Navigation API where it exists: its event comes before the page's
    // URL changes, so the new URL is taken from the event, not from `location`.
    const url = (event as { newUrl?: URL } | undefined)?.newUrl ?? new URL(location.href);
    const key = adapter.conversationKey(url);
    if (key === threadKey && session) return;
    observer?.disconnect();
    observer = null;
    session?.close();
    session = null;
    threadKey = key;
    if (!key) return;
    session = new ThreadSession({
      ownEmails: adapter.pageOwnEmails(document),
      pageUrl: url.href,
      adapter,
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

  // Gmail routes by hash: `hashchange` reacts at once; Outlook uses the history API, seen at
  // once on back/forward (`popstate`) and by WXT's location watcher otherwise.
  ctx.addEventListener(window, 'hashchange', onRoute);
  ctx.addEventListener(window, 'popstate', onRoute);
  ctx.addEventListener(window, 'wxt:locationchange', onRoute);
  ctx.onInvalidated(() => {
    observer?.disconnect();
    session?.close();
  });
  onRoute();
}
