/**
 * US and UK bank details beyond IBAN: an ACH (ABA) routing number with its check digit, a US
 * account number, a UK sort code and an 8-digit UK account number. People type them with spaces
 * and dashes; these keep the digits and print them the way banks do.
 */

/** Digits only. */
export const digitsOf = (raw: string): string => raw.replace(/[\s-]/g, '');

/**
 * True for a 9-digit ABA routing number whose weighted sum 3-7-1 is a multiple of ten (the
 * check digit every US routing number carries).
 */
export function isValidRouting(raw: string): boolean {
  const d = digitsOf(raw);
  if (!/^\d{9}$/.test(d)) return false;
  const n = [...d].map(Number);
  const sum = 3 * (n[0]! + n[3]! + n[6]!) + 7 * (n[1]! + n[4]! + n[7]!) + (n[2]! + n[5]! + n[8]!);
  return sum % 10 === 0;
}

/** US account numbers: 4 to 17 digits. */
export const isValidUsAccount = (raw: string): boolean => /^\d{4,17}$/.test(digitsOf(raw));

/** UK sort codes: six digits, printed "12-34-56". */
export const isValidSortCode = (raw: string): boolean => /^\d{6}$/.test(digitsOf(raw));
export const formatSortCode = (raw: string): string =>
  digitsOf(raw).replace(/^(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3');

/** UK account numbers: eight digits. */
export const isValidUkAccount = (raw: string): boolean => /^\d{8}$/.test(digitsOf(raw));
