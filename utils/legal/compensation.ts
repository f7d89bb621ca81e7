/**
 * Fixed recovery compensation: pick the tier by the size of the debt (converted into the
 * threshold currency when needed) and state the amount in the debt's currency when a conversion
 * rate is known. Only EUR↔PLN has a user-set rate; other pairs stay in the statute's currency.
 */
import type { Money } from '@/utils/money';
import { convertMinor, divRoundHalfUp, parseScaledDecimal } from '@/utils/legal/money-math';
import type { CompensationTier, LegalPreset } from '@/utils/legal/presets';

export interface CompensationResult {
  /** The compensation, in the debt currency when converted, else in the statute's currency. */
  amount: Money;
  /** The statute's own figure (e.g. EUR 40) before conversion. */
  statutory: Money;
  /** The debt expressed in the threshold currency, as used to choose the tier. */
  debtInThresholdCurrency: Money | null;
  tierIndex: number;
}

/** Converts between EUR and PLN at `plnPerEur`; same currency passes through; else null. */
export function convertEurPln(
  amountMinor: number,
  from: string,
  to: string,
  plnPerEur: string,
): number | null {
  if (from === to) return amountMinor;
  if (from === 'EUR' && to === 'PLN') return convertMinor(amountMinor, 'EUR', 'PLN', plnPerEur);
  if (from === 'PLN' && to === 'EUR') {
    const rate = parseScaledDecimal(plnPerEur, 8);
    if (rate === null || rate === 0n) return null;
    return Number(divRoundHalfUp(BigInt(amountMinor) * 10n ** 8n, rate));
  }
  return null;
}

function tierFor(tiers: readonly CompensationTier[], debtMinor: number | null): number | null {
  if (tiers.length === 1) return 0;
  if (debtMinor === null) return null;
  const index = tiers.findIndex(
    (t) =>
      t.limitMinor === null ||
      debtMinor < t.limitMinor ||
      (t.limitInclusive && debtMinor === t.limitMinor),
  );
  return index >= 0 ? index : null;
}

/**
 * Compensation for one late invoice of `debt`. Null when the tier cannot be chosen because the
 * debt is in a currency that cannot be converted into the threshold currency.
 */
export function computeCompensation(
  preset: LegalPreset,
  debt: Money,
  plnPerEur: string,
): CompensationResult | null {
  const debtInThreshold = convertEurPln(
    debt.amountMinor,
    debt.currency,
    preset.thresholdCurrency,
    plnPerEur,
  );
  const tierIndex = tierFor(preset.tiers, debtInThreshold);
  const tier = tierIndex === null ? undefined : preset.tiers[tierIndex];
  if (tierIndex === null || !tier) return null;
  const statutory: Money = { amountMinor: tier.amountMinor, currency: preset.compensationCurrency };
  const converted = convertEurPln(
    tier.amountMinor,
    preset.compensationCurrency,
    debt.currency,
    plnPerEur,
  );
  return {
    amount: converted === null ? statutory : { amountMinor: converted, currency: debt.currency },
    statutory,
    debtInThresholdCurrency:
      debtInThreshold === null
        ? null
        : { amountMinor: debtInThreshold, currency: preset.thresholdCurrency },
    tierIndex,
  };
}
