/** A tiny prefixed logger: Gmail's DOM drifts, so a selector that finds nothing warns once. */

const warned = new Set<string>();

/** Logs `[Firmly] message` once per message for the life of the page. */
export function warnOnce(message: string, ...details: unknown[]): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[Firmly] ${message}`, ...details);
}
