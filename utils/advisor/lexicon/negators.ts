/** Negation words of every supported language, and idioms where a negator negates nothing. */

/** Written naturally; normalised (lower case, no diacritics) at load time. */
export const NEGATORS: readonly string[] = [
  // en
  'not',
  'no',
  'never',
  'nothing',
  'none',
  'neither',
  'nor',
  'nobody',
  'hardly',
  // pl
  'nie',
  'nigdy',
  'żaden',
  'żadna',
  'żadnej',
  'żadnego',
  'żadnych',
  'nic',
  'ani',
  // ru
  'не',
  'нет',
  'ни',
  'никогда',
  'ничего',
  'никакой',
  'никаких',
  'никакого',
  'нету',
  // uk
  'ні',
  'немає',
  'нема',
  'ніколи',
  'нічого',
  'жодного',
  'жодної',
  'жодних',
  'жодний',
  // he
  'לא',
  'אין',
  'אינו',
  'אינה',
  'אינם',
  'איננו',
  'אינני',
  'טרם',
  // de
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'keines',
  'nie',
  'niemals',
  'nichts',
  'weder',
  // fr
  'ne',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  // es
  'nunca',
  'ningún',
  'ninguna',
  'ninguno',
  'nada',
  'jamás',
  'tampoco',
];

/** Negators that also negate what *precedes* them (German verb-final clauses, Russian "претензий нет"). */
export const POSTPOSED_NEGATORS: readonly string[] = [
  'nicht',
  'nie',
  'niemals',
  'нет',
  'немає',
  'нема',
];

/**
 * A negator followed (within two words) by one of these is an idiom ("no problem", "kein Problem",
 * "нет проблем", "אין בעיה", "no worries", "pas de souci") and negates nothing else.
 */
export const IDIOM_AFTER_NEGATOR: readonly string[] = [
  'problem',
  'проблем',
  'בעיה',
  'worr',
  'rush',
  'doubt',
  'wątpliw',
  'сомнен',
  'сумнів',
  'zweifel',
  'doute',
  'duda',
  'souci',
  'stress',
  'pośpiech',
  'sprawy',
];
