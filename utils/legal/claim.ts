/**
 * The legal side of a formal demand: per late invoice, statutory interest to date and the fixed
 * compensation, plus totals per currency. Pure data so the UI can show every step.
 */
import { z } from 'zod';
import { dayNumber } from '@/utils/legal/calendar';
import { computeCompensation, type CompensationResult } from '@/utils/legal/compensation';
import {
  computeInterest,
  statutoryRateOn,
  type DatedPayment,
  type InterestResult,
} from '@/utils/legal/interest';
import {
  LEGAL_PRESET_IDS,
  LEGAL_PRESETS,
  type LegalPreset,
  type LegalPresetId,
  type RateTableId,
} from '@/utils/legal/presets';
import {
  BASISZINSSATZ_RATES,
  BOE_REFERENCE_RATES,
  CBR_KEY_RATES,
  DEFAULT_PLN_PER_EUR,
  ECB_REFERENCE_RATES,
  NBP_REFERENCE_RATES,
  rateTableSchema,
  type RatePeriod,
} from '@/utils/legal/rates';

/** The user's legal choices: the regime, its editable reference-rate tables, PLN per EUR. */
export interface LegalSettings {
  presetId: LegalPresetId;
  /** One table per rate source; several presets share the ECB table (`eu`). */
  referenceRates: Record<RateTableId, RatePeriod[]>;
  /** PLN for 1 EUR as a decimal string, e.g. "4.2512" (used for the Polish tiers). */
  plnPerEur: string;
}

export const legalSettingsSchema = z.object({
  presetId: z.enum(LEGAL_PRESET_IDS),
  referenceRates: z.object({
    eu: rateTableSchema,
    pl: rateTableSchema,
    uk: rateTableSchema,
    // Added later: settings saved before have no such table and get the built-in one.
    de: rateTableSchema.default(() => [...BASISZINSSATZ_RATES]),
    ru: rateTableSchema.default(() => [...CBR_KEY_RATES]),
  }),
  plnPerEur: z.string().regex(/^\d{1,4}(\.\d{1,8})?$/, 'expected a decimal such as 4.25'),
});

export const defaultLegalSettings: LegalSettings = {
  // No regime until the user picks one: a demand should never cite a statute by accident.
  presetId: 'none',
  referenceRates: {
    eu: [...ECB_REFERENCE_RATES],
    pl: [...NBP_REFERENCE_RATES],
    uk: [...BOE_REFERENCE_RATES],
    de: [...BASISZINSSATZ_RATES],
    ru: [...CBR_KEY_RATES],
  },
  plnPerEur: DEFAULT_PLN_PER_EUR,
};

export interface ClaimInvoice {
  invoiceId: string;
  number: string;
  currency: string;
  /** Full invoice amount: the "value of the debt" that picks the compensation tier. */
  invoiceAmountMinor: number;
  outstandingMinor: number;
  dueDate: string;
  latePayments?: DatedPayment[];
}

export interface LegalClaimItem {
  invoiceId: string;
  number: string;
  currency: string;
  dueDate: string;
  outstandingMinor: number;
  interest: InterestResult;
  /** Null when the preset is none, the invoice is not late, or the tier cannot be determined. */
  compensation: CompensationResult | null;
}

export interface ClaimTotal {
  currency: string;
  principalMinor: number;
  interestMinor: number;
  compensationMinor: number;
  totalMinor: number;
}

export interface LegalClaim {
  presetId: LegalPresetId;
  asOf: string;
  marginBp: number;
  /** Statutory rate in force on `asOf`, in basis points; null for preset none. */
  currentRateBp: number | null;
  items: LegalClaimItem[];
  totals: ClaimTotal[];
  /** Some period lies past the rate table: the user must add the current rate. */
  stale: boolean;
  /** The rate table's date (its last row), for "as of <date>" when `stale`; null without a table. */
  ratesAsOf: string | null;
}

/** The rows a preset computes with: its table, or one row of 0 for a fixed statutory rate. */
export function presetRates(preset: LegalPreset, settings: LegalSettings): RatePeriod[] {
  if (preset.rate.kind === 'table') return settings.referenceRates[preset.rate.table];
  return preset.rate.kind === 'fixed' ? [{ from: '1900-01-01', referenceRateBp: 0 }] : [];
}

function addTo(
  totals: Map<string, ClaimTotal>,
  currency: string,
  part: Partial<Omit<ClaimTotal, 'currency'>>,
): void {
  const t = totals.get(currency) ?? {
    currency,
    principalMinor: 0,
    interestMinor: 0,
    compensationMinor: 0,
    totalMinor: 0,
  };
  t.principalMinor += part.principalMinor ?? 0;
  t.interestMinor += part.interestMinor ?? 0;
  t.compensationMinor += part.compensationMinor ?? 0;
  t.totalMinor = t.principalMinor + t.interestMinor + t.compensationMinor;
  totals.set(currency, t);
}

/** Interest to `asOf` and compensation for each invoice, under the chosen preset. */
export function computeLegalClaim(
  invoices: readonly ClaimInvoice[],
  asOf: string,
  settings: LegalSettings,
): LegalClaim {
  const preset = settings.presetId === 'none' ? null : LEGAL_PRESETS[settings.presetId];
  const rates = preset ? presetRates(preset, settings) : [];
  const fixing = preset?.rate.kind === 'table' ? preset.rate.fixing : 'fixed';
  const totals = new Map<string, ClaimTotal>();
  const items: LegalClaimItem[] = invoices.map((inv) => {
    const interest = preset
      ? computeInterest({
          outstandingMinor: inv.outstandingMinor,
          dueDate: inv.dueDate,
          asOf,
          marginBp: preset.marginBp,
          referenceRates: rates,
          latePayments: inv.latePayments,
          fixing,
        })
      : {
          days: Math.max(0, dayNumber(asOf) - dayNumber(inv.dueDate)),
          interestMinor: 0,
          periods: [],
          stale: false,
        };
    const late = dayNumber(asOf) > dayNumber(inv.dueDate);
    const compensation =
      preset && late
        ? computeCompensation(
            preset,
            { amountMinor: inv.invoiceAmountMinor, currency: inv.currency },
            settings.plnPerEur,
          )
        : null;
    addTo(totals, inv.currency, {
      principalMinor: inv.outstandingMinor,
      interestMinor: interest.interestMinor,
    });
    if (compensation)
      addTo(totals, compensation.amount.currency, {
        compensationMinor: compensation.amount.amountMinor,
      });
    return {
      invoiceId: inv.invoiceId,
      number: inv.number,
      currency: inv.currency,
      dueDate: inv.dueDate,
      outstandingMinor: inv.outstandingMinor,
      interest,
      compensation,
    };
  });
  return {
    presetId: settings.presetId,
    asOf,
    marginBp: preset?.marginBp ?? 0,
    currentRateBp:
      preset && preset.rate.kind !== 'none' ? statutoryRateOn(asOf, preset.marginBp, rates) : null,
    items,
    totals: [...totals.values()],
    stale: items.some((i) => i.interest.stale),
    ratesAsOf:
      preset?.rate.kind === 'table'
        ? ([...rates].sort((a, b) => a.from.localeCompare(b.from)).at(-1)?.from ?? null)
        : null,
  };
}
