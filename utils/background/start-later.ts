/**
 * Start-up work that is not needed to answer a message (follow-up reconciliation) reads the same IndexedDB as the first request; run at wake-up it would
 * delay the answer the user is waiting for. It runs once: just after the first answered message,
 * or after `fallbackMs` when no message arrives (an alarm or browser start woke the worker).
 */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Returns the callback to call when a message has been answered. */
export function runAfterFirstAnswer(
  work: () => void,
  fallbackMs = 1_000,
  timers: Timers = realTimers,
): () => void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    timers.clearTimeout(fallback);
    work();
  };
  const fallback = timers.setTimeout(start, fallbackMs);
  // The reply is posted after the handler's promise settles: yield once so it goes out first.
  return () => {
    if (!started) timers.setTimeout(start, 0);
  };
}
