/**
 * The rate tables as the form edits them (strings, so a half-typed "5," is not lost) and back.
 * Pure: validation gives one message key per bad cell, keyed "rates.<preset>.<row>.<column>".
 */
import {
  RATE_TABLE_IDS,
  type LegalPresetId,
  type LegalSettings,
  type RatePeriod,
  type RateTableId,
} from '@/utils/legal';
import type { OptionsKey } from '@/utils/i18n/options-strings';
import { bpToPercent, normaliseDecimal, percentToBp } from '../form/parsers';

/** The editable tables, one per rate source (several presets share the ECB one). */
export type TablePreset = RateTableId;
export const TABLE_PRESETS: readonly TablePreset[] = RATE_TABLE_IDS;

export interface RateRow {
  /** Stable across edits, for list keys and focus. */
  key: string;
  from: string;
  percent: string;
}

export interface LegalDraft {
  presetId: LegalPresetId;
  tables: Record<TablePreset, RateRow[]>;
  plnPerEur: string;
}

/** The same bounds as the stored schema (utils/legal/rates.ts): −10% to 100%. */
const MIN_BP = -1000;
const MAX_BP = 10_000;

let added = 0;
/** Keys of added rows; stored rows are keyed by position so a re-read compares equal. */
const newRowKey = (): string => `new${(added += 1)}`;

export function toRows(periods: readonly RatePeriod[]): RateRow[] {
  return periods.map((p, i) => ({
    key: `row${i}`,
    from: p.from,
    percent: bpToPercent(p.referenceRateBp),
  }));
}

export function legalDraft(settings: LegalSettings): LegalDraft {
  return {
    presetId: settings.presetId,
    tables: {
      eu: toRows(settings.referenceRates.eu),
      pl: toRows(settings.referenceRates.pl),
      uk: toRows(settings.referenceRates.uk),
      de: toRows(settings.referenceRates.de),
      ru: toRows(settings.referenceRates.ru),
    },
    plnPerEur: settings.plnPerEur,
  };
}

/** A new row after the last one: the next half-year (when statutory rates are re-fixed), same rate. */
export function nextRow(rows: readonly RateRow[]): RateRow {
  const last = [...rows].sort((a, b) => a.from.localeCompare(b.from)).at(-1);
  if (!last || !isRealDate(last.from)) return { key: newRowKey(), from: '', percent: '' };
  const year = Number(last.from.slice(0, 4));
  const from = Number(last.from.slice(5, 7)) <= 6 ? `${year}-07-01` : `${year + 1}-01-01`;
  return { key: newRowKey(), from, percent: last.percent };
}

/** A YYYY-MM-DD that names a real calendar day. */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export type DraftErrors = Record<string, OptionsKey>;

/** Every problem of the draft; empty when it can be saved. */
export function validateLegalDraft(draft: LegalDraft): DraftErrors {
  const errors: DraftErrors = {};
  for (const preset of TABLE_PRESETS) {
    const rows = draft.tables[preset];
    if (rows.length === 0) errors[`rates.${preset}`] = 'err.noRates';
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (!isRealDate(row.from)) errors[`rates.${preset}.${i}.from`] = 'err.date';
      else if (seen.has(row.from)) errors[`rates.${preset}.${i}.from`] = 'err.dateDuplicate';
      seen.add(row.from);
      const bp = percentToBp(row.percent);
      if (bp === null || bp < MIN_BP || bp > MAX_BP)
        errors[`rates.${preset}.${i}.percent`] = 'err.percent';
    });
  }
  const pln = normaliseDecimal(draft.plnPerEur);
  if (pln === null || Number(pln) <= 0) errors.plnPerEur = 'err.exchangeRate';
  return errors;
}

/** The draft as stored settings (call only when validateLegalDraft found nothing). */
export function fromLegalDraft(draft: LegalDraft): LegalSettings {
  const periods = (rows: RateRow[]): RatePeriod[] =>
    rows
      .map((r) => ({ from: r.from, referenceRateBp: percentToBp(r.percent) ?? 0 }))
      .sort((a, b) => a.from.localeCompare(b.from));
  return {
    presetId: draft.presetId,
    referenceRates: {
      eu: periods(draft.tables.eu),
      pl: periods(draft.tables.pl),
      uk: periods(draft.tables.uk),
      de: periods(draft.tables.de),
      ru: periods(draft.tables.ru),
    },
    plnPerEur: normaliseDecimal(draft.plnPerEur) ?? draft.plnPerEur,
  };
}
