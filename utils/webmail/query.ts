/**
 * Ordered selector candidates: webmail class names drift, so every lookup is a list, best
 * first, ending with stable hooks (ids, data-*, roles). A list that finds nothing warns once.
 */
import { warnOnce } from './log';

/** Candidate selectors, best first. */
export type Candidates = readonly string[];

/** First element matching the first candidate that matches anything; warns once if none do. */
export function querySelectorFirst<E extends Element = HTMLElement>(
  root: ParentNode,
  candidates: Candidates,
  warnAs?: string,
): E | null {
  for (const selector of candidates) {
    const hit = root.querySelector<E>(selector);
    if (hit) return hit;
  }
  if (warnAs) warnOnce(`webmail selector found nothing: ${warnAs}`, candidates);
  return null;
}

/** All elements matching the first candidate that matches anything; warns once if none do. */
export function querySelectorAllFirst<E extends Element = HTMLElement>(
  root: ParentNode,
  candidates: Candidates,
  warnAs?: string,
): E[] {
  for (const selector of candidates) {
    const hits = root.querySelectorAll<E>(selector);
    if (hits.length) return Array.from(hits);
  }
  if (warnAs) warnOnce(`webmail selector found nothing: ${warnAs}`, candidates);
  return [];
}
