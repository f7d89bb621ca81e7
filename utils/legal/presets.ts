/**
 * Late-payment regimes: the statutory margin over the reference rate and the fixed recovery
 * compensation tiers. These follow the statutes and change rarely; the reference rates they add
 * to are user-editable data (rates.ts).
 */
import type { MessageLanguage } from '@/utils/templates/catalog';

export const LEGAL_PRESET_IDS = ['eu', 'pl', 'uk', 'none'] as const;
export type LegalPresetId = (typeof LEGAL_PRESET_IDS)[number];

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
  /** Points added to the reference rate, in basis points. */
  marginBp: number;
  /** Currency the tier thresholds are stated in. */
  thresholdCurrency: string;
  /** Currency the compensation amounts are stated in. */
  compensationCurrency: string;
  tiers: readonly CompensationTier[];
}

/** Directive 2011/7/EU: reference rate + 8 points (art. 2(6)), EUR 40 per late payment (art. 6). */
const EU: LegalPreset = {
  id: 'eu',
  marginBp: 800,
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
  marginBp: 1000,
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
  marginBp: 800,
  thresholdCurrency: 'GBP',
  compensationCurrency: 'GBP',
  tiers: [
    { limitMinor: 1_000_00, limitInclusive: false, amountMinor: 4000 },
    { limitMinor: 10_000_00, limitInclusive: false, amountMinor: 7000 },
    { limitMinor: null, limitInclusive: true, amountMinor: 10000 },
  ],
};

export const LEGAL_PRESETS: Record<Exclude<LegalPresetId, 'none'>, LegalPreset> = {
  eu: EU,
  pl: PL,
  uk: UK,
};

/** The statute's name in each message language, for the `legalBasis` placeholder. */
export const LEGAL_BASIS: Record<
  Exclude<LegalPresetId, 'none'>,
  Record<MessageLanguage, string>
> = {
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
};
