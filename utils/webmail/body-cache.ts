/**
 * Parsed bodies by message id and text length: the watcher re-reads the conversation on every
 * DOM change, and a long body need not be walked again while it is unchanged. Bounded (LRU).
 */
import { visibleText } from './body-text';

const MAX_ENTRIES = 300;
const cache = new Map<string, string>();

/** `visibleText(body)`, from the cache when the same message shows a body of the same length. */
export function cachedVisibleText(messageId: string, body: Element): string {
  if (!messageId) return visibleText(body);
  const key = `${messageId}\n${body.textContent?.length ?? 0}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit); // most recently used last
    return hit;
  }
  const text = visibleText(body);
  cache.set(key, text);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return text;
}
