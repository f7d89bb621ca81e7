/**
 * Tells whether the user actually sent a compose: Gmail and Outlook on the web remove the
 * compose (dialog or inline reply) right after Send or Ctrl/⌘+Enter, and also when it is
 * discarded, closed or popped out. So "sent" = removed within a short grace period after a
 * send gesture inside it. Each adapter passes its own Send-button candidates.
 */
import type { Candidates } from './query';

/** Options for `watchComposeSent`. */
export interface SentWatchOptions {
  /** How long after a send gesture a removal still counts as sent (default 5000 ms). */
  graceMs?: number;
}

/**
 * Resolves true when `compose` is sent, false when it goes away without a send gesture (or
 * after the grace period) or when `signal` aborts. Listeners and the observer are removed
 * when it settles. Scheduled send is not recognised (its menu lives outside the compose).
 */
export function watchComposeSent(
  compose: { container: HTMLElement; body: HTMLElement },
  sendButtons: Candidates,
  signal: AbortSignal,
  options: SentWatchOptions = {},
): Promise<boolean> {
  const { container, body } = compose;
  const doc = container.ownerDocument;
  const grace = options.graceMs ?? 5000;
  return new Promise((resolve) => {
    if (signal.aborted || !container.isConnected) return resolve(false);
    let armedAt = -Infinity;
    const isSend = (target: EventTarget | null) => {
      const el = target as Element | null;
      if (!el || typeof el.closest !== 'function') return false;
      return sendButtons.some((selector) => {
        const button = el.closest(selector);
        return button !== null && container.contains(button);
      });
    };
    // Gmail's buttons act on mouseup, and may remove the compose before any click fires.
    const onPointer = (e: Event) => {
      if (isSend(e.target)) armedAt = Date.now();
    };
    const onKey = (e: KeyboardEvent) => {
      const onButton = (e.key === 'Enter' || e.key === ' ') && isSend(e.target);
      if (onButton || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) armedAt = Date.now();
    };
    const types = ['mousedown', 'mouseup', 'click'] as const;
    const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => {
      if (!container.isConnected || !body.isConnected) finish(Date.now() - armedAt <= grace);
    });
    const finish = (sent: boolean) => {
      observer.disconnect();
      types.forEach((t) => container.removeEventListener(t, onPointer, true));
      container.removeEventListener('keydown', onKey, true);
      signal.removeEventListener('abort', onAbort);
      resolve(sent);
    };
    const onAbort = () => finish(false);
    types.forEach((t) => container.addEventListener(t, onPointer, true));
    container.addEventListener('keydown', onKey, true);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  });
}
