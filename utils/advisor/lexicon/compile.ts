/**
 * Compiles the raw lexicons once into matchers over tokens (see types.ts for the pattern format).
 */
import { looseForm, normalizeWord, type Token } from '@/utils/advisor/normalize';
import type { EntryOptions, LexiconReason, RawLexicon } from '@/utils/advisor/lexicon/types';
import {
  IDIOM_AFTER_NEGATOR,
  NEGATORS,
  POSTPOSED_NEGATORS,
} from '@/utils/advisor/lexicon/negators';

export interface Stem {
  text: string;
  exact: boolean;
  neg: boolean;
  /** `NUM`: any token starting with a digit (an amount, a count of hours). */
  num: boolean;
}
/** One alternative of a slot: consecutive tokens, one stem each. */
export type Alternative = Stem[];
export type Slot = Alternative[];

export interface CompiledEntry {
  reason: LexiconReason;
  lang: string;
  pattern: string;
  weight: number;
  slots: Slot[];
  hasNeg: boolean;
  gap: number;
  blockAfter: Alternative[];
  blockBefore: Alternative[];
}

export interface EntryMatch {
  entry: CompiledEntry;
  /** Token range [from, to). */
  from: number;
  to: number;
  negated: boolean;
}

const NEGATOR_SET = new Set(
  NEGATORS.flatMap((w) => [normalizeWord(w), looseForm(normalizeWord(w))]),
);
const POSTPOSED_SET = new Set(POSTPOSED_NEGATORS.map(normalizeWord));
const IDIOMS = IDIOM_AFTER_NEGATOR.map(normalizeWord);

function compileStem(raw: string): Stem {
  if (raw === 'NEG') return { text: '', exact: false, neg: true, num: false };
  if (raw === 'NUM') return { text: '', exact: false, neg: false, num: true };
  const exact = raw.endsWith('$');
  const text = looseForm(normalizeWord(exact ? raw.slice(0, -1) : raw));
  return { text, exact, neg: false, num: false };
}

/** `_` (or a hyphen, which never survives tokenising) joins consecutive words. */
function compileAlternative(raw: string): Alternative {
  return raw.split(/[_-]/).filter(Boolean).map(compileStem);
}

export function compileLexicon(lang: string, lexicon: RawLexicon): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  for (const [reason, entries] of Object.entries(lexicon) as [
    LexiconReason,
    RawLexicon[LexiconReason],
  ][]) {
    for (const raw of entries ?? []) {
      const [pattern, weight] = raw;
      const options: EntryOptions = raw[2] ?? {};
      const slots = pattern
        .trim()
        .split(/\s+/)
        .map((slot) => slot.split('|').map(compileAlternative));
      // A phrase that spells out its own negation ("nicht_mehr", "не_хватает") is not negated by it.
      const hasNeg = slots.some((slot) =>
        slot.some((alt) => alt.some((s) => s.neg || NEGATOR_SET.has(s.text))),
      );
      out.push({
        reason,
        lang,
        pattern,
        weight,
        slots,
        hasNeg,
        gap: options.gap ?? (hasNeg ? 3 : 2),
        blockAfter: (options.blockAfter ?? []).map(compileAlternative),
        blockBefore: (options.blockBefore ?? []).map(compileAlternative),
      });
    }
  }
  return out;
}

/** True when `tokens[i]` is a negator that actually negates (not "no problem"). */
export function isNegator(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.variants.some((v) => NEGATOR_SET.has(v))) return false;
  for (const k of [i + 1, i + 2]) {
    const next = tokens[k];
    if (next && next.clause === t.clause && IDIOMS.some((idiom) => next.norm.startsWith(idiom)))
      return false;
  }
  return true;
}

function stemMatches(stem: Stem, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (stem.neg) return isNegator(tokens, i);
  if (stem.num) return /^\d/.test(t.norm);
  return t.variants.some((v) => (stem.exact ? v === stem.text : v.startsWith(stem.text)));
}

/** End index (exclusive) when `alt` matches at `i` inside `clause`, else -1. */
function altAt(alt: Alternative, tokens: readonly Token[], i: number, clause: number): number {
  for (let k = 0; k < alt.length; k++) {
    const stem = alt[k];
    const t = tokens[i + k];
    if (!stem || !t || t.clause !== clause || !stemMatches(stem, tokens, i + k)) return -1;
  }
  return i + alt.length;
}

function slotAt(slot: Slot, tokens: readonly Token[], i: number, clause: number): number {
  for (const alt of slot) {
    const end = altAt(alt, tokens, i, clause);
    if (end >= 0) return end;
  }
  return -1;
}

function negatedAround(
  entry: CompiledEntry,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  if (entry.hasNeg) return false;
  const clause = tokens[from]?.clause;
  for (let i = Math.max(0, from - 3); i < to; i++) {
    if (tokens[i]?.clause === clause && isNegator(tokens, i)) return true;
  }
  for (let i = to; i < to + 3; i++) {
    const t = tokens[i];
    if (t && t.clause === clause && POSTPOSED_SET.has(t.norm)) return true;
  }
  return false;
}

function blockedAfter(entry: CompiledEntry, tokens: readonly Token[], to: number): boolean {
  const clause = tokens[to - 1]?.clause ?? -1;
  for (let i = to; i < to + 4; i++) {
    if (tokens[i]?.clause !== clause) return false;
    if (entry.blockAfter.some((alt) => altAt(alt, tokens, i, clause) >= 0)) return true;
  }
  return false;
}

function blockedBefore(entry: CompiledEntry, tokens: readonly Token[], from: number): boolean {
  const clause = tokens[from]?.clause ?? -1;
  for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
    if (tokens[i]?.clause !== clause) return false;
    if (entry.blockBefore.some((alt) => altAt(alt, tokens, i, clause) >= 0)) return true;
  }
  return false;
}

/** Every match of `entry` in `tokens` (first match per start token). */
export function matchEntry(
  entry: CompiledEntry,
  tokens: readonly Token[],
  /** Start positions worth trying, ascending (all when absent). */
  starts?: readonly number[],
): EntryMatch[] {
  const matches: EntryMatch[] = [];
  const [first, ...rest] = entry.slots;
  if (!first) return matches;
  const count = starts ? starts.length : tokens.length;
  for (let n = 0; n < count; n++) {
    const i = starts ? (starts[n] as number) : n;
    const clause = tokens[i]?.clause ?? -1;
    let pos = slotAt(first, tokens, i, clause);
    if (pos < 0) continue;
    for (const slot of rest) {
      let found = -1;
      for (let j = pos; j <= pos + entry.gap && j < tokens.length && found < 0; j++) {
        if (tokens[j]?.clause !== clause) break;
        found = slotAt(slot, tokens, j, clause);
      }
      pos = found;
      if (pos < 0) break;
    }
    if (pos < 0) continue;
    if (entry.blockAfter.length && blockedAfter(entry, tokens, pos)) continue;
    if (entry.blockBefore.length && blockedBefore(entry, tokens, i)) continue;
    matches.push({ entry, from: i, to: pos, negated: negatedAround(entry, tokens, i, pos) });
  }
  return matches;
}
