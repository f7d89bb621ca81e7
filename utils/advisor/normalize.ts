/**
 * Text normalisation for the reply classifier: tokens with their original spans (so evidence is
 * quoted verbatim), lower-cased, diacritics stripped (the lexicons are normalised the same way,
 * so "otrzymaliśmy" and "otrzymalismy" meet), English contractions and French elisions split,
 * Hebrew final letters unified and clitic prefixes (ו ש ה ל ב מ כ) offered as variants.
 */

export interface Token {
  /** Normalised form. */
  norm: string;
  /** Forms a lexicon stem may match: `norm`, plus Hebrew forms without clitic prefixes. */
  variants: string[];
  /** Span in the original text. */
  start: number;
  end: number;
  /** Index of the sentence and of the clause (negation never crosses a clause). */
  sentence: number;
  clause: number;
}

const HEBREW_FINALS: Record<string, string> = { ך: 'כ', ם: 'מ', ן: 'נ', ף: 'פ', ץ: 'צ' };
const HEBREW_PREFIXES = new Set(['ו', 'ש', 'ה', 'ל', 'ב', 'מ', 'כ']);
const HEBREW = /[\u05D0-\u05EA]/;

/** Normalises one word: lower case, no diacritics, ł→l, ß→ss, Hebrew finals → regular letters. */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c)
    .replace(/ё/g, 'е');
}

const EN_NOT_BASE: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' };
const EN_SUFFIX: Record<string, string> = {
  re: 'are',
  ve: 'have',
  ll: 'will',
  m: 'am',
  d: 'would',
  s: 's',
};
/** Contractions written without the apostrophe, common in quick replies. */
const EN_BARE_NOT =
  /^(do|does|did|is|was|were|are|have|has|had|could|would|should|ca|wo|must|need)nt$/;
const FR_ELISION = /^(l|d|n|j|m|t|s|c|qu|jusqu|lorsqu|puisqu)['’ʼ](.+)$/;
const APOSTROPHES = /['’ʼ`"״׳]/g;

/** Splits one raw word into normalised pieces (contractions and elisions become two tokens). */
export function splitWord(raw: string): string[] {
  const word = normalizeWord(raw);
  const notForm = /^(.+?)n['’ʼ]t$/.exec(word);
  if (notForm?.[1]) return [EN_NOT_BASE[notForm[1]] ?? notForm[1], 'not'];
  if (word === 'cannot') return ['can', 'not'];
  const bare = EN_BARE_NOT.exec(word);
  if (bare?.[1]) return [EN_NOT_BASE[bare[1]] ?? bare[1], 'not'];
  const elision = FR_ELISION.exec(word);
  if (elision?.[1] && elision[2])
    return [elision[1] === 'n' ? 'ne' : elision[1], elision[2].replace(APOSTROPHES, '')];
  const suffix = /^([a-z]+)['’ʼ](re|ve|ll|m|d|s)$/.exec(word);
  if (suffix?.[1] && suffix[2]) return [suffix[1], EN_SUFFIX[suffix[2]] ?? suffix[2]];
  return [word.replace(APOSTROPHES, '')];
}

/** Hebrew clitic prefixes peeled off one letter at a time (up to three), keeping ≥ 2 letters. */
export function hebrewVariants(norm: string): string[] {
  const variants = [norm];
  if (!HEBREW.test(norm)) return variants;
  let rest = norm;
  for (let i = 0; i < 3 && rest.length > 2 && HEBREW_PREFIXES.has(rest.charAt(0)); i++) {
    rest = rest.slice(1);
    variants.push(rest);
  }
  return variants;
}

/** Words that open a new clause: negation before them does not reach past them. */
const CLAUSE_WORDS = new Set(
  [
    'but',
    'however',
    'although',
    'though',
    'because',
    'since',
    'so',
    'and',
    'while',
    'whereas',
    'ale',
    'lecz',
    'bo',
    'poniewaz',
    'wiec',
    'oraz',
    'natomiast',
    'но',
    'потому',
    'поэтому',
    'и',
    'зато',
    'але',
    'проте',
    'бо',
    'і',
    'й',
    'а',
    'אבל',
    'אך',
    'אולמ',
    'כי',
    'למרות',
    // "aber", "doch", "jedoch" are also mid-clause particles; the comma before them splits anyway.
    'sondern',
    'weil',
    'und',
    'obwohl',
    'mais',
    'cependant',
    'pourtant',
    'car',
    'parce',
    'et',
    'puisque',
    'pero',
    'sino',
    'aunque',
    'porque',
    'y',
  ].map(normalizeWord),
);

const WORD = /[\p{L}\p{N}]+(?:['’ʼ"״׳][\p{L}\p{N}]+)*/gu;
const SENTENCE_BREAK = /[.!?\n…]/;
const CLAUSE_BREAK = /[,;:()\u2013\u2014\-–—]/;

/** Tokenises `text` into normalised tokens with sentence and clause indices. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    const gap = text.slice(last, start);
    // A sentence ends at ! ? … or a line break, or at a full stop followed by space — except the
    // dot of a date or ordinal ("am 15.12. bezahlt", "15. Januar") before a lower-case word.
    const prev = tokens[tokens.length - 1];
    const dateDot =
      !!prev && /^\d{1,4}$/.test(prev.norm) && /^\.\s+$/.test(gap) && /^\p{Ll}/u.test(m[0]);
    if (/[!?\n…]/.test(gap) || (SENTENCE_BREAK.test(gap) && /\s/.test(gap) && !dateDot)) {
      sentence++;
      clause++;
    } else if (CLAUSE_BREAK.test(gap)) clause++;
    last = start + m[0].length;
    for (const piece of splitWord(m[0])) {
      if (!piece) continue;
      if (CLAUSE_WORDS.has(piece)) {
        clause++;
        continue;
      }
      tokens.push({
        norm: piece,
        variants: hebrewVariants(piece),
        start,
        end: last,
        sentence,
        clause,
      });
    }
  }
  return tokens;
}
