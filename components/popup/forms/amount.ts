/** Amount fields: parse what was typed into minor units, or say (translated) what is wrong. */
import { decimalToMinor, minorDigits } from '@/utils/money';
import { parseAmountInput } from '@/utils/popup/amount-input';
import type { PopupT } from '@/utils/i18n/popup-strings';

export type AmountResult = { ok: true; minor: number } | { ok: false; error: string };

/** Minor units of `text` in `currency`, via the canonical decimal (never a float). */
export function readAmount(text: string, currency: string, t: PopupT): AmountResult {
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
