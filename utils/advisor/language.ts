/**
 * A rough guess of a reply's language from its script and its most common function words, so a
 * stem from one language's lexicon does not fire on a look-alike word of another ("procès" on
 * "process"). Returns null when the text gives too little to go on.
 */
import { normalizeWord, type Token } from '@/utils/advisor/normalize';
import type { MessageLanguage } from '@/utils/templates/catalog';

const FUNCTION_WORDS: Partial<Record<MessageLanguage, readonly string[]>> = {
  en: [
    'the',
    'and',
    'we',
    'you',
    'is',
    'to',
    'of',
    'for',
    'it',
    'this',
    'will',
    'not',
    'have',
    'our',
    'your',
    'are',
    'be',
    'with',
    'on',
    'i',
    'a',
    'an',
  ],
  pl: [
    'nie',
    'się',
    'że',
    'jest',
    'na',
    'do',
    'w',
    'z',
    'i',
    'to',
    'za',
    'jak',
    'już',
    'pan',
    'pani',
    'proszę',
    'nam',
    'mamy',
    'jesteśmy',
    'o',
    'od',
    'czy',
  ],
  de: [
    'und',
    'nicht',
    'die',
    'der',
    'das',
    'wir',
    'ist',
    'sie',
    'zu',
    'mit',
    'den',
    'ein',
    'eine',
    'ich',
    'uns',
    'ihnen',
    'bitte',
    'haben',
    'noch',
    'auf',
    'für',
    'im',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'nous',
    'vous',
    'pas',
    'est',
    'et',
    'des',
    'une',
    'pour',
    'ne',
    'un',
    'du',
    'en',
    'au',
    'avons',
    'cette',
    'merci',
    'que',
    'sur',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'que',
    'no',
    'y',
    'es',
    'por',
    'para',
    'nos',
    'una',
    'un',
    'lo',
    'en',
    'hemos',
    'esta',
    'está',
    'gracias',
    'su',
    'con',
  ],
  ru: [
    'и',
    'не',
    'в',
    'на',
    'мы',
    'вы',
    'что',
    'это',
    'с',
    'по',
    'счет',
    'счёт',
    'нас',
    'вам',
    'уже',
    'еще',
    'ещё',
    'пожалуйста',
    'как',
    'за',
    'до',
    'от',
  ],
  uk: [
    'і',
    'не',
    'в',
    'у',
    'на',
    'ми',
    'ви',
    'що',
    'це',
    'з',
    'по',
    'рахунок',
    'нас',
    'вам',
    'вже',
    'ще',
    'будь',
    'ласка',
    'як',
    'за',
    'до',
    'від',
  ],
};
const WORDS = new Map(
  Object.entries(FUNCTION_WORDS).map(([lang, words]) => [
    lang as MessageLanguage,
    new Set(words.map(normalizeWord)),
  ]),
);

/** Letters that only one of Russian/Ukrainian uses. */
const UKRAINIAN_ONLY = /[іїєґ]/i;
const RUSSIAN_ONLY = /[ыэъё]/i;

export function guessLanguage(text: string, tokens: readonly Token[]): MessageLanguage | null {
  if (/[\u05D0-\u05EA]/.test(text) && !/[a-z\u0400-\u04FF]{3}/i.test(text)) return 'he';
  const cyrillic = /[\u0400-\u04FF]/.test(text);
  if (cyrillic) {
    if (UKRAINIAN_ONLY.test(text) && !RUSSIAN_ONLY.test(text)) return 'uk';
    if (RUSSIAN_ONLY.test(text) && !UKRAINIAN_ONLY.test(text)) return 'ru';
  }
  const counts = new Map<MessageLanguage, number>();
  for (const t of tokens) {
    for (const [lang, words] of WORDS)
      if (words.has(t.norm)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].filter(([lang]) =>
    cyrillic ? lang === 'ru' || lang === 'uk' : lang !== 'ru' && lang !== 'uk',
  );
  ranked.sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Two hits and a clear lead, or nothing: short replies stay unguessed.
  if (!best || best[1] < 2 || (second && second[1] * 1.5 >= best[1])) return null;
  return best[0];
}
