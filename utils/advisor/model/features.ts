/**
 * Features of a reply for the learned layer, hashed into a fixed number of buckets (so the weight
 * table has a fixed size whatever the vocabulary): words and word pairs per clause, marked by the
 * clause's role and by negation; character 4-grams of each word (inflected forms of Polish,
 * Russian, Ukrainian and Hebrew words share them); and the lexicon's per-reason scores, so the
 * hand-written phrases stay precise evidence that the model learns how far to trust.
 */
import { readClauses, type ClauseRole } from '@/utils/advisor/clauses';
import type { ReasonScore } from '@/utils/advisor/classify';
import { maskQuoted } from '@/utils/advisor/normalize';

/** Sparse vector: bucket indices (sorted, unique) and their values. */
export interface Features {
  index: number[];
  value: number[];
}

const ROLE_MARK: Record<ClauseRole, string> = {
  plain: '',
  conceded: 'c',
  contrast: 'k',
  consequence: 's',
  cause: 'b',
};

/** FNV-1a, 32 bits: stable across runs and platforms. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The feature names of a reply (for tests and for the "why" view); `lexicon` from scoreReply. */
export function featureNames(text: string, lexicon: readonly ReasonScore[]): string[] {
  const names: string[] = [];
  const masked = maskQuoted(text);
  let words = 0;
  for (const clause of readClauses(masked)) {
    const role = ROLE_MARK[clause.role];
    let prev = '';
    clause.tokens.forEach((t, i) => {
      words++;
      const w = clause.negated[i] ? `!${t.norm}` : t.norm;
      names.push(`w:${w}`);
      if (role) names.push(`${role}:${w}`);
      if (prev) names.push(`p:${prev} ${w}`);
      prev = w;
      if (t.norm.length >= 4 && !/^\d+$/.test(t.norm)) {
        const padded = `^${t.norm}$`;
        for (let k = 0; k + 4 <= padded.length; k++) names.push(`g:${padded.slice(k, k + 4)}`);
      }
    });
  }
  names.push(`len:${words < 8 ? 's' : words < 40 ? 'm' : 'l'}`);
  for (const s of lexicon) {
    if (s.score <= 0) continue;
    names.push(`L:${s.reason}`);
    if (s.score >= 3) names.push(`L3:${s.reason}`);
  }
  const top = lexicon[0];
  if (top && top.score >= 1.5) names.push(`T:${top.reason}`);
  return names;
}

/** Hashes names into `buckets` (a power of two): text features binary with a unit norm, lexicon ones 1. */
export function vectorize(names: readonly string[], buckets: number): Features {
  const text = new Map<number, number>();
  const lex = new Map<number, number>();
  let n = 0;
  for (const name of names) {
    const i = hash(name) & (buckets - 1);
    if (name.startsWith('L') || name.startsWith('T:')) lex.set(i, 1);
    else {
      n++;
      text.set(i, Math.min((text.get(i) ?? 0) + 1, 3));
    }
  }
  const norm = n > 0 ? 1 / Math.sqrt(n) : 0;
  const index = [...new Set([...text.keys(), ...lex.keys()])].sort((a, b) => a - b);
  const value = index.map((i) => (text.get(i) ?? 0) * norm + (lex.get(i) ?? 0));
  return { index, value };
}
