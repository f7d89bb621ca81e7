/** Amount fields: parse what was typed into minor units, or say (translated) what is wrong. */
import {
  ambiguousAmount,
  decimalMarkOf,
  decimalToMinor,
  formatMoney,
  minorDigits,
} from '@/utils/money';
import { parseAmountInput } from '@/utils/popup/amount-input';
import type { PopupT } from '@/utils/i18n/popup-strings';

export type AmountResult = { ok: true; minor: number } | { ok: false; error: string };

/**
 * Minor units of `text` in `currency`, via the canonical decimal (never a float). With the UI
 * `locale`, a string that reads two ways there ("12.345" in English) is refused with both shown.
 */
export function readAmount(
  text: string,
  currency: string,
  t: PopupT,
  locale?: string,
): AmountResult {
  const twoWays = locale ? ambiguousAmount(text, currency, decimalMarkOf(locale)) : null;
  if (twoWays && locale) {
    const money = (amountMinor: number) => formatMoney({ amountMinor, currency }, locale);
    return {
      ok: false,
      error: t('err.amountAmbiguous', {
        typed: text.trim(),
        grouped: money(twoWays.grouped),
        decimal:
          twoWays.decimal === null
            ? t('err.amountTooPrecise', { amount: twoWays.decimalText, currency })
            : money(twoWays.decimal),
      }),
    };
  }
  const parsed = parseAmountInput(text, currency);
  if (!parsed.ok) {
    switch (parsed.problem) {
      case 'empty':
        return { ok: false, error: t('err.amountEmpty') };
      case 'not_positive':
        return { ok: false, error: t('err.amountPositive') };
      case 'decimals': {
        const digits = minorDigits(currency);
        return {
          ok: false,
          error:
            digits === 0
              ? t('err.amountNoDecimals', { currency })
              : t('err.amountDecimals', { currency, digits }),
        };
      }
      case 'format':
        return { ok: false, error: t('err.amountFormat') };
    }
  }
  const minor = decimalToMinor(parsed.decimal, currency);
  if (minor === null) return { ok: false, error: t('err.amountTooLarge') };
  return { ok: true, minor };
}

/** Normalises a typed currency code ("pln " → "PLN"). */
export const normaliseCurrency = (text: string): string => text.trim().toUpperCase();

/** The moment a payment or promise happened, from a YYYY-MM-DD date in the user's time zone. */
export function momentOf(date: string, today: string, now: Date): string {
  // Today: now (so the log's order is right); another day: local noon, away from midnight shifts.
  return date === today ? now.toISOString() : new Date(`${date}T12:00:00`).toISOString();
}
