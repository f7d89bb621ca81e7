/**
 * The advisor stores payment details as the text printed in messages. The form edits it as
 * fields (holder, IBAN, payment link, notes) and composes that text; reading it back recognises
 * those lines, and anything else the text holds is kept in the notes, so nothing is lost.
 */
import { formatIban } from '../form/parsers';
import { digitsOf, formatSortCode } from '../form/bank-codes';

export interface PaymentFields {
  holder: string;
  iban: string;
  /** US ACH transfers: routing (ABA) and account number. */
  routing: string;
  usAccount: string;
  /** UK transfers: sort code and account number. */
  sortCode: string;
  ukAccount: string;
  link: string;
  notes: string;
}

const ACH_LINE = /^ACH routing number (\d{9}), account (\d{4,17})$/;
const UK_LINE = /^Sort code (\d{2}-\d{2}-\d{2}), account (\d{8})$/;

const IBAN_LINE = /^IBAN:?\s*([A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,40})$/;
const LINK_LINE = /^https?:\/\/\S+$/i;

/** The text as printed in messages: holder, "IBAN: …" in groups of four, the link, the notes. */
export function composePaymentDetails(f: PaymentFields): string {
  const lines = [
    f.holder.trim(),
    f.iban.trim() ? `IBAN: ${formatIban(f.iban)}` : '',
    f.routing.trim() && f.usAccount.trim()
      ? `ACH routing number ${digitsOf(f.routing)}, account ${digitsOf(f.usAccount)}`
      : '',
    f.sortCode.trim() && f.ukAccount.trim()
      ? `Sort code ${formatSortCode(f.sortCode)}, account ${digitsOf(f.ukAccount)}`
      : '',
    f.link.trim(),
    f.notes.trim(),
  ];
  return lines.filter(Boolean).join('\n');
}

/** Fields from a stored text (inverse of composePaymentDetails for the texts it makes). */
export function parsePaymentDetails(text: string): PaymentFields {
  const lines = text.split('\n').map((l) => l.trim());
  const ibanAt = lines.findIndex((l) => IBAN_LINE.test(l));
  const achAt = lines.findIndex((l) => ACH_LINE.test(l));
  const ukAt = lines.findIndex((l) => UK_LINE.test(l));
  const ach = achAt >= 0 ? ACH_LINE.exec(lines[achAt]!) : null;
  const uk = ukAt >= 0 ? UK_LINE.exec(lines[ukAt]!) : null;
  const linkAt = lines.findIndex((l, i) => i > ibanAt && LINK_LINE.test(l));
  // The holder is the single line before the first bank line, as composePaymentDetails writes it.
  const firstBank = Math.min(...[ibanAt, achAt, ukAt].filter((i) => i >= 0));
  const holderAt = firstBank === 1 ? 0 : -1;
  const used = new Set([ibanAt, linkAt, holderAt, achAt, ukAt]);
  return {
    holder: holderAt === 0 ? (lines[0] ?? '') : '',
    iban: ibanAt >= 0 ? (IBAN_LINE.exec(lines[ibanAt] ?? '')?.[1] ?? '').trim() : '',
    routing: ach?.[1] ?? '',
    usAccount: ach?.[2] ?? '',
    sortCode: uk?.[1] ?? '',
    ukAccount: uk?.[2] ?? '',
    link: linkAt >= 0 ? (lines[linkAt] ?? '') : '',
    notes: lines
      .filter((_, i) => !used.has(i))
      .join('\n')
      .trim(),
  };
}
