/** Every language's lexicon, compiled once. */
import { compileLexicon, type CompiledEntry } from '@/utils/advisor/lexicon/compile';
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

export const ALL_ENTRIES: readonly CompiledEntry[] = Object.entries(LEXICONS).flatMap(
  ([lang, lexicon]) => compileLexicon(lang, lexicon),
);
