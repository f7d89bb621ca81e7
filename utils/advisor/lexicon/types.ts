/**
 * The lexicon format. Each entry is a phrase pattern written as space-separated slots:
 *   - a slot lists alternatives with `|`; each alternative is a word stem matched as a prefix of
 *     the normalised token, or a whole word when it ends with `$`;
 *   - `NEG` matches any negator of any language (not, nie, не, לא, nicht, pas, no…).
 *   - `NUM` matches any number (an amount, a count of hours: "agreed on NUM").
 * Consecutive slots may have up to `gap` other tokens between them (default 2; 3 with NEG) and
 * must lie in one clause. Entries are written in natural spelling and normalised at load time.
 */
import type { RefusalReason } from '@/utils/advisor/reasons';

export type LexiconReason = Exclude<RefusalReason, 'unknown'>;

/** [pattern, weight 1–3, options] */
export type RawEntry = readonly [string, number] | readonly [string, number, EntryOptions];

export interface EntryOptions {
  /** Max tokens between consecutive slots. */
  gap?: number;
  /** Stems that void the match when they follow it in the clause (e.g. "won't pay *until*"). */
  blockAfter?: readonly string[];
  /** The same, for words just before the match (verb-final languages: "die Entwürfe nicht erhalten"). */
  blockBefore?: readonly string[];
}

/** One language's phrases per reason. */
export type RawLexicon = Partial<Record<LexiconReason, readonly RawEntry[]>>;
