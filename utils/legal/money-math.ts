/**
 * Integer money arithmetic for the legal computation: BigInt in, explicit half-up rounding out.
 * No floats ever touch an amount.
 */
import { minorDigits } from '@/utils/money';

/** round(numerator / denominator) with halves rounded away from zero; denominator > 0. */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new Error('denominator must be positive');
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (abs * 2n + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/** A decimal string ("4.2517") as a scaled integer: value × 10^scale, exactly. Null if malformed. */
export function parseScaledDecimal(decimal: string, scale: number): bigint | null {
  const m = /^(\d{1,9})(?:\.(\d{1,12}))?$/.exec(decimal.trim());
  if (!m) return null;
  const frac = (m[2] ?? '').padEnd(scale, '0');
  if (frac.length > scale && /[1-9]/.test(frac.slice(scale))) return null; // more precision than kept
  return BigInt(m[1] ?? '0') * 10n ** BigInt(scale) + BigInt(frac.slice(0, scale) || '0');
}

const RATE_SCALE = 8;

/**
 * Converts `amountMinor` of `from` into minor units of `to` at `rate` (units of `to` per one unit
 * of `from`, a decimal string). Half-up rounding. Null when the rate is malformed.
 */
export function convertMinor(
  amountMinor: number,
  from: string,
  to: string,
  rate: string,
): number | null {
  if (from === to) return amountMinor;
  const scaledRate = parseScaledDecimal(rate, RATE_SCALE);
  if (scaledRate === null || scaledRate === 0n) return null;
  const shift = minorDigits(to) - minorDigits(from);
  let numerator = BigInt(amountMinor) * scaledRate;
  let denominator = 10n ** BigInt(RATE_SCALE);
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  return Number(divRoundHalfUp(numerator, denominator));
}
