/**
 * ISO 4217 codes the platform knows. `Intl.NumberFormat` accepts any three letters as a currency, so
 * "GST" or "INV" next to an amount would pass for one; the platform's list of supported currencies
 * does not have that gap.
 */
import { isCurrencyCode } from '@/utils/money';

type SupportedValuesOf = (key: 'currency') => string[];

const listed: ReadonlySet<string> | null = (() => {
  const supportedValuesOf = (Intl as { supportedValuesOf?: SupportedValuesOf }).supportedValuesOf;
  try {
    return supportedValuesOf ? new Set(supportedValuesOf('currency')) : null;
  } catch {
    return null;
  }
})();

/** True for an upper-case ISO 4217 code in actual use ("EUR", "PLN"), false for "GST" or "INV". */
export function isKnownCurrency(code: string): boolean {
  if (!isCurrencyCode(code)) return false;
  return listed ? listed.has(code) : true;
}
