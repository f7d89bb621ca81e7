/**
 * Late-payment regimes: the statutory margin over the reference rate and the fixed recovery
 * compensation tiers. These follow the statutes and change rarely; the reference rates they add
 * to are user-editable data (rates.ts).
 */
import type { MessageLanguage } from '@/utils/templates/catalog';

export const LEGAL_PRESET_IDS = [
  'eu',
  'pl',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'ru',
  'ua',
  'il',
  'none',
] as const;
export type LegalPresetId = (typeof LEGAL_PRESET_IDS)[number];

/**
 * The editable reference-rate tables (rates.ts). Several presets share one: France, Spain, Italy
 * and the Netherlands all add their margin to the ECB rate.
 */
export const RATE_TABLE_IDS = ['eu', 'pl', 'uk', 'de', 'ru'] as const;
export type RateTableId = (typeof RATE_TABLE_IDS)[number];

/**
 * How a table's rows are fixed: `half-year` rates are re-fixed on 1 January and 1 July, so a
 * row covers its half-year; `as-changed` rates (the Bank of Russia key rate) change on any day,
 * so the table vouches for nothing after its last row.
 */
export type RateFixing = 'half-year' | 'as-changed';

/** One compensation tier: applies when the debt is below (or up to) `limitMinor`. */
export interface CompensationTier {
  /** Upper bound in minor units of the threshold currency; null = no bound. */
  limitMinor: number | null;
  /** True when a debt exactly at the limit still falls in this tier. */
  limitInclusive: boolean;
  /** Compensation in minor units of the compensation currency. */
  amountMinor: number;
}

export interface LegalPreset {
  id: Exclude<LegalPresetId, 'none'>;
  /**
   * Where the rate comes from: a reference table plus `marginBp`, a fixed statutory rate
   * (`marginBp` alone, e.g. Ukraine's 3 % a year), or none (Israel: no rate is stated).
   */
  rate:
    | { kind: 'table'; table: RateTableId; fixing: RateFixing }
    | { kind: 'fixed' }
    | { kind: 'none' };
  /** Points added to the reference rate (or the fixed rate), in basis points. */
  marginBp: number;
  /** Days a formal demand must give before court (Russia: 30, ч. 5 ст. 4 АПК РФ); 0 = none. */
  minDemandDays: number;
  /** Currency the tier thresholds are stated in. */
  thresholdCurrency: string;
  /** Currency the compensation amounts are stated in. */
  compensationCurrency: string;
  tiers: readonly CompensationTier[];
}

/** Directive 2011/7/EU: reference rate + 8 points (art. 2(6)), EUR 40 per late payment (art. 6). */
const EU: LegalPreset = {
  id: 'eu',
  rate: { kind: 'table', table: 'eu', fixing: 'half-year' },
  marginBp: 800,
  minDemandDays: 0,
  thresholdCurrency: 'EUR',
  compensationCurrency: 'EUR',
  tiers: [{ limitMinor: null, limitInclusive: true, amountMinor: 4000 }],
};

/**
 * Poland, act of 8 March 2013 (ustawa o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach
 * handlowych): NBP reference rate + 10 points (art. 4 pkt 3 lit. a); compensation (art. 10):
 * EUR 40 when the debt does not exceed PLN 5,000, EUR 70 above that and below PLN 50,000,
 * EUR 100 from PLN 50,000.
 */
const PL: LegalPreset = {
  id: 'pl',
  rate: { kind: 'table', table: 'pl', fixing: 'half-year' },
  marginBp: 1000,
  minDemandDays: 0,
  thresholdCurrency: 'PLN',
  compensationCurrency: 'EUR',
  tiers: [
    { limitMinor: 5_000_00, limitInclusive: true, amountMinor: 4000 },
    { limitMinor: 50_000_00, limitInclusive: false, amountMinor: 7000 },
    { limitMinor: null, limitInclusive: true, amountMinor: 10000 },
  ],
};

/**
 * UK, Late Payment of Commercial Debts (Interest) Act 1998: Bank of England base rate + 8%;
 * fixed sum (s. 5A): GBP 40 below GBP 1,000, GBP 70 below GBP 10,000, GBP 100 from GBP 10,000.
 */
const UK: LegalPreset = {
  id: 'uk',
  rate: { kind: 'table', table: 'uk', fixing: 'half-year' },
  marginBp: 800,
  minDemandDays: 0,
  thresholdCurrency: 'GBP',
  compensationCurrency: 'GBP',
  tiers: [
    { limitMinor: 1_000_00, limitInclusive: false, amountMinor: 4000 },
    { limitMinor: 10_000_00, limitInclusive: false, amountMinor: 7000 },
    { limitMinor: null, limitInclusive: true, amountMinor: 10000 },
  ],
};

const EUR_40: readonly CompensationTier[] = [
  { limitMinor: null, limitInclusive: true, amountMinor: 4000 },
];

/** An ECB-based national preset (the four countries below differ only in margin and statute). */
const ecbPreset = (id: 'fr' | 'es' | 'it' | 'nl', marginBp: number): LegalPreset => ({
  id,
  rate: { kind: 'table', table: 'eu', fixing: 'half-year' },
  marginBp,
  minDemandDays: 0,
  thresholdCurrency: 'EUR',
  compensationCurrency: 'EUR',
  tiers: EUR_40,
});

/**
 * Germany. § 288 Abs. 2 BGB: "Bei Rechtsgeschäften, an denen ein Verbraucher nicht beteiligt
 * ist, beträgt der Zinssatz für Entgeltforderungen neun Prozentpunkte über dem Basiszinssatz."
 * § 288 Abs. 5 BGB: Pauschale in Höhe von 40 Euro. The Basiszinssatz (§ 247 BGB) is fixed by the
 * Bundesbank on 1 January and 1 July (table `de` in rates.ts).
 */
const DE: LegalPreset = {
  id: 'de',
  rate: { kind: 'table', table: 'de', fixing: 'half-year' },
  marginBp: 900,
  minDemandDays: 0,
  thresholdCurrency: 'EUR',
  compensationCurrency: 'EUR',
  tiers: EUR_40,
};

/**
 * France. Art. L. 441-10 du Code de commerce: taux de la BCE à son opération de refinancement
 * la plus récente majoré de 10 points; indemnité forfaitaire pour frais de recouvrement fixée à
 * 40 euros par l'art. D. 441-5 (décret n° 2012-1115 du 2 octobre 2012).
 */
const FR = ecbPreset('fr', 1000);

/**
 * Spain. Ley 3/2004, de 29 de diciembre, art. 7.2: tipo del BCE en su más reciente operación
 * principal de financiación antes del semestre, más ocho puntos (the Secretaría General del
 * Tesoro publishes it in the BOE each half-year); art. 8: 40 euros por costes de cobro.
 */
const ES = ecbPreset('es', 800);

/**
 * Italy. D.Lgs. 9 ottobre 2002, n. 231 (as amended by D.Lgs. 192/2012): art. 5, saggio BCE
 * maggiorato di otto punti percentuali, fixed per semester; art. 6, c. 2, importo forfettario di
 * 40 euro.
 */
const IT = ecbPreset('it', 800);

/**
 * Netherlands. Art. 6:119a BW (wettelijke handelsrente) with art. 6:120 lid 2 BW: ECB
 * herfinancieringsrente per 1 januari / 1 juli plus acht procentpunten; art. 6:96 lid 4 BW:
 * vergoeding voor invorderingskosten van ten minste 40 euro.
 */
const NL = ecbPreset('nl', 800);

/**
 * Russia. Ст. 395 ГК РФ: проценты на сумму долга определяются ключевой ставкой Банка России,
 * действовавшей в соответствующие периоды (table `ru`, rows on the days the rate changed); no
 * fixed compensation. Ч. 5 ст. 4 АПК РФ: a dispute goes to the arbitrazh court only 30 calendar
 * days after the claim (претензия) was sent, so a demand gives at least 30 days.
 */
const RU: LegalPreset = {
  id: 'ru',
  rate: { kind: 'table', table: 'ru', fixing: 'as-changed' },
  marginBp: 0,
  minDemandDays: 30,
  thresholdCurrency: 'RUB',
  compensationCurrency: 'RUB',
  tiers: [],
};

/**
 * Ukraine. Ст. 625 ч. 2 ЦК України: боржник сплачує суму боргу з урахуванням встановленого
 * індексу інфляції за весь час прострочення, а також три проценти річних, якщо інший розмір
 * процентів не встановлений договором або законом. The 3 % is computed; inflation losses need the
 * official CPI and are claimed without a figure (the letter says so).
 */
const UA: LegalPreset = {
  id: 'ua',
  rate: { kind: 'fixed' },
  marginBp: 300,
  minDemandDays: 0,
  thresholdCurrency: 'UAH',
  compensationCurrency: 'UAH',
  tiers: [],
};

/**
 * Israel. No late-payment statute fixes a rate for a freelancer's invoice, so no rate is stated:
 * the demand asks for payment "בצירוף הפרשי הצמדה וריבית כחוק" (linkage differentials and
 * interest as the law allows — חוק פסיקת ריבית והצמדה, התשכ"א-1961), and nothing is computed.
 */
const IL: LegalPreset = {
  id: 'il',
  rate: { kind: 'none' },
  marginBp: 0,
  minDemandDays: 0,
  thresholdCurrency: 'ILS',
  compensationCurrency: 'ILS',
  tiers: [],
};

export const LEGAL_PRESETS: Record<Exclude<LegalPresetId, 'none'>, LegalPreset> = {
  eu: EU,
  pl: PL,
  uk: UK,
  de: DE,
  fr: FR,
  es: ES,
  it: IT,
  nl: NL,
  ru: RU,
  ua: UA,
  il: IL,
};

/** The statute as cited in every language (a citation reads the same everywhere). */
export const LEGAL_CITATION: Record<Exclude<LegalPresetId, 'none'>, string> = {
  eu: 'Directive 2011/7/EU',
  pl: 'ustawa z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych',
  uk: 'Late Payment of Commercial Debts (Interest) Act 1998',
  de: '§ 288 Abs. 2 und 5 BGB',
  fr: 'art. L. 441-10 et D. 441-5 du Code de commerce',
  es: 'Ley 3/2004, de 29 de diciembre',
  it: 'D.Lgs. 9 ottobre 2002, n. 231',
  nl: 'art. 6:119a en 6:96 lid 4 BW',
  ru: 'ст. 395 ГК РФ',
  ua: 'ст. 625 ЦК України',
  il: 'חוק פסיקת ריבית והצמדה, התשכ"א-1961',
};

type Basis = Partial<Record<MessageLanguage, string>>;

/** Native wording where the statute is usually named in that language; the citation elsewhere. */
const BASIS_WORDS: Record<Exclude<LegalPresetId, 'none'>, Basis> = {
  eu: {
    en: 'Directive 2011/7/EU on combating late payment in commercial transactions',
    pl: 'dyrektywa 2011/7/UE w sprawie zwalczania opóźnień w płatnościach w transakcjach handlowych',
    ru: 'Директива 2011/7/ЕС о борьбе с просрочкой платежей в коммерческих сделках',
    uk: 'Директива 2011/7/ЄС про боротьбу з простроченням платежів у комерційних операціях',
    he: 'הנחיה 2011/7/EU של האיחוד האירופי בדבר מאבק באיחורים בתשלום בעסקאות מסחריות',
    de: 'Richtlinie 2011/7/EU zur Bekämpfung von Zahlungsverzug im Geschäftsverkehr',
    fr: 'directive 2011/7/UE concernant la lutte contre le retard de paiement dans les transactions commerciales',
    es: 'Directiva 2011/7/UE por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales',
  },
  pl: {
    en: 'the Polish Act of 8 March 2013 on counteracting excessive delays in commercial transactions',
    pl: 'ustawa z dnia 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych',
    ru: 'Закон Польши от 8 марта 2013 г. о противодействии чрезмерным задержкам в коммерческих сделках',
    uk: 'Закон Польщі від 8 березня 2013 р. про протидію надмірним затримкам у комерційних операціях',
    he: 'החוק הפולני מיום 8 במרץ 2013 בדבר מניעת עיכובים מופרזים בעסקאות מסחריות',
    de: 'polnisches Gesetz vom 8. März 2013 über die Bekämpfung übermäßiger Verzögerungen im Geschäftsverkehr',
    fr: 'loi polonaise du 8 mars 2013 relative à la lutte contre les retards excessifs dans les transactions commerciales',
    es: 'Ley polaca de 8 de marzo de 2013 sobre la lucha contra los retrasos excesivos en las operaciones comerciales',
  },
  uk: {
    en: 'the Late Payment of Commercial Debts (Interest) Act 1998',
    pl: 'brytyjska ustawa Late Payment of Commercial Debts (Interest) Act 1998',
    ru: 'Закон Великобритании Late Payment of Commercial Debts (Interest) Act 1998',
    uk: 'Закон Великої Британії Late Payment of Commercial Debts (Interest) Act 1998',
    he: 'החוק הבריטי Late Payment of Commercial Debts (Interest) Act 1998',
    de: 'britisches Gesetz Late Payment of Commercial Debts (Interest) Act 1998',
    fr: 'loi britannique Late Payment of Commercial Debts (Interest) Act 1998',
    es: 'Ley británica Late Payment of Commercial Debts (Interest) Act 1998',
  },
  de: {
    en: 'section 288(2) and (5) of the German Civil Code (BGB)',
    de: '§ 288 Abs. 2 und 5 BGB',
  },
  fr: {
    en: 'Articles L. 441-10 and D. 441-5 of the French Commercial Code',
    fr: 'articles L. 441-10 et D. 441-5 du Code de commerce',
  },
  es: {
    en: 'Spanish Law 3/2004 of 29 December on combating late payment in commercial transactions',
    es: 'Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales',
  },
  it: {
    en: 'Italian Legislative Decree No. 231 of 9 October 2002',
  },
  nl: {
    en: 'Articles 6:119a and 6:96(4) of the Dutch Civil Code (BW)',
  },
  ru: {
    en: 'Article 395 of the Civil Code of the Russian Federation',
    ru: 'ст. 395 Гражданского кодекса Российской Федерации',
    uk: 'ст. 395 Цивільного кодексу Російської Федерації',
  },
  ua: {
    en: 'Article 625 of the Civil Code of Ukraine',
    uk: 'ч. 2 ст. 625 Цивільного кодексу України',
    ru: 'ч. 2 ст. 625 Гражданского кодекса Украины',
  },
  il: {
    en: 'the Israeli Adjudication of Interest and Linkage Law, 5721-1961',
    he: 'חוק פסיקת ריבית והצמדה, התשכ"א-1961',
  },
};

/** The statute's name in each message language, for the `legalBasis` placeholder. */
export function legalBasis(preset: Exclude<LegalPresetId, 'none'>, lang: MessageLanguage): string {
  return BASIS_WORDS[preset][lang] ?? LEGAL_CITATION[preset];
}

/**
 * What the law adds that no table can compute, stated without a figure: Ukraine's inflation
 * losses, Israel's linkage differentials and interest. Empty for the other presets.
 */
const UNCOMPUTED: Partial<Record<Exclude<LegalPresetId, 'none'>, Record<MessageLanguage, string>>> =
  {
    ua: {
      en: 'inflation losses for the whole period of delay, by the official consumer price index',
      pl: 'straty inflacyjne za cały okres opóźnienia według oficjalnego wskaźnika inflacji',
      ru: 'инфляционные потери за весь период просрочки по официальному индексу инфляции',
      uk: 'інфляційні втрати за весь час прострочення за офіційним індексом інфляції',
      he: 'הפסדי אינפלציה לכל תקופת האיחור לפי מדד המחירים לצרכן הרשמי',
      de: 'Inflationsverluste für die gesamte Verzugsdauer nach dem amtlichen Verbraucherpreisindex',
      fr: "les pertes dues à l'inflation pour toute la durée du retard, selon l'indice officiel des prix",
      es: 'las pérdidas por inflación durante todo el retraso, según el índice oficial de precios',
    },
    il: {
      en: 'linkage differentials and interest as provided by law',
      pl: 'różnice indeksacyjne i odsetki przewidziane prawem',
      ru: 'разницы индексации и проценты в соответствии с законом',
      uk: 'різниці індексації та відсотки відповідно до закону',
      he: 'הפרשי הצמדה וריבית כחוק',
      de: 'Indexierungsdifferenzen und Zinsen nach dem Gesetz',
      fr: "les différences d'indexation et les intérêts prévus par la loi",
      es: 'las diferencias de indexación y los intereses previstos por la ley',
    },
  };

export function uncomputedAddition(
  preset: Exclude<LegalPresetId, 'none'>,
  lang: MessageLanguage,
): string {
  return UNCOMPUTED[preset]?.[lang] ?? '';
}

/** The interest's name when the law of the letter's own language names it; else a plain term. */
const INTEREST_TERM: Partial<
  Record<Exclude<LegalPresetId, 'none'>, Partial<Record<MessageLanguage, string>>>
> = {
  pl: { pl: 'odsetki ustawowe za opóźnienie w transakcjach handlowych' },
  de: { de: 'Verzugszinsen' },
  fr: { fr: 'pénalités de retard' },
  es: { es: 'intereses de demora' },
  ru: { ru: 'проценты за пользование чужими денежными средствами' },
  ua: { uk: 'три проценти річних', ru: 'три процента годовых' },
};

const GENERIC_INTEREST: Record<MessageLanguage, string> = {
  en: 'statutory interest for late payment',
  pl: 'odsetki za opóźnienie',
  ru: 'проценты за просрочку платежа',
  uk: 'проценти за прострочення платежу',
  he: 'ריבית פיגורים',
  de: 'Verzugszinsen',
  fr: 'intérêts de retard',
  es: 'intereses de demora',
};

/** "odsetki ustawowe za opóźnienie w transakcjach handlowych", "Verzugszinsen", … */
export function interestTerm(
  preset: Exclude<LegalPresetId, 'none'>,
  lang: MessageLanguage,
): string {
  return INTEREST_TERM[preset]?.[lang] ?? GENERIC_INTEREST[lang];
}
