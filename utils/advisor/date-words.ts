/**
 * Calendar words in the eight message languages, as stems matched against normalised tokens
 * (`$` = whole word). Used to read promised payment dates out of replies.
 */

/** Month stems, index 0 = January. "may" is only a month next to a day number (see AMBIGUOUS). */
export const MONTHS: readonly string[][] = [
  ['january', 'jan$', 'stycz', 'январ', 'січ', 'ינואר$', 'januar', 'jänner', 'janvier', 'enero'],
  ['february', 'feb$', 'lut', 'феврал', 'лют', 'פברואר$', 'februar', 'février', 'febrero'],
  ['march', 'mar$', 'marz', 'marc', 'март', 'берез', 'מרץ$', 'märz', 'mars$', 'marzo'],
  ['april', 'apr$', 'kwie', 'апрел', 'квіт', 'אפריל$', 'avril', 'abril'],
  ['may$', 'maj$', 'maja$', 'maju$', 'мая$', 'май$', 'мае$', 'трав', 'מאי$', 'mai$', 'mayo'],
  ['june', 'jun$', 'czerw', 'июн', 'черв', 'יוני$', 'juni$', 'juin$', 'junio'],
  [
    'july',
    'jul$',
    'lipiec$',
    'lipca$',
    'lipcu$',
    'июл',
    'липень$',
    'липня$',
    'липні$',
    'יולי$',
    'juli$',
    'juillet',
    'julio',
  ],
  ['august', 'aug$', 'sierp', 'август', 'серп', 'אוגוסט$', 'août', 'agosto'],
  [
    'september',
    'sep$',
    'sept$',
    'wrze',
    'сентябр',
    'верес',
    'ספטמבר$',
    'septembre',
    'septiembre',
    'setiembre',
  ],
  [
    'october',
    'oct$',
    'paźdz',
    'октябр',
    'жовт',
    'אוקטובר$',
    'oktober',
    'okt$',
    'octobre',
    'octubre',
  ],
  ['november', 'nov$', 'listopad', 'ноябр', 'листопад', 'נובמבר$', 'novembre', 'noviembre'],
  [
    'december',
    'dec$',
    'grud',
    'декабр',
    'груд',
    'דצמבר$',
    'dezember',
    'dez$',
    'décembre',
    'diciembre',
  ],
];

/** Month words that are also ordinary words; they count only next to a day number. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'mar', 'jan', 'sep', 'mai'];

/** Weekday stems, index 0 = Monday. */
export const WEEKDAYS: readonly string[][] = [
  ['monday', 'poniedzia', 'понедельник', 'понеділ', 'montag', 'lundi', 'lunes'],
  ['tuesday', 'wtor', 'вторник', 'вівтор', 'dienstag', 'mardi', 'martes'],
  [
    'wednesday',
    'środ',
    'среду$',
    'среда$',
    'середу$',
    'середа$',
    'mittwoch',
    'mercredi',
    'miércoles',
  ],
  ['thursday', 'czwart', 'четверг', 'четвер$', 'четверга$', 'donnerstag', 'jeudi', 'jueves'],
  ['friday', 'piąt', 'пятниц', 'пятниц', 'freitag', 'vendredi', 'viernes'],
  ['saturday', 'sobot', 'суббот', 'субот', 'שבת$', 'samstag', 'sonnabend', 'samedi', 'sábado'],
  ['sunday', 'niedziel', 'воскресен', 'неділ', 'sonntag', 'dimanche', 'domingo'],
];

/** Hebrew weekdays are "יום" + ordinal: ראשון (Sunday) … שישי (Friday). Index 0 = Monday. */
export const HEBREW_WEEKDAY_ORDINALS: readonly string[] = [
  'שני',
  'שלישי',
  'רביעי',
  'חמישי',
  'שישי',
  '',
  'ראשון',
];
export const HEBREW_DAY = 'יום';

export const TODAY: readonly string[] = [
  'today',
  'dziś',
  'dzisiaj',
  'сегодня',
  'сьогодні',
  'היום$',
  'heute',
  'aujourdhui',
  'hoy$',
];
export const TOMORROW: readonly string[] = [
  'tomorrow',
  'jutro',
  'завтра',
  'מחר$',
  'morgen$',
  'demain',
  'mañana',
];
export const DAY_AFTER_TOMORROW: readonly string[] = [
  'pojutrze',
  'послезавтра',
  'післязавтра',
  'מחרתיים',
  'übermorgen',
];

export const DAY_UNITS: readonly string[] = [
  'day',
  'dni$',
  'dnia$',
  'dzień',
  'дн',
  'день',
  'ימים$',
  'יום$',
  'tag',
  'jour',
  'día',
  'dia$',
  'dias$',
];
export const WEEK_UNITS: readonly string[] = [
  'week',
  'tydzień',
  'tygod',
  'недел',
  'тижд',
  'тижн',
  'тиждень',
  'שבוע',
  'woche',
  'semaine',
  'semana',
];
export const TWO_WEEKS: readonly string[] = ['שבועיים$'];
export const TWO_DAYS: readonly string[] = ['יומיים$'];
export const MONTH_UNITS: readonly string[] = [
  'month',
  'miesi',
  'месяц',
  'місяц',
  'חודש',
  'monat',
  'mois$',
  'mes$',
];

/** "in / within / za / через / בעוד / innerhalb / dans / en": the amount is counted from today. */
export const FUTURE_MARKERS: readonly string[] = [
  'in$',
  'within',
  'za$',
  'ciągu',
  'через',
  'течение',
  'протягом',
  'בעוד$',
  'תוך$',
  'innerhalb',
  'binnen',
  'dans$',
  'sous$',
  'en$',
  'dentro',
];

/** "next" in "next week / next month". */
export const NEXT: readonly string[] = [
  'next',
  'przyszł',
  'następn',
  'следующ',
  'наступн',
  'הבא$',
  'הבאה$',
  'nächst',
  'kommend',
  'prochain',
  'próxim',
  'viene$',
];
/** "end" in "end of the week / month". */
export const END: readonly string[] = [
  'end$',
  'koniec',
  'końca',
  'конца',
  'конец',
  'кінця',
  'кінець',
  'סוף$',
  'ende$',
  'fin$',
  'final$',
  'finales$',
];
/** "beginning / early" and "middle" qualifiers of a month. */
export const EARLY: readonly string[] = [
  'early',
  'beginning',
  'początk',
  'начал',
  'почат',
  'תחילת$',
  'anfang',
  'début',
  'principio',
];
export const MIDDLE: readonly string[] = [
  'mid',
  'middle',
  'połow',
  'середин',
  'אמצע$',
  'mitte',
  'milieu',
  'mediados',
  'mitad',
];

/** Small number words for "in two weeks", "за два дня". */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  a: 1,
  an: 1,
  jeden: 1,
  dwa: 2,
  dwóch: 2,
  trzy: 3,
  cztery: 4,
  один: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  одного: 1,
  дві: 2,
  чотири: 4,
  ein: 1,
  eine: 1,
  einer: 1,
  zwei: 2,
  drei: 3,
  vier: 4,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  uno: 1,
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
};

/** Words of paying: a date near them is more likely the promised one. */
export const PAY_WORDS: readonly string[] = [
  'pay',
  'paid',
  'settl',
  'transfer',
  'wire',
  'remit',
  'zapłac',
  'opłac',
  'płac',
  'przelew',
  'przeleje',
  'uregul',
  'оплат',
  'заплат',
  'перевед',
  'перечисл',
  'платеж',
  'сплат',
  'переказ',
  'платіж',
  'שלמ',
  'תשלומ',
  'העבר',
  'ישולמ',
  'zahl',
  'überweis',
  'beglich',
  'begleich',
  'pai',
  'payer',
  'régl',
  'regl',
  'vir',
  'vers',
  'pag',
  'abon',
  'transferencia',
];
