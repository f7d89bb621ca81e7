/**
 * Start-up work that no message needs (follow-up reconciliation) reads the same IndexedDB as the
 * first request; run at wake-up, it would delay the answer the user is waiting for. It runs once:
 * just after the first answered message, or after `fallbackMs` when no message arrives (an alarm
 * or the browser's start woke the worker).
 */
export function runAfterFirstAnswer(work: () => void, fallbackMs = 1_000): () => void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    clearTimeout(fallback);
    work();
  };
  const fallback = setTimeout(start, fallbackMs);
  // The reply is posted after the handler's promise settles: yield once so it goes out first.
  return () => {
    if (!started) setTimeout(start, 0);
  };
}
