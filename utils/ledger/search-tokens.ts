/**
 * The words a client is found by. A client's name is folded (case, diacritics, letters that do
 * not decompose such as "ł" and "ß", Hebrew final forms) and split into words; each word starts
 * one token that runs to the end of the name ("harbor finch inc", "finch inc", "inc"). Stored in
 * the multi-entry `searchTokens` index, a query folded the same way is one prefix range: "finch"
 * and "finch in" find "Harbor & Finch Inc.", "lodz" finds "Łódź Sp. z o.o.".
 */

/** Letters that NFKD leaves whole, folded to what people type without them. */
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  // Hebrew final forms are the same letters as their medial forms.
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** At most this many tokens per name, each at most this long: the index stays small. */
const MAX_WORDS = 12;
const MAX_TOKEN = 64;

/** Lower-cased, without diacritics, split into words. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .split(SEPARATORS)
    .filter(Boolean);
}

/** The index entries of a client's name: one per word, from that word to the end of the name. */
export function clientSearchTokens(name: string): string[] {
  const words = searchWords(name).slice(0, MAX_WORDS);
  const tokens = words.map((_, i) => words.slice(i).join(' ').slice(0, MAX_TOKEN));
  return [...new Set(tokens)];
}

/** The prefix a query is looked up by in `searchTokens` ('' when it has no letters or digits). */
export function searchPrefix(query: string): string {
  return searchWords(query).join(' ').slice(0, MAX_TOKEN);
}
