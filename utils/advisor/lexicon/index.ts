/** Every language's lexicon, compiled once. */
import {
  compileLexicon,
  isNegator,
  matchEntry,
  type CompiledEntry,
  type EntryMatch,
} from '@/utils/advisor/lexicon/compile';
import type { Token } from '@/utils/advisor/normalize';
import { de } from '@/utils/advisor/lexicon/de';
import { en } from '@/utils/advisor/lexicon/en';
import { es } from '@/utils/advisor/lexicon/es';
import { fr } from '@/utils/advisor/lexicon/fr';
import { he } from '@/utils/advisor/lexicon/he';
import { pl } from '@/utils/advisor/lexicon/pl';
import { ru } from '@/utils/advisor/lexicon/ru';
import type { RawLexicon } from '@/utils/advisor/lexicon/types';
import { uk } from '@/utils/advisor/lexicon/uk';

/** The raw lexicons by language, for tests and the options page. */
export const LEXICONS: Record<string, RawLexicon> = { en, pl, ru, uk, he, de, fr, es };

/** Key of a stem or word for the first-word index: its first two letters. */
const KEY_LENGTH = 2;

interface Compiled {
  entries: readonly CompiledEntry[];
  /** Entry indices by the first letters of their first word, and those starting otherwise. */
  index: { byKey: Map<string, number[]>; neg: number[]; num: number[]; anywhere: number[] };
}

let compiled: Compiled | null = null;

/**
 * Every language's entries and their index, compiled on first use: compiling ~1,000 phrases
 * takes ~100 ms, which must not run on every service-worker wake-up (most never read a reply).
 */
function lexicon(): Compiled {
  compiled ??= compileAll();
  return compiled;
}

function compileAll(): Compiled {
  const ALL_ENTRIES = Object.entries(LEXICONS).flatMap(([lang, raw]) => compileLexicon(lang, raw));
  const byKey = new Map<string, number[]>();
  const neg: number[] = [];
  const num: number[] = [];
  const anywhere: number[] = [];
  ALL_ENTRIES.forEach((entry, e) => {
    const keys = new Set<string>();
    let [isNeg, isNum, isAnywhere] = [false, false, false];
    for (const alt of entry.slots[0] ?? []) {
      const stem = alt[0];
      if (!stem || (!stem.neg && !stem.num && stem.text.length < KEY_LENGTH)) isAnywhere = true;
      else if (stem.neg) isNeg = true;
      else if (stem.num) isNum = true;
      else keys.add(stem.text.slice(0, KEY_LENGTH));
    }
    if (isAnywhere) anywhere.push(e);
    if (isNeg) neg.push(e);
    if (isNum) num.push(e);
    for (const key of keys) {
      const list = byKey.get(key) ?? [];
      list.push(e);
      byKey.set(key, list);
    }
  });
  return { entries: ALL_ENTRIES, index: { byKey, neg, num, anywhere } };
}

/**
 * Every entry's matches in `tokens`, in ALL_ENTRIES order. An entry is only tried where its
 * phrase can start (a word with the right first letters, a negator, a number), which keeps
 * classifying fast with a thousand phrases.
 */
export function matchLexicon(tokens: readonly Token[]): EntryMatch[] {
  const { entries: ALL_ENTRIES, index: INDEX } = lexicon();
  const starts = new Map<number, number[]>();
  const add = (entries: readonly number[], at: readonly number[]) => {
    for (const e of entries) {
      const list = starts.get(e) ?? [];
      list.push(...at);
      starts.set(e, list);
    }
  };
  const byKey = new Map<string, number[]>();
  const negators: number[] = [];
  const numbers: number[] = [];
  tokens.forEach((t, i) => {
    if (isNegator(tokens, i)) negators.push(i);
    if (/^\d/.test(t.norm)) numbers.push(i);
    for (const v of t.variants) {
      const key = v.slice(0, KEY_LENGTH);
      const list = byKey.get(key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byKey.set(key, list);
    }
  });
  for (const [key, at] of byKey) add(INDEX.byKey.get(key) ?? [], at);
  if (negators.length) add(INDEX.neg, negators);
  if (numbers.length) add(INDEX.num, numbers);
  const out: EntryMatch[] = [];
  const entries = [...starts.keys(), ...INDEX.anywhere].sort((a, b) => a - b);
  let last = -1;
  for (const e of entries) {
    if (e === last) continue;
    last = e;
    const entry = ALL_ENTRIES[e] as CompiledEntry;
    if (INDEX.anywhere.includes(e)) out.push(...matchEntry(entry, tokens));
    else {
      const at = [...new Set(starts.get(e))].sort((a, b) => a - b);
      out.push(...matchEntry(entry, tokens, at));
    }
  }
  return out;
}
