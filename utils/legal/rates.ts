/**
 * Default reference-rate tables for the late-payment presets. These are DATED DATA, not law:
 * central banks change their rates and the statutory rate is re-fixed every half-year. The user
 * MUST check them before sending a demand and can edit every row in the options page; the
 * calculation flags any period that runs past the last row (`stale`) instead of guessing.
 *
 * Each row: from which day the *reference* rate applies, in basis points (1% = 100 bp). The
 * statutory rate is reference + the preset's margin (see presets.ts).
 * Each table's last row is its date ("as of"); RATE_TABLE_DATES lists them. A demand covering a
 * period after that says "as of <date>" and the user is asked to confirm or add the rate
 * (the official announcements: ECB press releases, the Polish Minister of Finance's
 * obwieszczenie, the Bank of England's Bank Rate history, the Bundesbank's Basiszinssatz
 * notice, the Bank of Russia's key-rate decisions).
 * Sources checked on 2026-12-02 are named above each table.
 */
import { z } from 'zod';

/** One row of a reference-rate table. */
export interface RatePeriod {
  /** First day (YYYY-MM-DD) on which this reference rate applies. */
  from: string;
  /** Reference rate in basis points, e.g. 215 for 2.15%. */
  referenceRateBp: number;
}

export const ratePeriodSchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  referenceRateBp: z.number().int().min(-1000).max(10000),
});
export const rateTableSchema = z.array(ratePeriodSchema).min(1);

/**
 * ECB main refinancing operations rate applied on the first calendar day of each half-year
 * (Directive 2011/7/EU, art. 2): the rate in force on 1 January / 1 July.
 */
export const ECB_REFERENCE_RATES: readonly RatePeriod[] = [
  { from: '2022-01-01', referenceRateBp: 0 },
  { from: '2022-07-01', referenceRateBp: 0 },
  { from: '2023-01-01', referenceRateBp: 250 },
  { from: '2023-07-01', referenceRateBp: 400 },
  { from: '2024-01-01', referenceRateBp: 450 },
  { from: '2024-07-01', referenceRateBp: 425 },
  { from: '2025-01-01', referenceRateBp: 315 },
  { from: '2025-07-01', referenceRateBp: 215 },
  // MRO rate unchanged at 2.15 % since 11 June 2025: the Bundesbank kept the Basiszinssatz at
  // 1.27 % for 1 January 2026 for that reason, and the BOE resolution of 23 December 2025
  // (BOE-A-2025-27201) fixed Spain's first-half 2026 rate from the same operation.
  { from: '2026-01-01', referenceRateBp: 215 },
];

/**
 * Basiszinssatz (§ 247 BGB), announced by the Deutsche Bundesbank for 1 January and 1 July.
 * 2026-01-01: unchanged at 1.27 % (Bundesbank notice "Basiszinssatz bleibt unverändert bei 1,27 %").
 */
export const BASISZINSSATZ_RATES: readonly RatePeriod[] = [
  { from: '2023-01-01', referenceRateBp: 162 },
  { from: '2023-07-01', referenceRateBp: 312 },
  { from: '2024-01-01', referenceRateBp: 362 },
  { from: '2024-07-01', referenceRateBp: 337 },
  { from: '2025-01-01', referenceRateBp: 227 },
  { from: '2025-07-01', referenceRateBp: 127 },
  { from: '2026-01-01', referenceRateBp: 127 },
];

/**
 * Bank of Russia key rate (ключевая ставка), one row per day it took effect (ст. 395 ГК РФ uses
 * the rate of each period). Last row: the 19 December 2025 decision (16.5 % → 16 %), effective
 * 22 December 2025 (Kommersant, Vedomosti, 19.12.2025).
 */
export const CBR_KEY_RATES: readonly RatePeriod[] = [
  { from: '2024-10-28', referenceRateBp: 2100 },
  { from: '2025-06-09', referenceRateBp: 2000 },
  { from: '2025-07-28', referenceRateBp: 1800 },
  { from: '2025-09-15', referenceRateBp: 1700 },
  { from: '2025-10-27', referenceRateBp: 1650 },
  { from: '2025-12-22', referenceRateBp: 1600 },
];

/**
 * NBP reference rate in force on the first day of each half-year (Polish act of 8 March 2013,
 * art. 4 pkt 3; the Minister of Finance announces the resulting rate). Margin is 10 points since
 * 2020 (8 before), so rows before 2020 would give a wrong total and are omitted.
 */
export const NBP_REFERENCE_RATES: readonly RatePeriod[] = [
  { from: '2022-01-01', referenceRateBp: 175 },
  { from: '2022-07-01', referenceRateBp: 600 },
  { from: '2023-01-01', referenceRateBp: 675 },
  { from: '2023-07-01', referenceRateBp: 675 },
  { from: '2024-01-01', referenceRateBp: 575 },
  { from: '2024-07-01', referenceRateBp: 575 },
  { from: '2025-01-01', referenceRateBp: 575 },
  { from: '2025-07-01', referenceRateBp: 525 },
];

/**
 * Bank of England Bank Rate in force on 31 December (for January–June) and 30 June (for
 * July–December), per the Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002.
 */
export const BOE_REFERENCE_RATES: readonly RatePeriod[] = [
  { from: '2023-01-01', referenceRateBp: 350 },
  { from: '2023-07-01', referenceRateBp: 500 },
  { from: '2024-01-01', referenceRateBp: 525 },
  { from: '2024-07-01', referenceRateBp: 525 },
  { from: '2025-01-01', referenceRateBp: 475 },
  { from: '2025-07-01', referenceRateBp: 425 },
];

/**
 * Default PLN per 1 EUR for the Polish compensation tiers. The act uses the NBP average rate of the
 * last business day of the month before payment fell due; the user should enter that rate.
 */
export const DEFAULT_PLN_PER_EUR = '4.25';
