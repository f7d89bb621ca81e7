/**
 * Clause-by-clause reading of a reply for the learned layer: splits the client's words into
 * clauses at punctuation and connectives, and says what each clause does in the sentence and
 * which of its words a negation covers. "We paid the deposit, but the kitchen isn't fitted": the
 * first clause is conceded, the second carries the point. "Not because of cash": "cash" is
 * negated. "We never ordered the licences, so we won't pay": the refusal is a consequence.
 */
import { isNegator } from '@/utils/advisor/lexicon/compile';
import { normalizeWord, readExtent, tokenize, type Token } from '@/utils/advisor/normalize';

/**
 * - `plain`: no connective around it;
 * - `conceded`: followed by a contrast ("X, but Y": X);
 * - `contrast`: opened by a contrast ("X, but Y": Y), the point the writer makes;
 * - `consequence`: opened by "so", "therefore" (what follows from the previous clause);
 * - `cause`: opened by "because", "since" (the reason given).
 */
export type ClauseRole = 'plain' | 'conceded' | 'contrast' | 'consequence' | 'cause';

export interface Clause {
  role: ClauseRole;
  /** Tokens of the clause (offsets are in the whole text). */
  tokens: Token[];
  /** Per token: whether a negation covers it. */
  negated: boolean[];
}

const CONTRAST = new Set(
  [
    'but',
    'however',
    'yet',
    'although',
    'though',
    'ale',
    'lecz',
    'jednak',
    'natomiast',
    'tylko',
    'но',
    'однако',
    'зато',
    'хотя',
    'але',
    'проте',
    'однак',
    'хоча',
    'אבל',
    'אך',
    'אולם',
    'למרות',
    'aber',
    'jedoch',
    'allerdings',
    'sondern',
    'obwohl',
    'mais',
    'cependant',
    'pourtant',
    'toutefois',
    'pero',
    'sino',
    'aunque',
    'embargo',
  ].map(normalizeWord),
);
const CONSEQUENCE = new Set(
  [
    'so',
    'therefore',
    'hence',
    'thus',
    'wiec',
    'dlatego',
    'zatem',
    'поэтому',
    'отже',
    'לכן',
    'daher',
    'deshalb',
    'deswegen',
    'donc',
    'consequent',
    'tanto',
  ].map(normalizeWord),
);
const CAUSE = new Set(
  [
    'because',
    'since',
    'bo',
    'poniewaz',
    'gdyz',
    'потому',
    'поскольку',
    'бо',
    'оскільки',
    'כי',
    'מכיוון',
    'weil',
    'denn',
    'car',
    'parce',
    'puisque',
    'porque',
  ].map(normalizeWord),
);

/** A negation reaches this many words after it, within the clause. */
const NEGATION_REACH = 4;
const BREAK = /[.!?;:,()\n\u2013\u2014…]|\s-\s/;
const WORD = /[\p{L}\p{N}]+(?:['’ʼ"״׳][\p{L}\p{N}]+)*/gu;

/** The role a connective word gives the clause it opens, or null. */
function connective(word: string): ClauseRole | null {
  // Connectives are short; skipping long words spares normalising every word of a long letter.
  if (word.length > 10) return null;
  let role = roles.get(word);
  if (role === undefined) {
    const w = normalizeWord(word);
    role = CONTRAST.has(w)
      ? 'contrast'
      : CONSEQUENCE.has(w)
        ? 'consequence'
        : CAUSE.has(w)
          ? 'cause'
          : null;
    if (roles.size >= 4096) roles.clear();
    roles.set(word, role);
  }
  return role;
}
/** Short words already looked up (a long reply repeats them). */
const roles = new Map<string, ClauseRole | null>();

interface Span {
  start: number;
  end: number;
  role: ClauseRole;
}

/** Splits `text` into clause spans: at punctuation and before connectives. */
function spans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let role: ClauseRole = 'plain';
  let last = 0;
  const close = (end: number, next: ClauseRole) => {
    if (/\p{L}/u.test(text.slice(start, end))) out.push({ start, end, role });
    else if (next === 'plain') next = role;
    start = end;
    role = next;
  };
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    if (BREAK.test(text.slice(last, at))) close(at, 'plain');
    const c = connective(m[0]);
    // Hebrew writes "but" as a prefix-free word, others as separate words; a connective opens a
    // clause only at its head (the first word after a break) or after a comma-less run.
    if (c) close(at, c);
    last = at + m[0].length;
  }
  close(text.length, 'plain');
  // "X, but Y": X is conceded.
  for (let i = 0; i + 1 < out.length; i++) {
    const here = out[i] as Span;
    if ((out[i + 1] as Span).role === 'contrast' && here.role === 'plain') here.role = 'conceded';
  }
  return out;
}

/** Reads `text` clause by clause (the caller masks quoted text first). */
export function readClauses(text: string): Clause[] {
  let carry = false;
  const all = tokenize(text);
  let next = 0;
  // Clauses as far as the words are read (a long reply is read up to MAX_TOKENS words).
  return spans(text.slice(0, readExtent(text, all))).map(({ start, end, role }) => {
    // One tokenisation of the whole text, shared out by offset.
    const tokens: Token[] = [];
    while (next < all.length && (all[next] as Token).start < end) {
      const t = all[next++] as Token;
      if (t.start >= start) tokens.push(t);
    }
    // "Not because of cash": a negation ending a clause reaches into the cause it introduces.
    const negated = tokens.map((_, i) => carry && role === 'cause' && i < NEGATION_REACH);
    carry = tokens.length > 0 && isNegator(tokens, tokens.length - 1);
    tokens.forEach((_, i) => {
      if (!isNegator(tokens, i)) return;
      for (let k = i + 1; k <= i + NEGATION_REACH && k < tokens.length; k++) negated[k] = true;
    });
    return { role, tokens, negated };
  });
}
