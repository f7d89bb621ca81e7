/**
 * Normalising what people type: addresses, domains (pasted as URLs or "@domain" too), IBANs,
 * decimal numbers. Pure functions, shared by the forms and their tests.
 */
import { z } from 'zod';

const emailSchema = z.string().trim().toLowerCase().email();

/** A lower-cased e-mail address, or null. Accepts "Name <a@b.c>" as pasted from a mail client. */
export function normaliseEmail(raw: string): string | null {
  const angle = /<([^<>]+)>\s*$/.exec(raw);
  const parsed = emailSchema.safeParse(angle?.[1] ?? raw);
  return parsed.success ? parsed.data : null;
}

const DOMAIN =
  /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/** A bare lower-case domain from "Example.com", "@example.com", "https://example.com/x", or null. */
export function normaliseDomain(raw: string): string | null {
  let s = raw.trim().toLowerCase();
  s = s
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^@/, '')
    .replace(/^www\./, '');
  s = s.split(/[/?#]/)[0] ?? '';
  s = s.replace(/\.$/, '');
  return DOMAIN.test(s) ? s : null;
}

/** IBAN lengths by country (ISO 13616 registry, as published by SWIFT). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** The IBAN without spaces, upper case. */
export function compactIban(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** Groups of four, as IBANs are printed: "PL61 1090 1014 0000 0712 1981 2874". */
export function formatIban(raw: string): string {
  return compactIban(raw).replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * True when the IBAN has its country's length and a valid ISO 7064 mod-97 check (digits 3–4),
 * computed piecewise so no big numbers are needed.
 */
export function isValidIban(raw: string): boolean {
  const iban = compactIban(raw);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** "4,25" or "4.25" → "4.25"; null when not a plain positive-or-zero decimal. */
export function normaliseDecimal(raw: string): string | null {
  const s = raw.trim().replace(',', '.');
  return /^\d{1,6}(\.\d{1,8})?$/.test(s) ? s.replace(/^0+(?=\d)/, '') : null;
}

/** A percentage typed as "5.75" / "5,75" / "-0.5" → basis points (575), or null. */
export function percentToBp(raw: string): number | null {
  const m = /^(-)?(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(raw.trim().replace('%', '').trim());
  if (!m) return null;
  const bp = Number(m[2] ?? '0') * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -bp : bp;
}

/** Basis points as a percentage string with two decimals: 575 → "5.75". */
export function bpToPercent(bp: number): string {
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
