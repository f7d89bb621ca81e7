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

interface Stem {
  text: string;
  exact: boolean;
  neg: boolean;
  /** `NUM`: any token starting with a digit (an amount, a count of hours). */
  num: boolean;
}
/** One alternative of a slot: consecutive tokens, one stem each. */
type Alternative = Stem[];
type Slot = Alternative[];

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

/** The match of `entry` starting at token `i`, or null. */
function matchAt(entry: CompiledEntry, tokens: readonly Token[], i: number): EntryMatch | null {
  const [first, ...rest] = entry.slots;
  if (!first) return null;
  const clause = tokens[i]?.clause ?? -1;
  let pos = slotAt(first, tokens, i, clause);
  if (pos < 0) return null;
  for (const slot of rest) {
    let found = -1;
    for (let j = pos; j <= pos + entry.gap && j < tokens.length && found < 0; j++) {
      if (tokens[j]?.clause !== clause) break;
      found = slotAt(slot, tokens, j, clause);
    }
    pos = found;
    if (pos < 0) return null;
  }
  if (entry.blockAfter.length && blockedAfter(entry, tokens, pos)) return null;
  if (entry.blockBefore.length && blockedBefore(entry, tokens, i)) return null;
  return { entry, from: i, to: pos, negated: negatedAround(entry, tokens, i, pos) };
}

/** Every match of `entry` in `tokens` (first match per start token). */
export function matchEntry(entry: CompiledEntry, tokens: readonly Token[]): EntryMatch[] {
  const matches: EntryMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(entry, tokens, i);
    if (m) matches.push(m);
  }
  return matches;
}

/**
 * Entries by the first letters (up to three) their first word starts with, so a token is tried only against
 * entries that can start on it (a 20,000-character reply would otherwise try every entry at
 * every token). `negator` holds entries that start with a negator.
 */
interface EntryIndex {
  byPrefix: Map<string, CompiledEntry[]>;
  number: CompiledEntry[];
  negator: CompiledEntry[];
  any: CompiledEntry[];
}

function indexEntries(entries: readonly CompiledEntry[]): EntryIndex {
  const index: EntryIndex = { byPrefix: new Map(), number: [], negator: [], any: [] };
  for (const entry of entries) {
    const keys = new Set<string>();
    for (const alt of entry.slots[0] ?? []) {
      const stem = alt[0];
      if (stem?.neg) keys.add('negator');
      else if (!stem || (!stem.num && stem.text === '')) keys.add('any');
      else if (stem.num) keys.add('number');
      else keys.add(`:${stem.text.slice(0, PREFIX)}`);
    }
    for (const key of keys) {
      if (key === 'any') index.any.push(entry);
      else if (key === 'negator') index.negator.push(entry);
      else if (key === 'number') index.number.push(entry);
      else index.byPrefix.set(key, [...(index.byPrefix.get(key) ?? []), entry]);
    }
  }
  return index;
}

/** Longest stem prefix indexed: a token can only start entries keyed by its own prefixes. */
const PREFIX = 3;
const INDEXES = new WeakMap<readonly CompiledEntry[], EntryIndex>();

/**
 * Every match of every entry, per entry (same results as `matchEntry` on each), in time linear
 * in the tokens times the few entries that can start on each.
 */
export function matchEntries(
  entries: readonly CompiledEntry[],
  tokens: readonly Token[],
): Map<CompiledEntry, EntryMatch[]> {
  let index = INDEXES.get(entries);
  if (!index) INDEXES.set(entries, (index = indexEntries(entries)));
  const out = new Map<CompiledEntry, EntryMatch[]>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const candidates = new Set<CompiledEntry>(index.any);
    if (/^\d/.test(t.norm)) for (const e of index.number) candidates.add(e);
    if (t.variants.some((v) => NEGATOR_SET.has(v)))
      for (const e of index.negator) candidates.add(e);
    for (const v of t.variants)
      for (let n = 1; n <= Math.min(PREFIX, v.length); n++)
        for (const e of index.byPrefix.get(`:${v.slice(0, n)}`) ?? []) candidates.add(e);
    for (const entry of candidates) {
      const m = matchAt(entry, tokens, i);
      if (!m) continue;
      const list = out.get(entry);
      if (list) list.push(m);
      else out.set(entry, [m]);
    }
  }
  return out;
}
