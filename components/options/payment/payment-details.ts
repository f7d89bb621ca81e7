/**
 * The advisor stores payment details as the text printed in messages. The form edits it as
 * fields (holder, IBAN, payment link, notes) and composes that text; reading it back recognises
 * those lines, and anything else the text holds is kept in the notes, so nothing is lost.
 */
import { formatIban } from '../form/parsers';

export interface PaymentFields {
  holder: string;
  iban: string;
  link: string;
  notes: string;
}

const IBAN_LINE = /^IBAN:?\s*([A-Za-z]{2}\d{2}[A-Za-z0-9 ]{10,40})$/;
const LINK_LINE = /^https?:\/\/\S+$/i;

/** The text as printed in messages: holder, "IBAN: …" in groups of four, the link, the notes. */
export function composePaymentDetails(f: PaymentFields): string {
  const lines = [
    f.holder.trim(),
    f.iban.trim() ? `IBAN: ${formatIban(f.iban)}` : '',
    f.link.trim(),
    f.notes.trim(),
  ];
  return lines.filter(Boolean).join('\n');
}

/** Fields from a stored text (inverse of composePaymentDetails for the texts it makes). */
export function parsePaymentDetails(text: string): PaymentFields {
  const lines = text.split('\n').map((l) => l.trim());
  const ibanAt = lines.findIndex((l) => IBAN_LINE.test(l));
  const linkAt = lines.findIndex((l, i) => i > ibanAt && LINK_LINE.test(l));
  // The holder is the single line before the IBAN, as composePaymentDetails writes it.
  const holderAt = ibanAt === 1 ? 0 : -1;
  const used = new Set([ibanAt, linkAt, holderAt]);
  return {
    holder: holderAt === 0 ? (lines[0] ?? '') : '',
    iban: ibanAt >= 0 ? (IBAN_LINE.exec(lines[ibanAt] ?? '')?.[1] ?? '').trim() : '',
    link: linkAt >= 0 ? (lines[linkAt] ?? '') : '',
    notes: lines
      .filter((_, i) => !used.has(i))
      .join('\n')
      .trim(),
  };
}
