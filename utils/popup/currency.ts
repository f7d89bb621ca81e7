/** Whether a typed currency code is one the platform knows as ISO 4217 (not just three letters). */
import { isCurrencyCode } from '@/utils/money';

let known: Set<string> | null = null;

/** True for ISO 4217 codes in the platform's list (Intl.supportedValuesOf), e.g. EUR, PLN, ILS. */
export function isKnownCurrency(code: string): boolean {
  if (!isCurrencyCode(code)) return false;
  if (known === null) {
    // Intl.NumberFormat formats any three letters, so it cannot tell "ABC" from "EUR"; the list can.
    const list =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
    known = new Set(list);
  }
  return known.size === 0 || known.has(code);
}
